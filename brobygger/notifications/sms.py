"""Text messages: a second channel behind the same outbox, with pluggable backends.

``BROBYGGER_SMS_BACKEND`` picks one: the file backend (demo: each message a file in
``DATA_DIR/sms``), the in-memory backend (tests), or the HTTP gateway backend (production,
any gateway that takes GatewayAPI-style JSON: ``BROBYGGER_SMS_URL`` and ``_TOKEN``).
"""

import json
import urllib.request
from pathlib import Path
from typing import Protocol

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string


class SmsError(Exception):
    """The gateway refused or could not be reached; the outbox retries."""


class SmsBackend(Protocol):
    def send(self, to: str, text: str) -> None: ...


# What the in-memory backend has "sent", like django.core.mail.outbox.
outbox: list[tuple[str, str]] = []


class LocMemBackend:
    def send(self, to: str, text: str) -> None:
        outbox.append((to, text))


class FileBackend:
    def __init__(self) -> None:
        self.folder = Path(getattr(settings, "SMS_FILE_PATH", settings.DATA_DIR / "sms"))

    def send(self, to: str, text: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S-%f")
        (self.folder / f"{stamp}-{to.strip('+')}.txt").write_text(
            f"Til: {to}\n\n{text}\n", encoding="utf-8"
        )


class HttpGatewayBackend:
    """POSTs {"sender", "message", "recipients": [{"msisdn"}]} with a bearer token."""

    def send(self, to: str, text: str) -> None:
        url = settings.SMS_GATEWAY_URL
        if not url.startswith("https://"):
            raise SmsError("BROBYGGER_SMS_URL must be an https:// address")
        payload = {
            "sender": settings.SMS_SENDER[:11],
            "message": text,
            "recipients": [{"msisdn": int("".join(c for c in to if c in "0123456789"))}],
        }
        request = urllib.request.Request(  # noqa: S310 (https only, checked above)
            url,
            data=json.dumps(payload).encode(),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"Bearer {settings.SMS_GATEWAY_TOKEN}",
            },
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=15) as response:  # noqa: S310  # nosec B310
                if response.status >= 300:
                    raise SmsError(f"Gateway answered {response.status}")
        except OSError as problem:
            raise SmsError(str(problem)) from problem


def get_backend() -> SmsBackend:
    backend: SmsBackend = import_string(settings.SMS_BACKEND)()
    return backend


def danish_msisdn(phone: str) -> str:
    """+45 and eight digits for a Danish number written any usual way; else as given."""
    digits = "".join(c for c in phone if c in "0123456789")
    if len(digits) == 8:
        return "+45" + digits
    if len(digits) == 10 and digits.startswith("45"):
        return "+" + digits
    if len(digits) == 12 and digits.startswith("0045"):
        return "+" + digits[2:]
    return ("+" if phone.strip().startswith("+") else "") + digits
