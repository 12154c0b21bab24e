"""How long each kind of record is kept, as a table, and the daily run that applies it.

Each rule finds what has been kept long enough and anonymises it (people) or deletes it
(outbox messages). Periods come from the environment (``BROBYGGER_RETENTION_…``, see
``docs/privacy.md``) or a Django setting of the same name without the prefix. The run works in
bounded batches, one transaction per person, and is idempotent: what is anonymised is recorded
as an ``Erasure`` and never found again.
"""

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from brobygger.audit.log import record_event
from brobygger.notifications.models import Message, Status
from brobygger.referrals.models import Case, Citizen, Referral
from brobygger.referrals.states import OPEN_STATES
from brobygger.volunteers.models import Assignment, Volunteer
from brobygger.volunteers.stages import Stage

from . import actions, events
from .models import RetentionRun

logger = logging.getLogger(__name__)

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
    apply: Callable[..., object] | None = field(default=None, repr=False)

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
    return actions.not_erased(
        Citizen.objects.filter(Exists(cases), ~Exists(still_open), ~Exists(ended_lately))
    )


def _referrals_never_joined(cutoff: datetime) -> models.QuerySet[Referral]:
    return actions.not_erased(Referral.objects.filter(case__isnull=True, received_at__lt=cutoff))


def _without_coming_tasks(volunteers: models.QuerySet[Volunteer]) -> models.QuerySet[Volunteer]:
    # A volunteer with a task still to come is left for the coordinator to sort out first.
    coming = Assignment.objects.filter(
        volunteer=OuterRef("pk"), cancelled_at__isnull=True, ends_at__gt=timezone.now()
    )
    return actions.not_erased(volunteers.filter(~Exists(coming)))


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
        apply=actions.anonymise_citizen,
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
        apply=actions.anonymise_referral,
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
        apply=actions.anonymise_volunteer,
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
        apply=actions.anonymise_volunteer,
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


# The run ------------------------------------------------------------------------------------


@dataclass
class Outcome:
    rule: Rule
    cutoff: datetime
    due: int
    done: int = 0
    failed: int = 0
    left: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "rule": self.rule.code,
            "title": str(self.rule.title),
            "explanation": self.rule.describe(),
            "cutoff": self.cutoff.isoformat(),
            "action": self.rule.action,
            "due": self.due,
            "done": self.done,
            "failed": self.failed,
            "left": self.left,
        }


def apply_retention(
    *, dry_run: bool = False, batch_size: int = 100, limit: int = 5000
) -> RetentionRun:
    """Apply every rule. A dry run only counts what is due. At most ``limit`` items per rule
    are handled, ``batch_size`` at a time; what is left waits for the next run."""
    now = timezone.now()
    run = RetentionRun.objects.create(started_at=now, dry_run=dry_run)
    outcomes = [_apply(rule, now, dry_run, batch_size, limit) for rule in RULES]
    run.results = [o.as_json() for o in outcomes]
    run.finished_at = timezone.now()
    run.save(update_fields=["results", "finished_at"])
    if not dry_run:
        record_event(
            events.RETENTION_APPLIED,
            user=None,
            obj=run,
            object_repr=_("Opbevaringsregler %(at)s") % {"at": f"{now:%Y-%m-%d}"},
            data={o.rule.code: {"done": o.done, "failed": o.failed} for o in outcomes},
        )
    return run


def _apply(rule: Rule, now: datetime, dry_run: bool, batch_size: int, limit: int) -> Outcome:
    cutoff = rule.cutoff(now)
    due = rule.due(cutoff).order_by("pk")
    outcome = Outcome(rule, cutoff, due=due.count())
    if dry_run:
        return outcome
    failed: list[int] = []
    while outcome.done + outcome.failed < limit:
        size = min(batch_size, limit - outcome.done - outcome.failed)
        batch = list(due.exclude(pk__in=failed).values_list("pk", flat=True)[:size])
        if not batch:
            break
        if rule.apply is None:
            with transaction.atomic():
                rule.model._default_manager.filter(pk__in=batch).delete()
            outcome.done += len(batch)
            continue
        for pk in batch:
            if _apply_one(rule, pk):
                outcome.done += 1
            else:
                failed.append(pk)
                outcome.failed += 1
    outcome.left = due.exclude(pk__in=failed).count()
    return outcome


def _apply_one(rule: Rule, pk: int) -> bool:
    if rule.apply is None:
        raise ValueError(f"Rule {rule.code} deletes; it has no action per record")
    reason = _("Opbevaringsregel: %(title)s. %(rule)s") % {
        "title": rule.title,
        "rule": rule.describe(),
    }
    try:
        rule.apply(
            rule.model._default_manager.get(pk=pk), acting_user=None, reason=reason, rule=rule.code
        )
    except Exception:
        # One record that cannot be anonymised must not stop the rest; it is reported and
        # tried again tomorrow.
        logger.exception("Retention rule %s failed for %s %s", rule.code, rule.model, pk)
        return False
    return True


def report_lines(run: RetentionRun) -> list[str]:
    """The run in plain Danish, one line per rule (the command prints it; the admin shows it)."""
    lines = []
    for result in run.results:
        lines.append(f"{result['title']}: {result['explanation']}")
        lines.append("  " + _result_text(result, run.dry_run))
    return lines


def _result_text(result: dict[str, object], dry_run: bool) -> str:
    due, done = int(result["due"]), int(result["done"])  # type: ignore[call-overload]
    failed, left = int(result["failed"]), int(result["left"])  # type: ignore[call-overload]
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
