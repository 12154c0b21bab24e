from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from brobygger.referrals.actions import escalate_overdue_cases


class Command(BaseCommand):
    help = "Escalate referrals nobody has taken within the configured working days (daily)."

    def handle(self, *args: object, **options: object) -> None:
        count = escalate_overdue_cases(settings.REFERRAL_ESCALATE_AFTER_WORKING_DAYS)
        self.stdout.write(
            ngettext("%(n)s henvisning eskaleret.", "%(n)s henvisninger eskaleret.", count)
            % {"n": count}
        )
