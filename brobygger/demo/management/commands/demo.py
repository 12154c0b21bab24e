from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from brobygger.demo import generate
from brobygger.lib.server import check_port_free, serve_demo
from brobygger.notifications.worker import start_worker_thread


class Command(BaseCommand):
    help = "Create or migrate the demo database, load Danish demo data and serve it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument(
            "--no-serve", action="store_true", help="Prepare the data but do not start the server."
        )

    def handle(
        self, *args: object, port: int, host: str, no_serve: bool, **options: object
    ) -> None:
        if not no_serve:
            check_port_free(host, port)  # before the slow part, so a taken port fails fast
        call_command("migrate", interactive=False, verbosity=0)
        loaded = generate.load(self.stdout)
        if not loaded:
            self.stdout.write("Demo-data findes allerede; den bevares.")
        self.stdout.write(f"Database: {connection.settings_dict['NAME']}")
        self.stdout.write(f"\nDemo-brugere (adgangskode for alle: {generate.DEMO_PASSWORD}):")
        for email, name, role, _area in generate.DEMO_USERS:
            self.stdout.write(f"  {role.label:<45} {email}  ({name})")
        if no_serve:
            return
        self.stdout.write(
            self.style.SUCCESS(f"\nÅbn http://{host}:{port}/ i din browser. Stop med Ctrl+C.")
        )
        start_worker_thread()
        serve_demo(host, port)
