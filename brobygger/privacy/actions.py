"""Anonymisation (GDPR art. 17 and 5(1)(e)): one function per kind of person, one transaction
each, audited, and recorded as an ``Erasure`` so it happens once.

Identifying values are replaced in place (``neutral.py``); the rows stay, so dates, states,
areas and outcomes still count in statistics. The audit log is not touched: it is the legal
record of who did what, and it is append-only. New audit rows written here never carry the
person's name.
"""

import logging
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.audit.events import EventType
from brobygger.audit.log import record_event
from brobygger.notifications.models import Message
from brobygger.notifications.sms import danish_msisdn
from brobygger.referrals.actions import record_consent
from brobygger.referrals.models import (
    Case,
    Citizen,
    Consent,
    FeedbackShare,
    Referral,
    consent_in_force,
    phone_key,
)
from brobygger.referrals.states import OPEN_STATES
from brobygger.volunteers.models import Volunteer
from brobygger.volunteers.stages import Stage

from . import events
from .access import get_citizen_for, may_erase_citizen, may_erase_volunteer
from .models import Erasure, RetentionRun, erasure_of
from .neutral import ANONYMOUS_VOLUNTEER, MARKER, neutral_changes
from .records import identifiers, records_of
from .retention import DELETE, RULES, Rule

logger = logging.getLogger(__name__)

M = models.Model


@transaction.atomic
def anonymise_citizen(
    citizen: Citizen, *, acting_user: User | None, reason: str, rule: str = ""
) -> Erasure:
    """Replace everything that identifies the citizen, in every record about them.

    ``acting_user`` is None when a retention rule does it. A citizen with an open case is
    refused: the case is ended first (withdrawing the consent to contact does that).
    """
    citizen = Citizen.objects.select_for_update().get(pk=citizen.pk)
    done = erasure_of(citizen)
    if done is not None:
        return done
    if acting_user is not None and not may_erase_citizen(acting_user, citizen):
        raise PermissionDenied
    if citizen.cases.filter(state__in=OPEN_STATES).exists():
        raise ValidationError(
            _(
                "Borgeren har et åbent forløb. Afslut forløbet først – for eksempel ved at "
                "registrere, at borgeren trækker samtykket til kontakt tilbage."
            )
        )
    secrets = identifiers(citizen, ["full_name", "phone", "email", "street"])
    referrals = list(Referral.objects.filter(case__citizen=citizen))
    for referral in referrals:
        secrets += _referral_identifiers(referral)
    rows = _neutralise(citizen)
    rows["notifications.message"] = _status_mails_about(referrals)
    return _erased(
        citizen,
        events.CITIZEN_ANONYMISED,
        _("Borger %(id)s (anonymiseret)") % {"id": citizen.pk},
        acting_user=acting_user,
        reason=_without(reason, secrets),
        rule=rule,
        rows=rows,
    )


@transaction.atomic
def anonymise_referral(
    referral: Referral, *, acting_user: User | None, reason: str, rule: str = ""
) -> Erasure:
    """Anonymise a referral that never became part of a case (a suspected duplicate nobody
    confirmed). A referral on a case is anonymised with its citizen."""
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    done = erasure_of(referral)
    if done is not None:
        return done
    if acting_user is not None and not acting_user.has_role(Role.ADMINISTRATOR):
        raise PermissionDenied
    if referral.case_id is not None:
        raise ValidationError(_("Henvisningen hører til et forløb: anonymisér borgeren."))
    secrets = _referral_identifiers(referral)
    rows = _neutralise(referral)
    rows["notifications.message"] = _status_mails_about([referral])
    # Out of the link workers' queue of possible duplicates: nothing is left to compare.
    Referral.objects.filter(pk=referral.pk).update(suspected_case=None)
    return _erased(
        referral,
        events.REFERRAL_ANONYMISED,
        _("Henvisning %(receipt)s (anonymiseret)") % {"receipt": referral.receipt},
        acting_user=acting_user,
        reason=_without(reason, secrets),
        rule=rule,
        rows=rows,
    )


