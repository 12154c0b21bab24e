"""``brobygger apply-retention [--dry-run]``: the daily run of the retention rules."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from brobygger.privacy.actions import apply_retention
from brobygger.privacy.retention import report_lines


class Command(BaseCommand):
    help = "Anonymiserer og sletter det, der er opbevaret længe nok (se docs/privacy.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Tæl kun, hvad der skulle gøres; ændr intet."
        )
        parser.add_argument(
            "--batch-size", type=int, default=100, help="Antal poster ad gangen (100)."
        )
        parser.add_argument(
            "--limit", type=int, default=5000, help="Højst så mange poster pr. regel (5000)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        batch_size, limit = options["batch_size"], options["limit"]
        if not 1 <= batch_size <= 10_000 or not 1 <= limit <= 1_000_000:
            raise CommandError(_("--batch-size skal være 1–10000 og --limit 1–1000000."))
        run = apply_retention(dry_run=options["dry_run"], batch_size=batch_size, limit=limit)
        when = date_format(timezone.localtime(run.started_at), "SHORT_DATETIME_FORMAT")
        if run.dry_run:
            self.stdout.write(
                _("Opbevaringsregler %(at)s – prøvekørsel, intet er ændret.") % {"at": when}
            )
        else:
            self.stdout.write(_("Opbevaringsregler anvendt %(at)s.") % {"at": when})
        for line in report_lines(run):
            self.stdout.write(line)
        if run.failed:
            raise CommandError(
                ngettext(
                    "%(n)d post kunne ikke behandles og prøves igen i næste kørsel.",
                    "%(n)d poster kunne ikke behandles og prøves igen i næste kørsel.",
                    run.failed,
                )
                % {"n": run.failed}
            )
