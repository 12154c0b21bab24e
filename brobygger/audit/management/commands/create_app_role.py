import os
from argparse import ArgumentParser

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils.translation import gettext as _

from brobygger.audit.dbrole import RoleError, grant_app_role


class Command(BaseCommand):
    help = (
        "PostgreSQL: create or update the database role the app runs as (run as the owner, "
        "after every migrate). A password is taken from BROBYGGER_APP_ROLE_PASSWORD if set."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--role", required=True, help="the role's name, e.g. brobygger_app")
        parser.add_argument(
            "--nologin",
            action="store_true",
            help="a role nobody logs in as directly (granted to a login role by the DBA)",
        )

    def handle(self, *args: object, role: str, nologin: bool, **options: object) -> None:
        try:
            grants = grant_app_role(
                connection,
                role,
                login=not nologin,
                password=os.environ.get("BROBYGGER_APP_ROLE_PASSWORD", ""),
            )
        except RoleError as problem:
            raise CommandError(str(problem)) from None
        verb = _("oprettet") if grants.created else _("opdateret")
        self.stdout.write(
            _("Rollen %(role)s er %(verb)s med adgang til %(count)s tabeller.")
            % {"role": role, "verb": verb, "count": len(grants.tables)}
        )
        for table, privileges in sorted(grants.tables.items()):
            if privileges != "SELECT, INSERT, UPDATE, DELETE":
                self.stdout.write(f"  {table}: {privileges}")
