"""How long each kind of record is kept, as a table (``actions.apply_retention`` applies it).

Each rule finds what has been kept long enough, to be anonymised (people) or deleted (outbox
messages). Periods come from the environment (``BROBYGGER_RETENTION_…``, see
``docs/privacy.md``) or a Django setting of the same name without the prefix. The run works in
bounded batches, one transaction per person, and is idempotent: what is anonymised is recorded
as an ``Erasure`` and never found again.
"""

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from brobygger.notifications.models import Message, Status
from brobygger.referrals.models import Case, Citizen, Referral
from brobygger.referrals.states import OPEN_STATES
from brobygger.volunteers.models import Assignment, Volunteer
from brobygger.volunteers.stages import Stage

from .models import RetentionRun, not_erased

ANONYMISE = "anonymise"
DELETE = "delete"


@dataclass(frozen=True)
class Rule:
    """One kind of record and how long it is kept."""

    code: str
    title: Promise
    # What happens, with the period in it: "… anonymiseres %(period)s efter …".
    explanation: Promise
    setting: str  # the Django setting; the environment variable is BROBYGGER_<setting>
    unit: str  # "years", "months" or "days"
    default: int
    action: str
    model: type[models.Model]
    due: Callable[[datetime], models.QuerySet[models.Model]] = field(repr=False)

    @property
    def env(self) -> str:
        return f"BROBYGGER_{self.setting}"

    def amount(self) -> int:
        value: object = getattr(settings, self.setting, None)
        if value is None:
            value = os.environ.get(self.env, self.default)
        try:
            amount = int(str(value))
        except (TypeError, ValueError):
            raise ImproperlyConfigured(f"{self.env} must be a whole number") from None
        if amount < 1:
            raise ImproperlyConfigured(f"{self.env} must be at least 1")
        return amount

    def cutoff(self, now: datetime) -> datetime:
        # relativedelta, not replace(year=…): 29 February minus a year is 28 February.
        cutoff: datetime = now - relativedelta(**{self.unit: self.amount()})
        return cutoff

    def period(self) -> str:
        n = self.amount()
        if self.unit == "years":
            return ngettext("%(n)d år", "%(n)d år", n) % {"n": n}
        if self.unit == "months":
            return ngettext("%(n)d måned", "%(n)d måneder", n) % {"n": n}
        return ngettext("%(n)d dag", "%(n)d dage", n) % {"n": n}

    def describe(self) -> str:
        return str(self.explanation) % {"period": self.period()}


# What is due under each rule ------------------------------------------------------------------


def _citizens_with_ended_cases(cutoff: datetime) -> models.QuerySet[Citizen]:
    cases = Case.objects.filter(citizen=OuterRef("pk"))
    still_open = cases.filter(state__in=OPEN_STATES)
    ended_lately = cases.filter(
        Q(closed_at__gte=cutoff) | Q(closed_at__isnull=True, opened_at__gte=cutoff)
    )
    return not_erased(
        Citizen.objects.filter(Exists(cases), ~Exists(still_open), ~Exists(ended_lately))
    )


def _referrals_never_joined(cutoff: datetime) -> models.QuerySet[Referral]:
    return not_erased(Referral.objects.filter(case__isnull=True, received_at__lt=cutoff))


def _without_coming_tasks(volunteers: models.QuerySet[Volunteer]) -> models.QuerySet[Volunteer]:
    # A volunteer with a task still to come is left for the coordinator to sort out first.
    coming = Assignment.objects.filter(
        volunteer=OuterRef("pk"), cancelled_at__isnull=True, ends_at__gt=timezone.now()
    )
    return not_erased(volunteers.filter(~Exists(coming)))


def _volunteers_who_left(cutoff: datetime) -> models.QuerySet[Volunteer]:
    return _without_coming_tasks(
        Volunteer.objects.filter(stage=Stage.LEFT, stage_since__lt=timezone.localdate(cutoff))
    )


def _unused_sign_ups(cutoff: datetime) -> models.QuerySet[Volunteer]:
    return _without_coming_tasks(
        Volunteer.objects.filter(
            stage=Stage.INTERESTED,
            stage_since__lt=timezone.localdate(cutoff),
            created_at__lt=cutoff,
        )
    )


