from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.referrals.actions import overdue_for_escalation


class Command(BaseCommand):
    help = "Escalate referrals nobody has taken within the configured working days (daily)."

    def handle(self, *args: object, **options: object) -> None:
        days = settings.REFERRAL_ESCALATE_AFTER_WORKING_DAYS
        cases = overdue_for_escalation(days)
        for case in cases:
            leads = User.objects.filter(
                is_active=True, unit_id=case.team_id, role_assignments__role=Role.TEAM_LEAD
            ).distinct()
            recipients = [u.email for u in leads]
            if recipients:
                # No name in the e-mail: it only points to the queue.
                send_mail(
                    ngettext(
                        "En henvisning har ventet i over %(days)s hverdag",
                        "En henvisning har ventet i over %(days)s hverdage",
                        days,
                    )
                    % {"days": days},
                    _(
                        "Forløb %(id)s i %(team)s er ikke taget af en brobygger. Se teamets kø "
                        "i Brobygger."
                    )
                    % {"id": case.pk, "team": case.team},
                    None,
                    recipients,
                )
            case.escalated_at = timezone.now()
            case.save(update_fields=["escalated_at"])
        self.stdout.write(
            ngettext("%(n)s henvisning eskaleret.", "%(n)s henvisninger eskaleret.", len(cases))
            % {"n": len(cases)}
        )
