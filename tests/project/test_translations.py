"""Danish is the source language and complete; English is complete and compiled."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "brobygger" / "locale"


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_string_is_translated(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = [
        e.msgid for e in catalogue if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)
    ]
    assert missing == []


@pytest.mark.parametrize("language", ["da", "en"])
def test_compiled_catalogue_matches_the_source(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    with translation.override(language):
        for entry in catalogue:
            if entry.obsolete or entry.msgid_plural or not entry.msgid:
                continue
            if entry.msgctxt:
                got = translation.pgettext(entry.msgctxt, entry.msgid)
            else:
                got = translation.gettext(entry.msgid)
            assert got == entry.msgstr, f"{entry.msgid!r}: run scripts/i18n.py to recompile"