def _old_messages(cutoff: datetime) -> models.QuerySet[Message]:
    # Only messages that are done with: one still queued or retrying is the worker's.
    return Message.objects.filter(created_at__lt=cutoff, status__in=[Status.SENT, Status.FAILED])


RULES: tuple[Rule, ...] = (
    Rule(
        code="closed_cases",
        title=gettext_lazy("Afsluttede forløb"),
        explanation=gettext_lazy(
            "Borgeren anonymiseres %(period)s efter, at borgerens sidste forløb er afsluttet."
        ),
        setting="RETENTION_CLOSED_CASE_YEARS",
        unit="years",
        default=5,
        action=ANONYMISE,
        model=Citizen,
        due=_citizens_with_ended_cases,
    ),
    Rule(
        code="unjoined_referrals",
        title=gettext_lazy("Henvisninger, der aldrig blev til et forløb"),
        explanation=gettext_lazy("Henvisningen anonymiseres %(period)s efter, at den kom ind."),
        setting="RETENTION_UNJOINED_REFERRAL_MONTHS",
        unit="months",
        default=12,
        action=ANONYMISE,
        model=Referral,
        due=_referrals_never_joined,
    ),
    Rule(
        code="left_volunteers",
        title=gettext_lazy("Frivillige, der er stoppet"),
        explanation=gettext_lazy("Den frivillige anonymiseres %(period)s efter, at de stoppede."),
        setting="RETENTION_LEFT_VOLUNTEER_YEARS",
        unit="years",
        default=2,
        action=ANONYMISE,
        model=Volunteer,
        due=_volunteers_who_left,
    ),
    Rule(
        code="unused_sign_ups",
        title=gettext_lazy("Tilmeldinger som frivillig, der ikke blev til noget"),
        explanation=gettext_lazy(
            "En frivillig, der har stået som “interesseret” i %(period)s uden at komme "
            "videre, anonymiseres."
        ),
        setting="RETENTION_UNUSED_SIGN_UP_MONTHS",
        unit="months",
        default=6,
        action=ANONYMISE,
        model=Volunteer,
        due=_unused_sign_ups,
    ),
    Rule(
        code="outbox_messages",
        title=gettext_lazy("Sendte e-mails og sms'er"),
        explanation=gettext_lazy(
            "Beskeder i udbakken slettes %(period)s efter, at de blev skrevet (når de er "
            "sendt eller endeligt fejlet)."
        ),
        setting="RETENTION_MESSAGE_DAYS",
        unit="days",
        default=90,
        action=DELETE,
        model=Message,
        due=_old_messages,
    ),
)


def report_lines(run: RetentionRun) -> list[str]:
    """The run in plain Danish, one line per rule (the command prints it; the admin shows it)."""
    lines = []
    for result in run.results:
        lines.append(f"{result['title']}: {result['explanation']}")
        lines.append("  " + _result_text(result, run.dry_run))
    return lines


def _result_text(result: Mapping[str, Any], dry_run: bool) -> str:
    """``result`` is one entry of the run's stored JSON (see ``RetentionRun.results``)."""
    due, done = int(result["due"]), int(result["done"])
    failed, left = int(result["failed"]), int(result["left"])
    deletes = result["action"] == DELETE
    if dry_run:
        if not due:
            return _("Intet at gøre.")
        if deletes:
            return ngettext("%(n)d ville blive slettet.", "%(n)d ville blive slettet.", due) % {
                "n": due
            }
        return ngettext(
            "%(n)d ville blive anonymiseret.", "%(n)d ville blive anonymiseret.", due
        ) % {"n": due}
    if not (done or failed):
        return _("Intet at gøre.")
    parts = [
        (
            ngettext("%(n)d slettet.", "%(n)d slettet.", done)
            if deletes
            else ngettext("%(n)d anonymiseret.", "%(n)d anonymiseret.", done)
        )
        % {"n": done}
    ]
    if failed:
        parts.append(
            ngettext("%(n)d fejlede (se loggen).", "%(n)d fejlede (se loggen).", failed)
            % {"n": failed}
        )
    if left:
        parts.append(
            ngettext("%(n)d venter til næste kørsel.", "%(n)d venter til næste kørsel.", left)
            % {"n": left}
        )
    return " ".join(parts)
