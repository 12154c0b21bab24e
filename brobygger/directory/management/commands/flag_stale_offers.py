from django.core.management.base import BaseCommand

from brobygger.directory.actions import notify_stale_offers


class Command(BaseCommand):
    help = "E-mail owners and staff about offers not confirmed for 6 months (run daily)."

    def handle(self, *args: object, **options: object) -> None:
        count = notify_stale_offers()
        self.stdout.write(f"{count} tilbud markeret som forældede.")
