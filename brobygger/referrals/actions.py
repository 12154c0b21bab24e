"""Every change to a referral or case: one function each, one transaction, one audit entry.

Views, commands and tests call these; nothing changes a case anywhere else.
"""

from dataclasses import dataclass
from datetime import date, time, timedelta
from uuid import UUID

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from brobygger.accounts.models import OrganisationalUnit, User
from brobygger.accounts.roles import Role
from brobygger.areas.models import PostalCode
from brobygger.audit.log import record_event
from brobygger.directory.models import Offer
from brobygger.lib.concurrency import check_version
from brobygger.lib.locks import serialise
from brobygger.lib.timezones import aware_local
from brobygger.notifications.send import send_email

from . import events
from .access import is_team_lead, visible_cases
from .models import (
    Case,
    ChoiceStatus,
    Citizen,
    Consent,
    ConsentKind,
    Conversation,
    FeedbackShare,
    PlanChoice,
    PlanStep,
    Referral,
    StateChange,
    Task,
    name_key,
    phone_key,
)

# Other apps ask ``referrals.actions`` whether a consent is in force; it lives with the model
# (where "Mine henvisninger" can use it too), and is re-exported here.
from .models import consent_in_force as consent_in_force
from .referrer import may_know_status, sent_on
from .routing import Routing, route
from .states import OPEN_STATES, CaseState, FeedbackLevel, Outcome, allowed


@dataclass
class ReferralData:
    """What the intake forms collect (all three: staff, external, hand-over, self)."""

    citizen_name: str
    consent_contact: bool
    referrer_kind: str
    citizen_phone: str = ""
    citizen_email: str = ""
    citizen_street: str = ""
    citizen_postal_code: str = ""
    citizen_birth_year: int | None = None
    reasons: tuple[str, ...] = ()
    needs_text: str = ""
    interests_text: str = ""
    urgency: str = "normal"
    feedback: str = FeedbackLevel.NONE
    referrer_name: str = ""
    referrer_organisation: str = ""
    referrer_phone: str = ""
    referrer_email: str = ""


def find_open_case(data: ReferralData, team: OrganisationalUnit) -> Case | None:
    """An open case of the same team that is probably about the same citizen (same phone, or
    same name and postal code); a link worker confirms before anything is joined. Only the
    receiving team's cases are looked at: a suggestion never shows another area's citizen.
    Index lookups only, so spam cannot make it slow."""
    open_cases = Case.objects.filter(state__in=OPEN_STATES, team=team).order_by("pk")
    name = name_key(data.citizen_name)
    if data.citizen_postal_code and name:
        same = open_cases.filter(
            citizen__name_key=name, citizen__postal_code_id=data.citizen_postal_code
        ).first()
        if same is not None:
            return same
    phone = phone_key(data.citizen_phone)
    if len(phone) == 8:
        return open_cases.filter(citizen__phone_key=phone).first()
    return None


@transaction.atomic
def receive_referral(
    data: ReferralData, *, acting_user: User | None = None, token: UUID | None = None
) -> Referral:
    """Store a referral and route it. A likely duplicate waits for a link worker to confirm;
    otherwise a new case opens in the right team's queue. The same form ``token`` sent again
    returns the first referral instead of making a second one."""
    postal = PostalCode.objects.filter(code=data.citizen_postal_code).first()
    routed = route(postal.code if postal else "")
    team = routed.team
    # One intake at a time per team, so two referrals of one citizen sent at the same moment
    # make one case and a suspected duplicate, never two cases.
    serialise(f"referral-intake:{team.pk}")
    if token is not None:
        earlier = Referral.objects.filter(intake_token=token).first()
        if earlier is not None:
            return earlier
    referral = Referral.objects.create(
        intake_token=token,
        citizen_name=data.citizen_name.strip(),
        citizen_phone=data.citizen_phone,
        citizen_email=data.citizen_email,
        citizen_street=data.citizen_street,
        citizen_postal_code=postal,
        citizen_birth_year=data.citizen_birth_year,
        reasons=list(data.reasons),
        needs_text=data.needs_text,
        interests_text=data.interests_text,
        urgency=data.urgency,
        consent_contact=data.consent_contact,
        feedback=data.feedback,
        referrer_kind=data.referrer_kind,
        referrer_user=acting_user if acting_user and acting_user.is_authenticated else None,
        referrer_name=data.referrer_name,
        referrer_organisation=data.referrer_organisation,
        referrer_phone=data.referrer_phone,
        referrer_email=data.referrer_email,
    )
    duplicate = find_open_case(data, team)
    if duplicate is not None:
        referral.suspected_case = duplicate
        referral.save(update_fields=["suspected_case"])
    else:
        _open_case(referral, acting_user, routed=routed)
    record_event(
        events.REFERRAL_RECEIVED,
        user=acting_user,
        obj=referral,
        object_repr=f"Henvisning {referral.receipt}",
        data={
            "receipt": referral.receipt,
            "referrer_kind": referral.referrer_kind,
            "team": team.pk,
            "suspected_duplicate_of": duplicate.pk if duplicate else None,
            "unstaffed_team": routed.unstaffed.pk if routed.unstaffed else None,
        },
    )
    if routed.needs_warning:
        _warn_administrators(routed)
    return referral


