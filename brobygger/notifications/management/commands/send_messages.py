from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from brobygger.notifications.tasks import sweep


class Command(BaseCommand):
    help = "Deliver queued messages that are due (retries after a failure). Safe to rerun."

    def handle(self, *args: object, **options: object) -> None:
        count = sweep()
        self.stdout.write(
            ngettext("%(n)s besked forsøgt leveret.", "%(n)s beskeder forsøgt leveret.", count)
            % {"n": count}
        )
