"""The demo's mail is readable: plain UTF-8 text in the terminal and in DATA_DIR/mail/, not
quoted-printable or base64; and the demo chooses it."""

import io
import os
import subprocess
import sys
from pathlib import Path

from django.core.mail import EmailMessage

from brobygger.notifications.demo_mail import EmailBackend

ROOT = Path(__file__).resolve().parents[2]
BODY = "Kære Grethe\n\nKlik på linket for at vælge en ny adgangskode: https://x.example/æ?ø=å\n"


def test_a_message_is_written_as_plain_utf8_text(tmp_path):
    terminal = io.StringIO()
    backend = EmailBackend(folder=tmp_path, stream=terminal)
    message = EmailMessage(
        "Vælg en ny adgangskode – Fjordbro Kommune",
        BODY,
        "brobygger@x.example",
        ["grethe@forening.dk"],
    )
    assert backend.send_messages([message]) == 1
    (saved,) = tmp_path.glob("*.txt")
    assert "grethe@forening.dk" in saved.name
    text = saved.read_text(encoding="utf-8")
    assert "Emne: Vælg en ny adgangskode – Fjordbro Kommune" in text
    assert "Til: grethe@forening.dk" in text
    assert BODY.strip() in text
    for mush in ("=?utf-8?", "=C3=A6", "Content-Transfer-Encoding", "base64"):
        assert mush not in text
    assert BODY.strip() in terminal.getvalue()
    assert str(saved) in terminal.getvalue()


def test_the_demo_writes_mail_this_way(tmp_path):
    env = {
        **os.environ,
        "BROBYGGER_MODE": "demo",
        "BROBYGGER_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "brobygger.settings",
    }
    env.pop("BROBYGGER_EMAIL_BACKEND", None)
    script = (
        "import django; django.setup();"
        "from django.core.mail import send_mail;"
        "send_mail('Velkommen som frivillig', 'Hej Villy – velkommen!', None, ['v@x.example'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (saved,) = (tmp_path / "mail").glob("*.txt")
    assert "Hej Villy – velkommen!" in saved.read_text(encoding="utf-8")
    assert "Hej Villy – velkommen!" in result.stdout
