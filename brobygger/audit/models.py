"""The append-only audit trail of every access to personal data."""

from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete an audit event."""


class AuditQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Audit events cannot be changed")

    def delete(self) -> NoReturn:  # type: ignore[override]
        raise AppendOnlyError("Audit events cannot be deleted")


class Action(models.TextChoices):
    READ = "read", _("Læst")
    SEARCH = "search", _("Søgt")
    CREATE = "create", _("Oprettet")
    CHANGE = "change", _("Ændret")
    DELETE = "delete", _("Slettet")
    EXPORT = "export", _("Eksporteret")
    SHARE = "share", _("Delt")
    LOGIN = "login", _("Logget ind")


class AuditEvent(models.Model):
    at = models.DateTimeField(_("tidspunkt"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("bruger"),
    )
    # Kept as text too, so the log still says who it was if an account is renamed.
    user_label = models.CharField(_("bruger (tekst)"), max_length=200, blank=True)
    action = models.CharField(_("handling"), max_length=10, choices=Action.choices, db_index=True)
    object_type = models.CharField(_("objekttype"), max_length=100, blank=True, db_index=True)
    object_id = models.CharField(_("objekt-id"), max_length=64, blank=True, db_index=True)
    object_repr = models.CharField(_("objekt"), max_length=255, blank=True)
    search_terms = models.TextField(_("søgeord"), blank=True)
    purpose = models.CharField(_("formål"), max_length=255, blank=True)
    ip_address = models.GenericIPAddressField(_("IP-adresse"), null=True, blank=True)
    path = models.CharField(_("side"), max_length=500, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("loghændelse")
        verbose_name_plural = _("loghændelser")
        indexes = [models.Index(fields=["object_type", "object_id", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.user_label} {self.get_action_display()}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None and not self._state.adding:
            raise AppendOnlyError("Audit events cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Audit events cannot be deleted")