def _warn_administrators(routed: Routing) -> None:
    """Tell the administrators that a local team has nobody to watch its queue (no personal
    data; once a day per team, however many referrals arrive)."""
    empty = routed.unstaffed or routed.team
    administrators = User.objects.filter(
        is_active=True, role_assignments__role=Role.ADMINISTRATOR
    ).distinct()
    send_email(
        [a.email for a in administrators],
        "referrals/team_unstaffed",
        {"empty": empty, "routed": routed},
        key=f"team-unstaffed:{empty.pk}:{timezone.localdate():%Y%m%d}",
    )


def _open_case(
    referral: Referral, acting_user: User | None, *, routed: Routing | None = None
) -> Case:
    """A new case for the referral's citizen in the routed team's queue. ``routed`` is the
    routing the caller already made (and whose intake lock it holds); without it the
    referral is routed here."""
    if routed is None:
        routed = route(referral.citizen_postal_code_id or "")
    team, area = routed.team, routed.area
    citizen = Citizen.objects.create(
        full_name=referral.citizen_name,
        phone=referral.citizen_phone,
        email=referral.citizen_email,
        street=referral.citizen_street,
        postal_code=referral.citizen_postal_code,
        birth_year=referral.citizen_birth_year,
    )
    by = acting_user if acting_user and acting_user.is_authenticated else None
    Consent.objects.create(
        citizen=citizen,
        kind=ConsentKind.CONTACT,
        given=referral.consent_contact,
        recorded_by=by,
        how=_("Oplyst af henviseren (%(receipt)s)") % {"receipt": referral.receipt},
    )
    Consent.objects.create(
        citizen=citizen,
        kind=ConsentKind.FEEDBACK,
        given=referral.feedback == FeedbackLevel.STATUS,
        recorded_by=by,
        how=_("Oplyst af henviseren (%(receipt)s)") % {"receipt": referral.receipt},
    )
    case = Case.objects.create(
        citizen=citizen, team=team, local_area=area, opened_at=referral.received_at
    )
    StateChange.objects.create(
        case=case,
        to_state=CaseState.RECEIVED,
        by=by,
        note=_("Henvisning %(receipt)s") % {"receipt": referral.receipt},
    )
    referral.case = case
    referral.save(update_fields=["case"])
    return case


def _require_case_access(case: Case, user: User) -> None:
    if not visible_cases(user).filter(pk=case.pk).exists():
        raise PermissionDenied


def _locked(case: Case, user: User) -> Case:
    """The case's row, locked until the transaction ends and read afresh, after checking
    the user may change it: two clicks at once are handled one after the other."""
    _require_case_access(case, user)
    fresh = Case.objects.select_for_update().get(pk=case.pk)
    for field in (
        "state",
        "assigned_to_id",
        "team_id",
        "taken_at",
        "closed_at",
        "outcome",
        "version",
    ):
        setattr(case, field, getattr(fresh, field))
    return case


