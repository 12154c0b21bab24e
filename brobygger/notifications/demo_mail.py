"""The demo's e-mail: each message as plain UTF-8 text — in the terminal and as a file in
``DATA_DIR/mail/`` — instead of the raw MIME message (quoted-printable, base64) that Django's
console backend prints. Never used outside the demo (settings choose it)."""

import sys
import threading
from email.utils import formatdate
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

RULE = "-" * 72


def readable(message: EmailMessage) -> str:
    """The message as a person reads it: the headers that matter, then the text."""
    lines = [
        f"Fra: {message.from_email}",
        f"Til: {', '.join(message.to)}",
        *([f"Cc: {', '.join(message.cc)}"] if message.cc else []),
        f"Dato: {formatdate(localtime=True)}",
        f"Emne: {message.subject}",
        "",
        str(message.body),
    ]
    names = [
        getattr(a, "filename", None) or (a[0] if isinstance(a, tuple) else "")
        for a in message.attachments
    ]
    if names:
        lines += ["", "Vedhæftet: " + ", ".join(n or "(uden navn)" for n in names)]
    return "\n".join(lines).rstrip() + "\n"


class EmailBackend(BaseEmailBackend):
    """Writes ``readable(message)`` to the terminal and to one ``.txt`` file per message."""

    def __init__(
        self, *, folder: str | Path | None = None, stream: IO[str] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)  # Django 6.1: "alias" from MAILERS; no fail_silently
        self.folder = Path(
            folder or getattr(settings, "EMAIL_FILE_PATH", "") or settings.DATA_DIR / "mail"
        )
        self.stream = stream or sys.stdout
        self._lock = threading.Lock()

    def send_messages(self, email_messages: Any) -> int:
        sent = 0
        with self._lock:
            self.folder.mkdir(parents=True, exist_ok=True)
            for message in email_messages or []:
                text = readable(message)
                path = self._path(message)
                path.write_text(text, encoding="utf-8")
                self.stream.write(f"{RULE}\n{text}(gemt i {path})\n{RULE}\n")
                self.stream.flush()
                sent += 1
        return sent

    def _path(self, message: EmailMessage) -> Path:
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S-%f")
        to = "".join(c if c.isalnum() or c in "@.-" else "_" for c in (message.to or ["ukendt"])[0])
        return self.folder / f"{stamp}-{to}.txt"
