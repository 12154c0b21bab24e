"""Control characters: what one-line and multi-line text may hold, and how to make text safe
for places where a line break changes the meaning (mail headers, iCalendar, spreadsheets).

A line break in a title splits an iCalendar property or a mail header in two; a NUL cannot be
stored in PostgreSQL; the other C0 characters cannot be written to an xlsx file. People never
type them on purpose, so forms refuse them (``validation``) and writers fold them away here.
"""

import re

# C0 controls, DEL, the C1 block and the Unicode line and paragraph separators: every
# character that Python's ``str.splitlines`` or a mail or calendar reader takes as a break.
ONE_LINE_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# In multi-line text only tab, line feed and carriage return are ordinary.
MULTI_LINE_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_SPACES = re.compile(" {2,}")


def has_line_controls(value: str) -> bool:
    """True when ``value`` holds a control character not allowed in a one-line field."""
    return ONE_LINE_FORBIDDEN.search(value) is not None


def has_text_controls(value: str) -> bool:
    """True when ``value`` holds a control character not allowed even in a text area."""
    return MULTI_LINE_FORBIDDEN.search(value) is not None


def one_line(value: object) -> str:
    """``value`` as one line: every control character and line break becomes one space.

    For writers that must never emit a break (mail subjects, calendar summaries), as a second
    defence behind the forms, for data that came in before the forms refused it.
    """
    text = str(value)
    if not has_line_controls(text):
        return text
    return _SPACES.sub(" ", ONE_LINE_FORBIDDEN.sub(" ", text)).strip()


def printable_text(value: object) -> str:
    """``value`` with the controls that no text format can hold removed (line breaks kept)."""
    return MULTI_LINE_FORBIDDEN.sub("", str(value))


# Titles written before a name ("Dr. Helle Henriksen"): a greeting skips them.
NAME_TITLES = frozenset(
    {"dr", "doktor", "prof", "professor", "læge", "overlæge", "hr", "fru", "frk", "pastor"}
)


def first_name(full_name: str) -> str:
    """The name to greet someone by: "Dr. Helle Henriksen" → "Helle"; "" when the name is
    only a title or empty, so the greeting goes without a name rather than "Goddag, Dr."."""
    for part in full_name.split():
        if part.endswith(".") or part.casefold() in NAME_TITLES:
            continue
        return part
    return ""


def join_address(*parts: object) -> str:
    """An address on one line from the parts that are there: ("", "4000 Roskilde") →
    "4000 Roskilde", never ", 4000 Roskilde". Empty and blank parts (and None) are left out."""
    texts = (str(part).strip() if part is not None else "" for part in parts)
    return ", ".join(text for text in texts if text)