@transaction.atomic
def resolve_duplicate(referral: Referral, *, same_citizen: bool, acting_user: User) -> Case:
    """A link worker confirms (or rejects) that a referral is about an open case's citizen."""
    suspected = referral.suspected_case
    if suspected is None or referral.case_id:
        raise ValidationError(_("Henvisningen venter ikke på en afklaring."))
    _require_case_access(suspected, acting_user)
    if same_citizen:
        referral.case = suspected
        referral.suspected_case = None
        referral.save(update_fields=["case", "suspected_case"])
        StateChange.objects.create(
            case=suspected,
            from_state=suspected.state,
            to_state=suspected.state,
            by=acting_user,
            note=_("Ny henvisning %(receipt)s lagt til forløbet") % {"receipt": referral.receipt},
        )
        case = suspected
    else:
        referral.suspected_case = None
        referral.save(update_fields=["suspected_case"])
        case = _open_case(referral, acting_user)
    record_event(
        events.REFERRAL_DUPLICATE_RESOLVED,
        user=acting_user,
        obj=case.citizen,
        data={"referral": referral.receipt, "same_citizen": same_citizen, "case": case.pk},
    )
    return case


@transaction.atomic
def take_case(case: Case, *, acting_user: User) -> None:
    if not acting_user.has_role(Role.LINK_WORKER, Role.TEAM_LEAD):
        raise PermissionDenied
    _locked(case, acting_user)
    previous = case.assigned_to_id
    case.assigned_to = acting_user
    case.taken_at = case.taken_at or timezone.now()
    case.save(update_fields=["assigned_to", "taken_at"])
    record_event(
        events.CASE_TAKEN,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "from": previous, "to": acting_user.pk},
    )


@transaction.atomic
def reassign_case(case: Case, to: User, *, reason: str, acting_user: User) -> bool:
    """A team lead (or an administrator) gives the case to a link worker, in the team or in
    another one (the case then moves to that team, open tasks with it). The reason is
    required and kept in the case's history. Returns False, and changes and logs nothing,
    when the case already is that worker's."""
    if not is_team_lead(acting_user, case):
        raise PermissionDenied
    if not (to.is_active and to.has_role(Role.LINK_WORKER) and to.unit_id is not None):
        raise ValidationError(_("Forløbet kan kun gives til en aktiv brobygger i et team."))
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(_("Skriv hvorfor forløbet gives videre."))
    _locked(case, acting_user)
    if case.assigned_to_id == to.pk and case.team_id == to.unit_id:
        return False
    previous, from_team = case.assigned_to_id, case.team_id
    case.assigned_to = to
    case.team_id = to.unit_id
    case.taken_at = case.taken_at or timezone.now()
    case.save(update_fields=["assigned_to", "team", "taken_at"])
    # Follow-ups go with the case: whoever had them may no longer see it.
    moved_tasks = Task.objects.filter(case=case, done_at__isnull=True).update(assigned_to=to)
    note = (
        _("Givet til %(name)s: %(reason)s")
        if from_team == to.unit_id
        else _("Givet til %(name)s i %(team)s: %(reason)s")
    ) % {"name": to, "team": to.unit, "reason": reason}
    change = StateChange.objects.create(
        case=case, from_state=case.state, to_state=case.state, by=acting_user, note=note[:300]
    )
    send_email(
        to.email,
        "referrals/case_handed_over",
        {"case": case, "by": acting_user},
        key=f"case-handed-over:{case.pk}:{change.pk}",
    )
    # The reason stays in the case's history (erased with the case); the log says who and where.
    record_event(
        events.CASE_REASSIGNED,
        user=acting_user,
        obj=case.citizen,
        data={
            "case": case.pk,
            "from": previous,
            "to": to.pk,
            "from_team": from_team,
            "to_team": to.unit_id,
            "tasks_moved": moved_tasks,
        },
    )
    return True


@transaction.atomic
def change_state(
    case: Case,
    target: str,
    *,
    acting_user: User,
    note: str = "",
    outcome: str = "",
    tell_referrers: bool = True,
) -> int:
    """Move the case one step; returns how many referrers were sent a mail about it."""
    # Lock and re-read: a second click (or a colleague) may have moved the case already.
    _locked(case, acting_user)
    current = case.state
    if not allowed(current, target):
        raise ValidationError(
            _("Et forløb kan ikke gå fra “%(from)s” til “%(to)s”.")
            % {"from": CaseState(current).label, "to": CaseState(target).label}
        )
    if current == CaseState.CLOSED and not is_team_lead(acting_user, case):
        raise PermissionDenied
    if target == CaseState.CLOSED and outcome not in Outcome.values:
        raise ValidationError(_("Vælg resultatet af forløbet."))
    case.state = target
    if target == CaseState.CONTACTED:
        case.last_contact_at = timezone.now()
    if target in {CaseState.CLOSED, CaseState.DECLINED, CaseState.UNREACHABLE, CaseState.WITHDRAWN}:
        case.closed_at = timezone.now()
        case.outcome = outcome if target == CaseState.CLOSED else ""
    else:
        case.closed_at = None
    case.save(update_fields=["state", "last_contact_at", "closed_at", "outcome"])
    change = StateChange.objects.create(
        case=case, from_state=current, to_state=target, by=acting_user, note=note[:300]
    )
    record_event(
        events.CASE_STATE_CHANGED,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "from": current, "to": target, "outcome": case.outcome},
    )
    return _tell_referrers_of(change, acting_user) if tell_referrers else 0


