"""The ``brobygger`` console command: one entry point for everything a user runs.

``brobygger demo``, ``brobygger serve``, ``brobygger import-hsds PATH`` … map onto Django
management commands (dashes become underscores), so ``brobygger migrate`` and
``brobygger check --deploy`` work too.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["match"]:
        # The matching contract needs no database or settings: anyone can run it on files.
        from brobygger.matching.cli import main as match

        sys.exit(match(args[1:]))
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
        if args[0] == "demo":
            os.environ.setdefault("BROBYGGER_MODE", "demo")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "brobygger.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["brobygger", *args])
    except ImproperlyConfigured as problem:
        # A missing setting is the operator's to fix: say which, without a traceback.
        sys.stderr.write(f"brobygger: {problem}\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
