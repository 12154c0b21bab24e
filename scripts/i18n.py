"""Refresh the translation catalogues.

Danish is the source language, so the Danish catalogue's translations are the message ids
themselves (filled in here); English is translated by hand in locale/en. Run:

    uv run python scripts/i18n.py          # makemessages, fill Danish, compile
    uv run python scripts/i18n.py --check  # fail if a Danish or English string is missing
"""

import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "brobygger" / "locale"


def makemessages() -> None:
    for domain in ("django", "djangojs"):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "brobygger.cli",
                "makemessages",
                "-l",
                "da",
                "-l",
                "en",
                "-d",
                domain,
                "--ignore",
                "static/*",
                "--no-obsolete",
            ],
            cwd=ROOT / "brobygger",
            check=True,
            env={"BROBYGGER_MODE": "demo", **_env()},
        )


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def fill_danish() -> None:
    for path in (LOCALE / "da" / "LC_MESSAGES").glob("*.po"):
        catalogue = polib.pofile(str(path))
        for entry in catalogue:
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        catalogue.save()


def missing() -> list[str]:
    problems = []
    for language in ("da", "en"):
        for path in (LOCALE / language / "LC_MESSAGES").glob("*.po"):
            for entry in polib.pofile(str(path)):
                if entry.obsolete:
                    continue
                if not entry.translated() or "fuzzy" in entry.flags:
                    problems.append(f"{language}: {entry.msgid!r}")
    return problems


def compile_messages() -> None:
    subprocess.run(
        [sys.executable, "-m", "brobygger.cli", "compilemessages"],
        cwd=ROOT / "brobygger",
        check=True,
        env={"BROBYGGER_MODE": "demo", **_env()},
    )


if __name__ == "__main__":
    if "--check" in sys.argv:
        gaps = missing()
        print("\n".join(gaps) or "All strings are translated.")
        sys.exit(1 if gaps else 0)
    makemessages()
    fill_danish()
    compile_messages()
    print("\n".join(missing()) or "All strings are translated.")