def _tell_referrers_of(change: StateChange, acting_user: User) -> int:
    """A mail without personal data to each referrer without an account who asked for a
    status, while the citizen consents to it (referrers with an account see the steps on
    "Mine henvisninger")."""
    # All referrals of a case are about its one citizen: their consent is read once.
    if not consent_in_force(change.case.citizen, ConsentKind.FEEDBACK):
        return 0
    told = 0
    waiting = change.case.referrals.filter(
        referrer_user__isnull=True, feedback=FeedbackLevel.STATUS, received_at__lte=change.at
    ).exclude(referrer_email="")
    for referral in waiting:
        if _mail_referrer(
            referral,
            referral.referrer_email,
            status=str(CaseState(change.to_state).label),
            key=f"referral-status:{referral.pk}:{change.pk}",
        ):
            told += 1
            record_event(
                events.FEEDBACK_SHARED,
                user=acting_user,
                obj=change.case.citizen,
                data={
                    "case": change.case_id,
                    "referral": referral.receipt,
                    "state": change.to_state,
                    "e_mail": True,
                },
            )
    return told


def referrer_address(referral: Referral) -> str:
    """Where a status can reach the referrer: their account's address, or the one they wrote."""
    if referral.referrer_user is not None and referral.referrer_user.email:
        return referral.referrer_user.email
    return referral.referrer_email


def _mail_referrer(referral: Referral, address: str, *, status: str, key: str) -> bool:
    """Queue the status mail: a date, a status and the receipt number, nothing about the
    citizen. True when a mail was queued."""
    queued = send_email(
        address,
        "referrals/referral_status",
        {
            "sent_on": sent_on(referral),
            "status": status,
            "receipt": referral.receipt,
            "has_account": referral.referrer_user_id is not None,
            "municipality_name": settings.MUNICIPALITY_NAME,
            "municipality_phone": settings.MUNICIPALITY_PHONE,
        },
        key=key,
    )
    return bool(queued)


def _advance_to(case: Case, target: str, acting_user: User) -> None:
    """Move forward along the usual path when an action implies it (a conversation held)."""
    order: list[str] = [
        CaseState.RECEIVED,
        CaseState.CONTACTED,
        CaseState.CONVERSATION_HELD,
        CaseState.PLAN_MADE,
        CaseState.MATCHED,
        CaseState.ATTENDING,
    ]
    if case.state not in order or order.index(case.state) >= order.index(target):
        return
    # The referrer hears of the step reached, not of each one passed on the way.
    for step in order[order.index(case.state) + 1 : order.index(target) + 1]:
        change_state(case, step, acting_user=acting_user, tell_referrers=step == target)


@transaction.atomic
def record_conversation(
    case: Case, *, notes: dict[str, str], wishes: str, held_on: date, acting_user: User
) -> Conversation:
    _require_case_access(case, acting_user)
    conversation = Conversation.objects.create(
        case=case,
        held_on=held_on,
        held_by=acting_user,
        notes={k: v.strip() for k, v in notes.items() if v.strip()},
        wishes=wishes.strip(),
    )
    case.last_contact_at = timezone.now()
    case.save(update_fields=["last_contact_at"])
    _advance_to(case, CaseState.CONVERSATION_HELD, acting_user)
    record_event(
        events.CONVERSATION_RECORDED,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "conversation": conversation.pk, "held_on": str(held_on)},
    )
    return conversation


def _edited(
    case: Case, acting_user: User, expected_version: int | None, changes: list[tuple[str, str]]
) -> None:
    """Refuse a save based on an older version; otherwise bump the version."""
    fresh = Case.objects.select_related("edited_by").get(pk=case.pk)
    check_version(
        expected_version, case.version, by=fresh.edited_by, at=fresh.edited_at, changes=changes
    )
    case.version += 1
    case.edited_at = timezone.now()
    case.edited_by = acting_user