@transaction.atomic
def anonymise_volunteer(
    volunteer: Volunteer, *, acting_user: User | None, reason: str, rule: str = ""
) -> Erasure:
    """Replace everything that identifies a volunteer who has stopped (or never started):
    their record and its history, their name on cases they helped with, a volunteer-only
    login (closed for good), and messages still in the outbox to them."""
    volunteer = (
        Volunteer.objects.select_for_update(of=("self",))
        .select_related("user")
        .get(pk=volunteer.pk)
    )
    done = erasure_of(volunteer)
    if done is not None:
        return done
    if acting_user is not None and not may_erase_volunteer(acting_user):
        raise PermissionDenied
    if volunteer.stage not in (Stage.LEFT, Stage.INTERESTED):
        raise ValidationError(
            _("Den frivillige er stadig med. Flyt først den frivillige til “Stoppet”.")
        )
    if volunteer.assignments.filter(cancelled_at__isnull=True, ends_at__gt=timezone.now()):
        raise ValidationError(_("Den frivillige har kommende opgaver. Aflys dem først."))
    account = volunteer.user
    secrets = identifiers(volunteer, ["full_name", "email", "phone"])
    if account is not None:
        secrets += identifiers(account, ["full_name", "email", "phone"])
    rows = _neutralise(volunteer)
    rows["referrals.case"] = _companion_names(volunteer, secrets)
    rows["notifications.message"] = _outbox_to(volunteer, account)
    if account is not None and not (account.roles - {Role.VOLUNTEER}):
        rows["accounts.user"] = _close_account(account)
    return _erased(
        volunteer,
        events.VOLUNTEER_ANONYMISED,
        _("Frivillig %(id)s (anonymiseret)") % {"id": volunteer.pk},
        acting_user=acting_user,
        reason=_without(reason, secrets),
        rule=rule,
        rows={k: v for k, v in rows.items() if v},
    )


# Helpers ------------------------------------------------------------------------------------


def _neutralise(person: M) -> dict[str, int]:
    """Neutral values in every record about ``person`` (the walk of ``records.py``), and in
    the Django admin's own change list (``LogEntry``, not the audit log). Returns how many
    rows of each model were looked at."""
    counts: dict[str, int] = {}
    for holding, found in records_of(person):
        for obj in found:
            changes = neutral_changes(obj)
            if changes:
                # update(), not save(): no model's save() may put a derived copy back.
                holding.model._default_manager.filter(pk=obj.pk).update(**changes)
        _admin_log(holding.model, [obj.pk for obj in found])
        counts[holding.label] = len(found)
    return counts


def _admin_log(model: type[M], pks: Iterable[object]) -> None:
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in pks],
    ).update(object_repr=MARKER, change_message="")


def _referral_identifiers(referral: Referral) -> list[str]:
    return identifiers(
        referral,
        [
            "citizen_name",
            "citizen_phone",
            "citizen_email",
            "citizen_street",
            "referrer_name",
            "referrer_phone",
            "referrer_email",
        ],
    )


def _status_mails_about(referrals: list[Referral]) -> int:
    """The status mails to the referrers of these referrals, still kept in the outbox: their
    address and the receipt number together point to the citizen."""
    shares = FeedbackShare.objects.filter(referral__in=referrals).values_list("pk", flat=True)
    about = Q(key__in=[f"referral-share:{pk}" for pk in shares])
    for referral in referrals:
        about |= Q(key__startswith=f"referral-status:{referral.pk}:")
    deleted, _kinds = Message.objects.filter(about).delete()
    return deleted


def _companion_names(volunteer: Volunteer, secrets: list[str]) -> int:
    """The volunteer's name and phone written on cases where they went along as companion
    (the phone is what "Min samtale" gives the citizen to call)."""
    names = [s for s in secrets if "@" not in s and not any(c.isdigit() for c in s)]
    phones = {phone_key(s) for s in secrets if "@" not in s} - {""}
    helped = Q(volunteer_assignments__volunteer=volunteer)
    if volunteer.user_id:
        helped |= Q(companion_id=volunteer.user_id)
    cases = Case.objects.filter(pk__in=Case.objects.filter(helped).values("pk"))
    named = Q(pk__in=[])
    for name in names:
        named |= Q(companion_name__iexact=name)
    changed = cases.filter(named).update(companion_name=ANONYMOUS_VOLUNTEER, companion_phone="")
    same_phone = [
        pk
        for pk, phone in cases.exclude(companion_phone="").values_list("pk", "companion_phone")
        if phone_key(phone) in phones
    ]
    return changed + cases.filter(pk__in=same_phone).update(companion_phone="")


