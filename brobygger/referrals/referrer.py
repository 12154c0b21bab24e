"""What a referrer may learn about a referral they sent, and nothing more.

Who it was about as they wrote it themselves (first name and the initial of the last name, the
birth year), when they sent it, and — only while the citizen consents to a short status — the
dated steps of the case. Never notes, plans, offers or anything a link worker wrote.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from .models import Consent, ConsentKind, Referral, StateChange, consent_in_force
from .states import CaseState, FeedbackLevel


@dataclass(frozen=True)
class Step:
    """One status the case reached, and when."""

    state: CaseState
    at: datetime

    @property
    def label(self) -> str:
        return str(self.state.label)


@dataclass(frozen=True)
class SentReferral:
    """One line of "Mine henvisninger": copied fields, so a template cannot reach further."""

    receipt: str
    received_at: datetime
    citizen: str
    birth_year: int | None
    shared: bool
    steps: tuple[Step, ...]
    messages: tuple[tuple[str, datetime], ...]


def short_name(full_name: str) -> str:
    """ "Inger Marie Hansen" → "Inger H.": enough to tell two patients apart on a list."""
    parts = full_name.split()
    if len(parts) < 2:
        return parts[0] if parts else ""
    return f"{parts[0]} {parts[-1][0].upper()}."


def _feedback_consent_given(referral: Referral) -> bool:
    """The citizen's consent to a status in force now (the newest record of that kind)."""
    if referral.case is None:
        return False
    prefetched: list[Consent] | None = getattr(referral.case.citizen, "feedback_consents", None)
    if prefetched is not None:
        return bool(prefetched and prefetched[0].given)
    return consent_in_force(referral.case.citizen, ConsentKind.FEEDBACK)


def may_know_status(referral: Referral) -> bool:
    """The referrer asked for a status and the citizen's consent to it is in force."""
    return referral.feedback == FeedbackLevel.STATUS and _feedback_consent_given(referral)


def steps(referral: Referral, history: list[StateChange]) -> tuple[Step, ...]:
    """The statuses since this referral was received: a referral joined to a case that was
    already open does not tell its referrer what happened before it was sent."""
    found = [Step(CaseState.RECEIVED, referral.received_at)]
    for change in history:
        if change.at < referral.received_at or change.from_state in ("", change.to_state):
            continue
        found.append(Step(CaseState(change.to_state), change.at))
    return tuple(found)


def sent_referrals_for_page(referrals: QuerySet[Referral]) -> list[SentReferral]:
    """The referrer's own referrals, newest first, in a fixed number of queries."""
    rows = referrals.select_related("case__citizen").prefetch_related(
        "shares",
        Prefetch(
            "case__citizen__consents",
            queryset=Consent.objects.filter(kind=ConsentKind.FEEDBACK).order_by(
                "-recorded_at", "-id"
            ),
            to_attr="feedback_consents",
        ),
        Prefetch("case__history", queryset=StateChange.objects.order_by("at", "id")),
    )
    result = []
    for referral in rows.order_by("-received_at", "-id"):
        shared = may_know_status(referral)
        history = list(referral.case.history.all()) if referral.case else []
        result.append(
            SentReferral(
                receipt=referral.receipt,
                received_at=referral.received_at,
                citizen=short_name(referral.citizen_name),
                birth_year=referral.citizen_birth_year,
                shared=shared,
                steps=steps(referral, history) if shared else (),
                messages=tuple((s.message, s.shared_at) for s in referral.shares.all()),
            )
        )
    return result


def sent_on(referral: Referral) -> date:
    """The local date a referral was sent, as its referrer remembers it."""
    return timezone.localtime(referral.received_at).date()
