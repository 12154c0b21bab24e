"""State changes of accounts: one function each, authorised, in one transaction, audited."""

import uuid
from typing import Any

from allauth.mfa.models import Authenticator
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest

from brobygger.audit.log import record_event

from . import crypto, events
from .models import User
from .roles import Role


@transaction.atomic
def reset_two_factor(
    person: User, *, acting_user: User, request: HttpRequest | None = None
) -> list[str]:
    """Remove all of a person's authenticators (the app and its recovery codes), e.g. after a
    lost phone: at their next log-in they set up a new app. Administrators only. Returns the
    kinds removed."""
    if not (acting_user.is_active and acting_user.has_role(Role.ADMINISTRATOR)):
        raise PermissionDenied
    found = list(Authenticator.objects.select_for_update().filter(user=person))
    Authenticator.objects.filter(pk__in=[a.pk for a in found]).delete()
    removed = sorted(a.type for a in found)
    record_event(
        events.TWO_FACTOR_RESET,
        user=acting_user,
        obj=person,
        request=request,
        data={"removed": removed},
    )
    return removed


@transaction.atomic
def renew_calendar_token(
    person: User, *, acting_user: User, request: HttpRequest | None = None
) -> uuid.UUID:
    """Give the person a new secret calendar address; the old one stops working at once (its
    feeds answer 404). Only the person may do it."""
    if acting_user.pk != person.pk or not acting_user.is_active:
        raise PermissionDenied
    locked = User.objects.select_for_update().get(pk=person.pk)
    locked.calendar_token = uuid.uuid4()
    locked.save(update_fields=["calendar_token"])
    person.calendar_token = locked.calendar_token
    # The address itself is a secret: it is never written to the log.
    record_event(events.CALENDAR_LINK_RENEWED, user=acting_user, obj=person, request=request)
    return locked.calendar_token


@transaction.atomic
def reencrypt_two_factor_secrets(*, acting_user: User | None = None) -> int:
    """Encrypt every stored authenticator secret again with the current (first) key: step 2 of
    a key rotation (see crypto.py). Run from the command line, so there may be no acting user.
    Returns how many authenticators were rewritten."""
    count = 0
    for authenticator in Authenticator.objects.select_for_update().iterator():
        data = _reencrypted(authenticator.data)
        if data != authenticator.data:
            Authenticator.objects.filter(pk=authenticator.pk).update(data=data)
            count += 1
    record_event(
        events.SECRETS_REENCRYPTED,
        user=acting_user,
        object_type=Authenticator._meta.label_lower,
        data={"count": count},
    )
    return count


def _reencrypted(data: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for field, value in data.items():
        if crypto.is_encrypted(value):
            result[field] = crypto.reencrypt(value)
        elif isinstance(value, list):
            result[field] = [crypto.reencrypt(v) if crypto.is_encrypted(v) else v for v in value]
        else:
            result[field] = value
    return result
