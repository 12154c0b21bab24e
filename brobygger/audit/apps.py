from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "brobygger.audit"
    label = "audit"
    verbose_name = _("Logning")

    def ready(self) -> None:
        from . import signals  # noqa: F401 - connects the receivers

        # Every app's events.py, so the registry (and a duplicate code) is known at start-up.
        autodiscover_modules("events")
