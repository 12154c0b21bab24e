from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = (
        "Run the background worker: delivers e-mail and text messages queued by the app "
        "(and retries failed ones). Keep one running beside the web server."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--interval", type=float, default=1.0)
        parser.add_argument(
            "--batch", action="store_true", help="Run what is queued, then stop (for a timer)."
        )

    def handle(self, *args: object, interval: float, batch: bool, **options: object) -> None:
        from brobygger.notifications.tasks import sweep

        sweep()  # retries whose pause ran out while no worker was running
        call_command(
            "db_worker",
            interval=interval,
            batch=batch,
            queue_name="*",
            reload=False,
            verbosity=options.get("verbosity", 1),
        )
