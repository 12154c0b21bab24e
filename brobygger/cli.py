"""The ``brobygger`` console command: one entry point for everything a user runs.

``brobygger demo``, ``brobygger serve``, ``brobygger import-hsds PATH`` … map onto Django
management commands (dashes become underscores), so ``brobygger migrate`` and
``brobygger check --deploy`` work too.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
        if args[0] == "demo":
            os.environ.setdefault("BROBYGGER_MODE", "demo")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "brobygger.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["brobygger", *args])


if __name__ == "__main__":
    main()