@transaction.atomic
def save_plan(
    case: Case,
    *,
    goals: str,
    steps: list[tuple[str, str]],
    transport: str,
    acting_user: User,
    expected_version: int | None = None,
) -> None:
    _locked(case, acting_user)
    fresh = Case.objects.get(pk=case.pk)
    old_steps = list(case.steps.values_list("text", flat=True))
    changes: list[tuple[str, str]] = []
    if fresh.goals != goals.strip():
        changes.append((_("Mål"), fresh.goals))
    if old_steps != [text for text, _level in steps if text.strip()]:
        changes.append((_("Skridt"), " / ".join(old_steps)))
    _edited(case, acting_user, expected_version, changes)
    case.goals = goals.strip()
    case.transport = transport
    case.save(update_fields=["goals", "transport", "version", "edited_at", "edited_by"])
    case.steps.all().delete()
    PlanStep.objects.bulk_create(
        [PlanStep(case=case, text=text, level=level) for text, level in steps if text.strip()]
    )
    _advance_to(case, CaseState.PLAN_MADE, acting_user)
    record_event(
        events.PLAN_SAVED,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "version": case.version, "steps": len(steps)},
    )


@transaction.atomic
def choose_offer(case: Case, offer: Offer, *, reasons: list[str], acting_user: User) -> PlanChoice:
    _require_case_access(case, acting_user)
    choice, _created = PlanChoice.objects.get_or_create(
        case=case, offer=offer, defaults={"reasons": reasons[:8]}
    )
    if choice.status == ChoiceStatus.FAILED:
        choice.status = ChoiceStatus.CHOSEN
        choice.failure_reason = ""
        choice.save(update_fields=["status", "failure_reason"])
    _advance_to(case, CaseState.MATCHED, acting_user)
    record_event(
        events.OFFER_CHOSEN,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "offer": offer.pk, "choice": choice.pk},
        purpose=offer.title,
    )
    return choice


@transaction.atomic
def set_companion(
    case: Case, *, name: str, volunteer: User | None, acting_user: User, phone: str = ""
) -> None:
    """Who goes with the citizen the first time, and the number the citizen can call."""
    _require_case_access(case, acting_user)
    case.companion = volunteer
    case.companion_name = name.strip() or (str(volunteer) if volunteer else "")
    case.companion_phone = phone.strip()[:30]
    case.save(update_fields=["companion", "companion_name", "companion_phone"])
    record_event(
        events.COMPANION_SET,
        user=acting_user,
        obj=case.citizen,
        data={
            "case": case.pk,
            "volunteer": volunteer.pk if volunteer else None,
            "phone": bool(case.companion_phone),
        },
    )


@transaction.atomic
def record_attendance(choice: PlanChoice, *, acting_user: User) -> None:
    _require_case_access(choice.case, acting_user)
    choice.status = ChoiceStatus.ATTENDING
    choice.started_at = timezone.now()
    choice.save(update_fields=["status", "started_at"])
    _advance_to(choice.case, CaseState.ATTENDING, acting_user)
    record_event(
        events.ATTENDANCE_RECORDED,
        user=acting_user,
        obj=choice.case.citizen,
        data={"case": choice.case_id, "choice": choice.pk, "offer": choice.offer_id},
    )


@transaction.atomic
def record_failure(choice: PlanChoice, *, reason: str, note: str, acting_user: User) -> None:
    _require_case_access(choice.case, acting_user)
    choice.status = ChoiceStatus.FAILED
    choice.failure_reason = reason
    choice.failure_note = note[:300]
    choice.save(update_fields=["status", "failure_reason", "failure_note"])
    record_event(
        events.MATCH_FAILED,
        user=acting_user,
        obj=choice.case.citizen,
        data={"case": choice.case_id, "choice": choice.pk, "reason": reason},
    )


FOLLOW_UPS = [
    (2, gettext_noop("Ring efter første besøg")),
    (28, gettext_noop("Opfølgning efter 4 uger")),
    (91, gettext_noop("Opfølgning efter 3 måneder")),
]


