"""Compile the library overrides (brobygger/locale_overrides) to the .mo files Django reads.

The override catalogues hold plain Danish for texts that come from libraries (django-allauth,
Django's forms and password rules); they are kept by hand, never by makemessages. Run after
editing one, and commit the .po and the .mo together:

    uv run python scripts/compile_overrides.py
    uv run python scripts/compile_overrides.py --check   # fail if a .mo is out of date

polib writes the .mo, so no GNU gettext is needed (scripts/i18n.py's compilemessages compiles
them too, as they are in LOCALE_PATHS).
"""

import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = ROOT / "brobygger" / "locale_overrides"


def catalogues() -> list[Path]:
    return sorted(OVERRIDES.glob("*/LC_MESSAGES/*.po"))


def compiled(po: Path) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.mo"
        polib.pofile(str(po)).save_as_mofile(str(target))
        return target.read_bytes()


def main(check: bool) -> int:
    stale = []
    for po in catalogues():
        mo = po.with_suffix(".mo")
        data = compiled(po)
        if mo.exists() and mo.read_bytes() == data:
            continue
        if check:
            stale.append(str(mo.relative_to(ROOT)))
        else:
            mo.write_bytes(data)
            print(f"compiled {mo.relative_to(ROOT)}")
    if stale:
        print("Out of date (run scripts/compile_overrides.py):\n" + "\n".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv))
