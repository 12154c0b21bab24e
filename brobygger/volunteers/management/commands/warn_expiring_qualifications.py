from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from django.utils.translation import ngettext

from brobygger.volunteers.actions import warn_expiring
from brobygger.volunteers.courses import WARN_DAYS


class Command(BaseCommand):
    help = "Tell volunteers and coordinators about qualifications that run out soon (daily)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=WARN_DAYS)

    def handle(self, *args: object, days: int, **options: object) -> None:
        count = warn_expiring(timezone.localdate(), days)
        self.stdout.write(
            ngettext(
                "Besked sendt om %(n)s bevis, der udløber snart.",
                "Besked sendt om %(n)s beviser, der udløber snart.",
                count,
            )
            % {"n": count}
        )