@transaction.atomic
def add_task(case: Case, *, title: str, due_on: date, acting_user: User) -> Task:
    _require_case_access(case, acting_user)
    task = Task.objects.create(
        case=case,
        title=title.strip()[:200],
        due_on=due_on,
        assigned_to=case.assigned_to or acting_user,
    )
    record_event(
        events.TASK_ADDED,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "task": task.pk, "due_on": str(due_on)},
    )
    return task


@transaction.atomic
def plan_follow_ups(
    case: Case,
    *,
    first_visit: date,
    acting_user: User,
    at: time | None = None,
    place: str = "",
) -> list[Task]:
    """Record the first visit (the day, the clock time if known, the place if it is not the
    community's own address) and the usual calls: after it, after 4 weeks and 3 months."""
    _locked(case, acting_user)
    case.first_visit_on = first_visit
    # A time the clocks skip is refused (ValidationError), never silently moved.
    case.first_visit_at = aware_local(first_visit, at) if at is not None else None
    case.first_visit_place = place.strip()[:200]
    case.save(update_fields=["first_visit_on", "first_visit_at", "first_visit_place"])
    record_event(
        events.FIRST_VISIT_SET,
        user=acting_user,
        obj=case.citizen,
        data={
            "case": case.pk,
            "on": str(first_visit),
            "at": case.first_visit_at.isoformat() if case.first_visit_at else None,
            "place": bool(case.first_visit_place),
        },
    )
    return [
        add_task(
            case, title=_(title), due_on=first_visit + timedelta(days=days), acting_user=acting_user
        )
        for days, title in FOLLOW_UPS
    ]


@transaction.atomic
def complete_task(task: Task, *, acting_user: User) -> None:
    _require_case_access(task.case, acting_user)
    task.done_at = timezone.now()
    task.save(update_fields=["done_at"])
    case = task.case
    case.last_contact_at = timezone.now()
    case.save(update_fields=["last_contact_at"])
    record_event(
        events.TASK_COMPLETED,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "task": task.pk},
    )


@transaction.atomic
def record_consent(
    citizen: Citizen, *, kind: str, given: bool, how: str, acting_user: User
) -> Consent:
    """Record a consent or its withdrawal; a withdrawal takes effect at once."""
    consent = Consent.objects.create(
        citizen=citizen, kind=kind, given=given, recorded_by=acting_user, how=how[:200]
    )
    if kind == ConsentKind.CONTACT and not given:
        for case in citizen.cases.filter(state__in=OPEN_STATES):
            change_state(
                case,
                CaseState.WITHDRAWN,
                acting_user=acting_user,
                note=_("Borgeren trak sit samtykke til kontakt tilbage"),
            )
    record_event(
        events.CONSENT_RECORDED,
        user=acting_user,
        obj=citizen,
        data={"kind": kind, "given": given, "consent": consent.pk},
    )
    return consent


@dataclass(frozen=True)
class Shared:
    """A status shared with a referrer, and whether a message actually left for them."""

    share: FeedbackShare
    told: bool


# The only sentences a referrer can ever be sent: a status, never what was said.
FEEDBACK_MESSAGES = {
    "contacted": gettext_noop("Borgeren er kontaktet af en brobygger."),
    "started": gettext_noop("Borgeren er startet i et fællesskab."),
    "in_progress": gettext_noop("Brobyggeren og borgeren er i gang med at finde et fællesskab."),
    "closed": gettext_noop("Forløbet er afsluttet."),
}


@transaction.atomic
def share_feedback(referral: Referral, *, message: str, acting_user: User) -> Shared:
    """Send the referrer a short status, only when the citizen consented to it. A referrer
    with an account sees it on "Mine henvisninger"; everyone with an address gets a mail
    without personal data. ``told`` is False when there was nobody to send it to."""
    case = referral.case
    if case is None:
        raise ValidationError(_("Henvisningen hører ikke til et forløb endnu."))
    _require_case_access(case, acting_user)
    if message not in FEEDBACK_MESSAGES:
        raise ValidationError(_("Vælg en af de faste beskeder."))
    if not may_know_status(referral):
        raise PermissionDenied(_("Borgeren har ikke givet samtykke til tilbagemelding."))
    share = FeedbackShare.objects.create(
        referral=referral, message=_(FEEDBACK_MESSAGES[message]), shared_by=acting_user
    )
    told = _mail_referrer(
        referral, referrer_address(referral), status=share.message, key=f"referral-share:{share.pk}"
    )
    record_event(
        events.FEEDBACK_SHARED,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "referral": referral.receipt, "message": message, "e_mail": told},
    )
    return Shared(share=share, told=told)


