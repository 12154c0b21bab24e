"""Writing to the audit trail. Every feature that touches personal data calls ``record``."""

from django.db import models
from django.http import HttpRequest

from .models import Action, AuditEvent


def record(
    action: Action | str,
    *,
    user: object | None,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: str = "",
    object_repr: str = "",
    search_terms: str = "",
    purpose: str = "",
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Append one event: who did what to which personal data, and why."""
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(obj.pk)
        object_repr = object_repr or str(obj)
    acting = user if getattr(user, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        action=str(action),
        user=acting,
        user_label=(f"{acting} <{acting.email}>" if acting else "anonym")[:200],
        object_type=object_type[:100],
        object_id=object_id[:64],
        object_repr=object_repr[:255],
        search_terms=search_terms,
        purpose=purpose[:255],
        ip_address=_client_ip(request),
        path=(request.get_full_path()[:500] if request else ""),
    )


def _client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None
