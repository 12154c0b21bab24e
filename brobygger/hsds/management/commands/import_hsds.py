"""``brobygger import-hsds PATH``: load HSDS 3 services (JSON or a CSV package)."""

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from tqdm import tqdm

from brobygger.hsds.importer import ImportReport, import_path


class Command(BaseCommand):
    help = (
        "Import services from Open Referral HSDS 3: a JSON file with one service, an array "
        "of services or a page with 'contents', or a tabular CSV package (a folder, or its "
        "datapackage.json). Records are matched on their HSDS id, so importing again updates "
        "rather than duplicates. Any error imports nothing, unless --skip-errors is given."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="JSON file, CSV folder or datapackage.json")
        parser.add_argument(
            "--dry-run", action="store_true", help="check everything and report, but save nothing"
        )
        parser.add_argument(
            "--skip-errors",
            action="store_true",
            help="import the valid records and report the bad ones",
        )
        parser.add_argument(
            "--quiet",
            action="store_true",
            help="no progress bar and no warnings; errors and summary only",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"])
        if not path.exists():
            raise CommandError(
                _("%(path)s: filen eller mappen findes ikke. Tjek stien, og prøv igen.")
                % {"path": path}
            )
        quiet = options["quiet"]
        stream = getattr(self.stderr, "_out", sys.stderr)

        def progress(items: Iterable[Any], label: str, total: int) -> Iterable[Any]:
            # disable=None: tqdm switches itself off when stderr is not a terminal.
            bar: Iterable[Any] = tqdm(
                items,
                desc=label,
                total=total,
                unit="",
                file=stream,
                disable=True if quiet else None,
                leave=False,
            )
            return bar

        report = import_path(
            path, dry_run=options["dry_run"], skip_errors=options["skip_errors"], progress=progress
        )
        for problem in report.problems:
            if not (quiet and problem.warning):
                self.stderr.write(str(problem))
        self.stdout.write(self._summary(report, options["skip_errors"]))
        if report.errors and not options["skip_errors"]:
            count = len(report.errors)
            raise CommandError(
                ngettext(
                    "%(count)s fejl i %(path)s, så intet blev importeret. Ret fejlen, eller "
                    "brug --skip-errors for kun at importere de gyldige poster.",
                    "%(count)s fejl i %(path)s, så intet blev importeret. Ret fejlene, eller "
                    "brug --skip-errors for kun at importere de gyldige poster.",
                    count,
                )
                % {"count": count, "path": path}
            )

    def _summary(self, report: ImportReport, skip_errors: bool) -> str:
        errors, warnings = len(report.errors), len(report.warnings)
        counted = _("%(errors)s og %(warnings)s.") % {
            "errors": ngettext("%(count)s fejl", "%(count)s fejl", errors) % {"count": errors},
            "warnings": ngettext("%(count)s advarsel", "%(count)s advarsler", warnings)
            % {"count": warnings},
        }
        source = {"source": report.source}
        if report.errors and not skip_errors:
            return _("%(source)s: kontrolleret, men ikke importeret.") % source + " " + counted
        if report.dry_run:
            head = (
                _("%(source)s: prøvekørsel, intet er gemt (tallene viser, hvad der ville ske).")
                % source
            )
        else:
            head = _("%(source)s: importeret.") % source
        lines = [head, report.table()]
        if report.removed_schedules:
            lines.append(
                ngettext(
                    "%(count)s mødetid, som ikke længere er i kilden, blev fjernet.",
                    "%(count)s mødetider, som ikke længere er i kilden, blev fjernet.",
                    report.removed_schedules,
                )
                % {"count": report.removed_schedules}
            )
        if report.errors or report.warnings:
            lines.append(counted)
        return "\n".join(lines)
