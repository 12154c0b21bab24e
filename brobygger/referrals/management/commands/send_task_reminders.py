from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from brobygger.referrals.models import Task


class Command(BaseCommand):
    help = "Remind link workers of follow-up tasks due today (run each morning)."

    def handle(self, *args: object, **options: object) -> None:
        due = Task.objects.filter(
            done_at__isnull=True, reminded_at__isnull=True, due_on__lte=timezone.localdate()
        ).select_related("assigned_to")
        by_person: dict[str, int] = {}
        for task in due:
            by_person[task.assigned_to.email] = by_person.get(task.assigned_to.email, 0) + 1
        for email, count in by_person.items():
            # Only a count: citizens' names do not travel by e-mail.
            send_mail(
                ngettext("Du har %(n)s opgave i dag", "Du har %(n)s opgaver i dag", count)
                % {"n": count},
                _("Se dine opgaver under “Min dag” i Brobygger."),
                None,
                [email],
            )
        updated = due.update(reminded_at=timezone.now())
        self.stdout.write(
            ngettext("%(n)s påmindelse sendt.", "%(n)s påmindelser sendt.", updated)
            % {"n": updated}
        )
