import os

from django.core.management.base import BaseCommand, CommandParser

from brobygger.lib.server import default_workers, serve


class Command(BaseCommand):
    help = "Serve Brobygger with gunicorn (production): several processes, a few threads each."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("BROBYGGER_HOST", "127.0.0.1"))
        parser.add_argument(
            "--port", type=int, default=int(os.environ.get("BROBYGGER_PORT", "8000"))
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("BROBYGGER_WORKERS", default_workers())),
        )
        parser.add_argument(
            "--threads", type=int, default=int(os.environ.get("BROBYGGER_THREADS", "4"))
        )

    def handle(
        self, *args: object, host: str, port: int, workers: int, threads: int, **options: object
    ) -> None:
        self.stdout.write(f"Brobygger: http://{host}:{port}/ ({workers} × {threads})")
        serve(host, port, workers, threads)
