from argparse import ArgumentParser
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.lib.backup import BackupError, backup
from brobygger.lib.backup import new_key as new_key_value


class Command(BaseCommand):
    help = (
        "Write an encrypted backup of the database (PostgreSQL: pg_dump custom format; SQLite: "
        "the online backup API). The key comes from BROBYGGER_BACKUP_KEY."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--output",
            type=Path,
            help="the file to write (default: DATA_DIR/backups/brobygger-<engine>-<time>.backup)",
        )
        parser.add_argument(
            "--new-key",
            action="store_true",
            help="print a new key for BROBYGGER_BACKUP_KEY and stop",
        )

    def handle(self, *args: object, output: Path | None, new_key: bool, **options: object) -> None:
        if new_key:
            self.stdout.write(new_key_value())
            return
        if output is None:
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            output = settings.DATA_DIR / "backups" / f"brobygger-{connection.vendor}-{stamp}.backup"
        try:
            size = backup(connection, output)
        except BackupError as problem:
            raise CommandError(str(problem)) from None
        self.stdout.write(
            _("Krypteret sikkerhedskopi gemt i %(path)s (%(size)s byte).")
            % {"path": output, "size": size}
        )
