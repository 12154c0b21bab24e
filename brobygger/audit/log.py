"""Writing to the audit trail. Every feature that touches personal data writes an event here.

Use ``record_event`` with an ``EventType`` declared in the app's ``events.py``. ``record`` is
the older untyped form; it derives a generic code (``referrals.citizen.read``) and a default
legal basis, and stays until every caller has a typed event.
"""

import ipaddress
from typing import Any

from django.db import models
from django.http import HttpRequest

from .events import Action, EventType, LegalBasis
from .models import AuditEvent


def record_event(
    event: EventType,
    *,
    user: object | None,
    obj: models.Model | None = None,
    data: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
    object_repr: str = "",
    purpose: str = "",
    object_type: str = "",
    object_id: str = "",
    search_terms: str = "",
) -> AuditEvent:
    """Append one typed event: who did what to which personal data, on which basis, and why.

    ``data`` is the structured detail, JSON-shaped (old and new values: ``{"from": "received",
    "to": "contacted"}``); dates and Decimals become strings. Never put secrets in it.
    """
    if not isinstance(event, EventType):
        raise TypeError(f"record_event needs an EventType, not {type(event).__name__}")
    return _write(
        code=event.code,
        action=event.action,
        legal_basis=event.legal_basis,
        user=user,
        obj=obj,
        data=data,
        request=request,
        object_type=object_type,
        object_id=object_id,
        object_repr=object_repr,
        search_terms=search_terms,
        purpose=purpose,
    )


def _write(
    *,
    code: str,
    action: Action,
    legal_basis: LegalBasis,
    user: object | None,
    obj: models.Model | None,
    data: dict[str, Any] | None,
    request: HttpRequest | None,
    object_type: str,
    object_id: str,
    object_repr: str,
    search_terms: str,
    purpose: str,
) -> AuditEvent:
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(obj.pk)
        object_repr = object_repr or str(obj)
    acting: Any = user if getattr(user, "is_authenticated", False) else None
    event = AuditEvent(
        event=code,
        action=str(action),
        legal_basis=str(legal_basis),
        user=acting,
        user_label=f"{acting} <{acting.email}>" if acting else "anonym",
        object_type=object_type,
        object_id=object_id,
        object_repr=object_repr,
        search_terms=search_terms,
        purpose=purpose,
        data=data or {},
        ip_address=client_ip(request),
        path=request.get_full_path() if request else "",
    )
    event.save()
    return event


def client_ip(request: HttpRequest | None) -> str | None:
    """The peer's address as the server saw it. Forwarded headers are not read here: anyone can
    send one, and the log must not record a forged address."""
    if request is None:
        return None
    try:
        return str(ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")))
    except ValueError:
        return None