def overdue_for_escalation(days: int, today: date | None = None) -> list[Case]:
    """Cases nobody has taken within ``days`` working days."""
    from brobygger.lib.workdays import working_days_between

    today = today or timezone.localdate()
    waiting = Case.objects.filter(
        assigned_to__isnull=True, escalated_at__isnull=True, state=CaseState.RECEIVED
    )
    return [
        c
        for c in waiting
        if working_days_between(timezone.localtime(c.opened_at).date(), today) >= days
    ]


@transaction.atomic
def save_needs(
    case: Case,
    *,
    needs: list[str],
    support: list[str],
    available: list[dict[str, str]],
    max_distance_km: int | None,
    max_cost_kr: int | None,
    acting_user: User,
    expected_version: int | None = None,
) -> None:
    _locked(case, acting_user)
    fresh = Case.objects.get(pk=case.pk)
    changes = [
        (label, ", ".join(map(str, old)) if isinstance(old, list) else str(old or ""))
        for label, old, new in (
            (_("Behov"), fresh.needs, needs),
            (_("Støtte"), fresh.wishes_support, support),
            (_("Højst antal km"), fresh.max_distance_km, max_distance_km),
            (_("Højst pris i kr."), fresh.max_cost_kr, max_cost_kr),
        )
        if old != new
    ]
    _edited(case, acting_user, expected_version, changes)
    case.needs, case.wishes_support, case.available = needs, support, available
    case.max_distance_km, case.max_cost_kr = max_distance_km, max_cost_kr
    case.save(
        update_fields=[
            "needs",
            "wishes_support",
            "available",
            "max_distance_km",
            "max_cost_kr",
            "version",
            "edited_at",
            "edited_by",
        ]
    )
    record_event(
        events.NEEDS_SAVED,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "version": case.version, "needs": needs},
    )


def send_task_reminders(today: date | None = None) -> int:
    """Tell each link worker how many follow-ups are due (a count, never a citizen's name).
    Each person's tasks are marked as reminded in the transaction that queues the mail, so
    a rerun reminds nobody twice. Returns the number of tasks reminded of."""
    today = today or timezone.localdate()
    due = Task.objects.filter(done_at__isnull=True, reminded_at__isnull=True, due_on__lte=today)
    reminded = 0
    for person_id in sorted(set(due.values_list("assigned_to_id", flat=True))):
        with transaction.atomic():
            tasks = list(due.filter(assigned_to_id=person_id).select_for_update())
            if not tasks:
                continue
            person = tasks[0].assigned_to
            send_email(
                person.email,
                "referrals/tasks_due",
                {"count": len(tasks)},
                key=f"tasks-due:{person_id}:{today:%Y%m%d}",
            )
            record_event(
                events.TASKS_REMINDED,
                user=None,
                object_type="accounts.user",
                object_id=str(person_id),
                object_repr=str(person),
                data={"tasks": [t.pk for t in tasks]},
            )
            reminded += Task.objects.filter(pk__in=[t.pk for t in tasks]).update(
                reminded_at=timezone.now()
            )
    return reminded


def escalate_overdue_cases(days: int, today: date | None = None) -> int:
    """Tell the team leads about cases nobody took within ``days`` working days; each case
    once. Returns how many were escalated."""
    escalated = 0
    for case in overdue_for_escalation(days, today):
        if escalate_case(case, days=days):
            escalated += 1
    return escalated


@transaction.atomic
def escalate_case(case: Case, *, days: int) -> bool:
    """Mark one waiting case as escalated and mail its team leads (no name in the mail)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.escalated_at is not None or case.assigned_to_id is not None:
        return False
    case.escalated_at = timezone.now()
    case.save(update_fields=["escalated_at"])
    leads = User.objects.filter(
        is_active=True, unit_id=case.team_id, role_assignments__role=Role.TEAM_LEAD
    ).distinct()
    send_email(
        [u.email for u in leads],
        "referrals/case_escalated",
        {"case": case, "days": days},
        key=f"case-escalated:{case.pk}",
    )
    record_event(
        events.CASE_ESCALATED,
        user=None,
        obj=case.citizen,
        data={"case": case.pk, "team": case.team_id, "working_days": days},
    )
    return True
