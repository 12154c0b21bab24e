from argparse import ArgumentParser
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils.translation import gettext as _

from brobygger.lib.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore an encrypted backup into the configured database, which must be empty, then "
        "verify the audit log. The key comes from BROBYGGER_BACKUP_KEY."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", type=Path, help="the backup file")

    def handle(self, *args: object, path: Path, **options: object) -> None:
        try:
            restore(connection, path)
        except BackupError as problem:
            raise CommandError(str(problem)) from None
        self.stdout.write(
            _("Sikkerhedskopien %(path)s er gendannet i databasen %(name)s.")
            % {"path": path, "name": connection.settings_dict["NAME"]}
        )
        # A copy is only worth trusting with its audit log whole and still append-only.
        call_command("verify_audit", stdout=self.stdout, stderr=self.stderr)
        if connection.vendor == "postgresql":
            self.stdout.write(
                _(
                    "Kør »brobygger migrate« og derefter »brobygger create-app-role --role …«, "
                    "før appen tager databasen i brug."
                )
            )
