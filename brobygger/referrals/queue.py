"""The team's queue: cases nobody has taken yet, the most urgent first, then the oldest."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Prefetch, QuerySet

from .models import Case, Referral
from .states import OPEN_STATES, Reason, Urgency

# How soon the referrer asked for contact, from most to least urgent.
URGENCY_ORDER = (Urgency.URGENT, Urgency.SOON, Urgency.NORMAL)


@dataclass(frozen=True)
class QueueRow:
    """One waiting case, with what its referrals say about how soon and why."""

    case: Case
    urgency: Urgency
    reasons: tuple[str, ...]
    received_at: datetime

    @property
    def urgent(self) -> bool:
        return self.urgency == Urgency.URGENT


def most_urgent(referrals: list[Referral]) -> Urgency:
    asked = {r.urgency for r in referrals}
    return next((u for u in URGENCY_ORDER if u in asked), Urgency.NORMAL)


def reasons_of(referrals: list[Referral]) -> tuple[str, ...]:
    """Every reason any referral of the case gave, once each, in the form's order."""
    given = {code for r in referrals for code in r.reasons}
    return tuple(str(reason.label) for reason in Reason if reason.value in given)


def team_queue(cases: QuerySet[Case]) -> list[QueueRow]:
    """The untaken open cases among ``cases``: urgent before soon before normal, and within
    each the one that has waited longest first. Two queries, however long the queue."""
    waiting = (
        cases.filter(assigned_to__isnull=True, state__in=OPEN_STATES)
        .select_related("citizen", "citizen__postal_code")
        .prefetch_related(
            Prefetch("referrals", queryset=Referral.objects.order_by("received_at", "pk"))
        )
    )
    rows = []
    for case in waiting:
        referrals = list(case.referrals.all())
        rows.append(
            QueueRow(
                case=case,
                urgency=most_urgent(referrals),
                reasons=reasons_of(referrals),
                received_at=case.opened_at,
            )
        )
    rows.sort(key=lambda row: (URGENCY_ORDER.index(row.urgency), row.received_at, row.case.pk))
    return rows
