"""Log-ins are part of the trail: who was signed in when a record was read, and who tried."""

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from brobygger.lib.backup import backup_created, backup_restored

from . import events
from .log import record_event

# The credential keys that name the account; everything else (the password above all) is
# never read from the signal.
_LOGIN_KEYS = ("email", "login", "username")


@receiver(user_logged_in)
def log_login(sender: object, request: HttpRequest, user: object, **kwargs: object) -> None:
    record_event(events.LOGIN, user=user, request=request)


@receiver(user_login_failed)
def log_login_failed(
    sender: object,
    credentials: dict[str, Any],
    request: HttpRequest | None = None,
    **kwargs: object,
) -> None:
    tried = next(
        (str(credentials[key]) for key in _LOGIN_KEYS if isinstance(credentials.get(key), str)),
        "",
    )[:254]
    # Link the account that was tried, so an administrator sees attacks on one account.
    account = get_user_model().objects.filter(email__iexact=tried).first() if tried else None
    record_event(
        events.LOGIN_FAILED,
        user=None,
        obj=account,
        object_repr=tried,
        data={"login": tried},
        request=request,
    )


@receiver(backup_created)
def log_backup_created(
    sender: object, path: Path, engine: str, size: int, **kwargs: object
) -> None:
    # A backup is a copy of every citizen's data: when and where one was taken is on record.
    record_event(
        events.BACKUP_CREATED,
        user=None,
        object_repr=path.name,
        data={"engine": engine, "file": str(path), "bytes": size},
    )


@receiver(backup_restored)
def log_backup_restored(sender: object, path: Path, engine: str, **kwargs: object) -> None:
    record_event(
        events.BACKUP_RESTORED,
        user=None,
        object_repr=path.name,
        data={"engine": engine, "file": str(path)},
    )
