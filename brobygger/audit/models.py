"""The append-only audit trail of every access to personal data.

Append-only three times over: the ORM refuses changes here, database triggers refuse UPDATE,
DELETE and TRUNCATE (migration 0003), and in production the app's database role holds only
SELECT and INSERT on the table (``brobygger create-app-role``). Each row is chained to the one
before by a hash (``chain.py``), so tampering by someone who gets past all three shows.
"""

import ipaddress
import json
from typing import Any, NoReturn

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, models, router, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .chain import GENESIS, HASHED_FIELDS, lock_chain, row_hash
from .events import Action, LegalBasis, event_type

__all__ = ["Action", "AppendOnlyError", "AuditEvent", "LegalBasis"]


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete an audit event."""


class AuditQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Audit events cannot be changed")

    def delete(self) -> NoReturn:
        raise AppendOnlyError("Audit events cannot be deleted")

    def bulk_create(self, *args: Any, **kwargs: Any) -> NoReturn:
        # bulk_create skips save(), and with it the hash chain.
        raise AppendOnlyError("Audit events are written one at a time")


class AuditEvent(models.Model):
    # Set before the insert (not auto_now_add) because the hash covers it.
    at = models.DateTimeField(_("tidspunkt"), default=timezone.now, db_index=True)
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
    # The typed event (see events.py), e.g. "case.state_changed".
    event = models.CharField(_("hændelse"), max_length=100, blank=True, db_index=True)
    legal_basis = models.CharField(
        _("hjemmel"), max_length=20, choices=LegalBasis.choices, blank=True
    )
    # What changed, structured: {"from": "received", "to": "contacted"}.
    data = models.JSONField(_("data"), default=dict, blank=True)
    object_type = models.CharField(_("objekttype"), max_length=100, blank=True, db_index=True)
    object_id = models.CharField(_("objekt-id"), max_length=64, blank=True, db_index=True)
    object_repr = models.CharField(_("objekt"), max_length=255, blank=True)
    search_terms = models.TextField(_("søgeord"), blank=True)
    purpose = models.CharField(_("formål"), max_length=255, blank=True)
    ip_address = models.GenericIPAddressField(_("IP-adresse"), null=True, blank=True)
    path = models.CharField(_("side"), max_length=500, blank=True)
    prev_hash = models.CharField(_("forrige hash"), max_length=64, editable=False)
    hash = models.CharField(_("hash"), max_length=64, editable=False)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("loghændelse")
        verbose_name_plural = _("loghændelser")
        indexes = [models.Index(fields=["object_type", "object_id", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.user_label} {self.get_action_display()}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Insert the row, linked to the last one. There is no other way in."""
        if self.pk is not None or not self._state.adding:
            raise AppendOnlyError("Audit events cannot be changed")
        using = kwargs.pop("using", None) or router.db_for_write(type(self), instance=self)
        kwargs.pop("force_insert", None)
        self._clean_for_storage()
        with transaction.atomic(using=using):
            lock_chain(connections[using])
            last = (
                AuditEvent.objects.using(using)
                .order_by("-id")
                .values_list("hash", flat=True)
                .first()
            )
            self.prev_hash = last or GENESIS
            values = {name: getattr(self, name) for name in HASHED_FIELDS}
            self.hash = row_hash(values, self.prev_hash)
            super().save(*args, using=using, force_insert=True, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Audit events cannot be deleted")

    def event_description(self) -> str:
        declared = event_type(self.event)
        return str(declared.description) if declared else ""

    def _clean_for_storage(self) -> None:
        """Store exactly what is hashed: cut to length, no NUL bytes, canonical IP and JSON."""
        for field in self._meta.concrete_fields:
            value = getattr(self, field.attname)
            if isinstance(value, str) and isinstance(field, models.CharField | models.TextField):
                value = value.replace("\x00", "")
                if field.max_length:
                    value = value[: field.max_length]
                setattr(self, field.attname, value)
        if self.ip_address:
            self.ip_address = str(ipaddress.ip_address(self.ip_address))
        # The database gives back what JSON can hold (no dates, no Decimals), and PostgreSQL
        # refuses NUL in jsonb: store that form, so the hash is over what is read back.
        encoded = json.dumps(self.data or {}, cls=DjangoJSONEncoder, allow_nan=False)
        self.data = _without_nul(json.loads(encoded))


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_without_nul(key): _without_nul(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_nul(item) for item in value]
    return value