def _outbox_to(volunteer: Volunteer, account: User | None) -> int:
    """Messages still kept in the outbox to the volunteer's address or phone."""
    addresses = {volunteer.email.lower()} | ({account.email.lower()} if account else set())
    phones = {danish_msisdn(p) for p in (volunteer.phone, account.phone if account else "") if p}
    recipients = {r for r in addresses | phones if r}
    if not recipients:
        return 0
    deleted, _kinds = Message.objects.filter(recipient__in=recipients).delete()
    return deleted


def _close_account(account: User) -> int:
    """A volunteer-only login is closed for good and says nothing about who had it."""
    account.full_name = ANONYMOUS_VOLUNTEER
    account.email = f"anonymiseret-{account.pk}@anonymiseret.invalid"
    account.phone = ""
    account.is_active = False
    account.set_unusable_password()
    account.calendar_token = uuid.uuid4()
    account.save()
    EmailAddress.objects.filter(user=account).delete()
    Authenticator.objects.filter(user=account).delete()
    SocialAccount.objects.filter(user=account).delete()
    _admin_log(User, [account.pk])
    return 1


def _without(reason: str, secrets: Iterable[str]) -> str:
    """The reason as typed, without the person's name, phone or e-mail in it: the erasure
    record and its audit row must not bring back what was erased."""
    text = " ".join(reason.split())
    words = {part for s in secrets for part in [s, *s.split()] if len(part) >= 3}
    for word in sorted(words, key=len, reverse=True):
        text = re.sub(re.escape(word), "…", text, flags=re.IGNORECASE)
    return text[:300]


def _erased(
    obj: M,
    event: EventType,
    label: str,
    *,
    acting_user: User | None,
    reason: str,
    rule: str,
    rows: dict[str, int],
) -> Erasure:
    erasure = Erasure.objects.create(
        object_type=obj._meta.label_lower,
        object_id=obj.pk,
        by=acting_user,
        reason=reason or _("Ikke angivet"),
        rule=rule,
        rows=rows,
    )
    record_event(
        event,
        user=acting_user,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=label,
        data={"rule": rule, "rows": rows},
        purpose=reason,
    )
    return erasure


@transaction.atomic
def withdraw_consent(citizen: Citizen, *, kind: str, how: str, acting_user: User) -> Consent | None:
    """Withdraw one consent from the citizen's overview of consents. The referrals action
    records it (and, for the consent to contact, ends the open cases); this one checks that
    the user may see the citizen and that the consent is in force, with the citizen locked, so
    a double click records one withdrawal. Returns None when it was not in force."""
    try:
        citizen = get_citizen_for(acting_user, citizen.pk)
    except Http404:
        raise PermissionDenied from None
    Citizen.objects.select_for_update().filter(pk=citizen.pk).first()
    if not consent_in_force(citizen, kind):
        return None
    return record_consent(citizen, kind=kind, given=False, how=how, acting_user=acting_user)


# What anonymises a record of each kind a retention rule can find.
ANONYMISERS: dict[type[models.Model], Callable[..., Erasure]] = {
    Citizen: anonymise_citizen,
    Referral: anonymise_referral,
    Volunteer: anonymise_volunteer,
}


# The retention run -----------------------------------------------------------------------


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
        if rule.action == DELETE:
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
    reason = _("Opbevaringsregel: %(title)s. %(rule)s") % {
        "title": rule.title,
        "rule": rule.describe(),
    }
    try:
        anonymise = ANONYMISERS[rule.model]
        anonymise(
            rule.model._default_manager.get(pk=pk), acting_user=None, reason=reason, rule=rule.code
        )
    except Exception:
        # One record that cannot be anonymised must not stop the rest; it is reported and
        # tried again tomorrow.
        logger.exception("Retention rule %s failed for %s %s", rule.code, rule.model, pk)
        return False
    return True
