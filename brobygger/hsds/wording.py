"""Helpers for the API's and the importer's messages (the wording itself is in gettext)."""

from typing import Any

MAX_SHOWN = 80


def shown(value: Any) -> str:
    """A value as it can be quoted in a message: one printable line, not endless."""
    text = str(value)
    if not text.isprintable():
        text = repr(text)[1:-1]  # a tab or line break made visible, not obeyed
    if len(text) > MAX_SHOWN:
        text = text[: MAX_SHOWN - 1] + "…"
    return text
