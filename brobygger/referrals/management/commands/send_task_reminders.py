from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from brobygger.referrals.actions import send_task_reminders


class Command(BaseCommand):
    help = "Remind link workers of follow-up tasks due today (run each morning)."

    def handle(self, *args: object, **options: object) -> None:
        count = send_task_reminders()
        self.stdout.write(
            ngettext("%(n)s påmindelse sendt.", "%(n)s påmindelser sendt.", count) % {"n": count}
        )
