from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspaceConfig(AppConfig):
    """The top layer: each person's start page and menu, drawn from every domain app."""

    name = "brobygger.workspace"
    verbose_name = _("Arbejdsplads")
