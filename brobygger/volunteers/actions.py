"""Every change to a volunteer's record: one function each, audited."""

from datetime import date, datetime, timedelta
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from brobygger.accounts.models import User
from brobygger.audit.log import record
from brobygger.audit.models import Action
from brobygger.notifications.send import send_email
from brobygger.referrals.actions import consent_in_force
from brobygger.referrals.models import Case, ConsentKind

from . import rules
from .models import (
    Acceptance,
    Assignment,
    HourLog,
    NeedToKnowNote,
    Qualification,
    QualificationKind,
    RoleDescription,
    StageChange,
    Volunteer,
)
from .stages import MOVES, NEXT_STEP, Stage

TRIAL_WEEKS = 8


@transaction.atomic
def move_stage(
    volunteer: Volunteer, stage: str, *, acting_user: User, note: str = "", reason: str = ""
) -> None:
    current = Stage(volunteer.stage)
    if Stage(stage) not in MOVES[current]:
        raise ValidationError(
            _("En frivillig kan ikke gå fra “%(from)s” til “%(to)s”.")
            % {"from": current.label, "to": Stage(stage).label}
        )
    if stage == Stage.LEFT and not reason:
        raise ValidationError(_("Skriv hvorfor den frivillige stopper."))
    today = timezone.localdate()
    volunteer.stage = stage
    volunteer.stage_since = today
    volunteer.leaving_reason = reason if stage == Stage.LEFT else ""
    if stage == Stage.TRIAL:
        volunteer.trial_ends_on = today + timedelta(weeks=TRIAL_WEEKS)
    action, days = NEXT_STEP[Stage(stage)]
    volunteer.next_action = str(action)
    volunteer.next_action_due = today + timedelta(days=days) if days is not None else None
    volunteer.save()
    StageChange.objects.create(
        volunteer=volunteer, from_stage=current, to_stage=stage, by=acting_user, note=note[:300]
    )
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose=f"Status: {stage}")


@transaction.atomic
def set_next_action(
    volunteer: Volunteer, text: str, due: date | None, *, acting_user: User
) -> None:
    """What the coordinator will do next for this volunteer, and by when."""
    _require_coordinator(acting_user)
    volunteer.next_action = text.strip()[:200]
    volunteer.next_action_due = due
    volunteer.save(update_fields=["next_action", "next_action_due"])
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose="Næste skridt")


@transaction.atomic
def record_qualification(
    volunteer: Volunteer,
    kind: QualificationKind,
    *,
    obtained_on: date,
    expires_on: date | None = None,
    acting_user: User,
) -> Qualification:
    if expires_on is None and kind.valid_months:
        expires_on = obtained_on + timedelta(days=round(30.44 * kind.valid_months))
    qualification = Qualification.objects.create(
        volunteer=volunteer, kind=kind, obtained_on=obtained_on, expires_on=expires_on
    )
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose=f"Kvalifikation: {kind}")
    return qualification


@transaction.atomic
def accept(volunteer: Volunteer, kind: str, *, acting_user: User) -> Acceptance:
    """The volunteer accepts the agreement or the declaration in force, in the app."""
    if volunteer.user_id != acting_user.pk:
        raise PermissionDenied
    text = rules.current_text(kind)
    if text is None:
        raise ValidationError(_("Der er ingen tekst at acceptere endnu."))
    acceptance, _created = Acceptance.objects.get_or_create(volunteer=volunteer, text=text)
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose=f"Accepteret: {text}")
    return acceptance


def assign(
    volunteer: Volunteer,
    role: RoleDescription,
    *,
    starts: datetime,
    ends: datetime,
    acting_user: User,
    offer: object = None,
    case: Case | None = None,
) -> Assignment:
    """Give one task; refused when a rule is broken or the volunteer is already busy then."""
    from .planning import assign_series

    return assign_series(
        volunteer, role, [(starts, ends)], offer=offer, case=case, acting_user=acting_user
    )[0]


@transaction.atomic
def cancel(assignment: Assignment, *, acting_user: User) -> None:
    """The volunteer (or the coordinator) cancels; the coordinator hears at once."""
    volunteer = assignment.volunteer
    if acting_user.pk not in {
        volunteer.user_id,
        assignment.confirmed_by_id,
    } and not acting_user.has_role("volunteer_coordinator", "administrator"):
        raise PermissionDenied
    assignment.cancelled_at = timezone.now()
    assignment.save(update_fields=["cancelled_at"])
    coordinator = volunteer.coordinator or assignment.confirmed_by
    if coordinator and acting_user.pk == volunteer.user_id:
        send_email(
            coordinator.email,
            "volunteers/assignment_cancelled",
            {"volunteer": volunteer, "assignment": assignment},
        )
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose="Afbud")


@transaction.atomic
def log_hours(
    volunteer: Volunteer,
    *,
    on: date,
    hours: Decimal,
    note: str = "",
    assignment: Assignment | None = None,
    acting_user: User,
) -> HourLog:
    if acting_user.pk != volunteer.user_id and not acting_user.has_role(
        "volunteer_coordinator", "administrator"
    ):
        raise PermissionDenied
    if on > timezone.localdate():
        raise ValidationError(_("Timer kan ikke registreres i fremtiden."))
    entry = HourLog.objects.create(
        volunteer=volunteer, on=on, hours=hours, note=note[:200], assignment=assignment
    )
    if volunteer.last_active_on is None or on > volunteer.last_active_on:
        volunteer.last_active_on = on
        volunteer.save(update_fields=["last_active_on"])
    return entry


@transaction.atomic
def write_need_to_know(case: Case, text: str, *, acting_user: User) -> NeedToKnowNote:
    """Staff note what a volunteer may know — only when the citizen has consented."""
    if not consent_in_force(case.citizen, ConsentKind.VOLUNTEER_NOTES):
        raise PermissionDenied(
            _("Borgeren har ikke givet samtykke til, at en frivillig får oplysninger.")
        )
    note = NeedToKnowNote.objects.create(case=case, text=text.strip()[:300], written_by=acting_user)
    record(Action.CHANGE, user=acting_user, obj=case.citizen, purpose="Note til frivillig")
    return note


def notes_for(
    volunteer: Volunteer, *, request: HttpRequest | None = None
) -> dict[int, list[NeedToKnowNote]]:
    """The need-to-know notes of the volunteer's own citizens, and nothing more; each view
    is logged. Empty without a declaration, or where consent is withdrawn."""
    if not rules.may_see_citizens(volunteer):
        return {}
    now = timezone.now()
    cases = {
        a.case_id: a.case
        for a in volunteer.assignments.filter(
            cancelled_at__isnull=True, case__isnull=False, ends_at__gte=now - timedelta(days=1)
        ).select_related("case__citizen")
    }
    result = {}
    for case_id, case in cases.items():
        if not consent_in_force(case.citizen, ConsentKind.VOLUNTEER_NOTES):
            continue
        notes = list(case.need_to_know.all())
        if notes:
            result[case_id] = notes
            record(
                Action.READ,
                user=volunteer.user,
                obj=case.citizen,
                request=request,
                purpose="Frivillig læste need-to-know",
            )
    return result


@transaction.atomic
def sign_up(
    *,
    full_name: str,
    phone: str,
    email: str,
    postal_code: str,
    task_kinds: list[str],
    interests: list[str],
    days: list[str],
    commitment: str,
    skills: str,
    languages: str,
    acting_user: User | None = None,
) -> Volunteer:
    """Someone offers to help: they enter the pipeline and a coordinator is told. With
    ``acting_user`` a coordinator writes in someone they met, who becomes theirs."""
    from brobygger.accounts.roles import Role
    from brobygger.areas.models import PostalCode

    volunteer = Volunteer.objects.create(
        full_name=full_name.strip(),
        phone=phone,
        email=email,
        postal_code=PostalCode.objects.filter(code=postal_code).first(),
        task_kinds=task_kinds,
        interests=interests,
        available=[{"weekday": d} for d in days],
        commitment=commitment,
        skills=skills,
        languages=languages,
        next_action=str(NEXT_STEP[Stage.INTERESTED][0]),
        next_action_due=timezone.localdate() + timedelta(days=NEXT_STEP[Stage.INTERESTED][1]),
    )
    if acting_user is not None:
        _require_coordinator(acting_user)
        volunteer.coordinator = acting_user
        volunteer.save(update_fields=["coordinator"])
    StageChange.objects.create(
        volunteer=volunteer,
        to_stage=Stage.INTERESTED,
        by=acting_user,
        note=_("Skrevet ind af en koordinator") if acting_user else _("Tilmeldt på hjemmesiden"),
    )
    coordinators = User.objects.filter(
        is_active=True, role_assignments__role=Role.VOLUNTEER_COORDINATOR
    )
    if acting_user is None:
        # At most one notice an hour per coordinator, however many sign up: it only says
        # "look at the list", and a flood of sign-ups must not flood the coordinators.
        send_email(
            {u.email for u in coordinators},
            "volunteers/signed_up",
            key=f"volunteer-signed-up:{timezone.now():%Y%m%d%H}",
        )
    record(
        Action.CREATE,
        user=acting_user,
        obj=volunteer,
        purpose="Skrevet ind af koordinator" if acting_user else "Bliv frivillig",
    )
    return volunteer


def _require_coordinator(user: User) -> None:
    if not user.has_role("volunteer_coordinator", "administrator"):
        raise PermissionDenied


@transaction.atomic
def thank(volunteer: Volunteer, *, kind: str, note: str, on: date, acting_user: User) -> object:
    from .models import Recognition

    _require_coordinator(acting_user)
    entry = Recognition.objects.create(
        volunteer=volunteer, kind=kind, note=note.strip()[:300], on=on, by=acting_user
    )
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose="Anerkendelse")
    return entry


@transaction.atomic
def note_concern(volunteer: Volunteer, *, text: str, acting_user: User) -> object:
    from .models import ConcernNote

    _require_coordinator(acting_user)
    note = ConcernNote.objects.create(
        volunteer=volunteer, text=text.strip(), written_by=acting_user
    )
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose="Fortrolig note")
    return note


# Stored in Danish (the msgid) so a milestone is recognised whatever language marked it.
MILESTONES = {
    "ten": gettext_noop("De første 10 gange"),
    "year": gettext_noop("Et år som frivillig"),
}


def milestones_due(volunteer: Volunteer, today: date) -> list[tuple[str, str]]:
    """Milestones to celebrate that nobody has marked yet: 10 sessions, one year."""
    from .models import RecognitionKind

    marked = set(
        volunteer.recognitions.filter(kind=RecognitionKind.MILESTONE).values_list("note", flat=True)
    )
    due = []
    sessions = volunteer.assignments.filter(
        cancelled_at__isnull=True, ends_at__lt=timezone.now()
    ).count()
    if sessions >= 10:
        due.append("ten")
    first_active = volunteer.history.filter(to_stage=Stage.ACTIVE).order_by("on").first()
    if first_active and (today - first_active.on).days >= 365:
        due.append("year")
    return [(key, _(MILESTONES[key])) for key in due if MILESTONES[key] not in marked]


def mark_milestone(volunteer: Volunteer, key: str, *, acting_user: User) -> object:
    from .models import RecognitionKind

    if key not in MILESTONES:
        raise ValidationError(_("Ukendt milepæl."))
    return thank(
        volunteer,
        kind=RecognitionKind.MILESTONE,
        note=MILESTONES[key],
        on=timezone.localdate(),
        acting_user=acting_user,
    )


@transaction.atomic
def give_access(volunteer: Volunteer, *, acting_user: User, request: HttpRequest) -> User:
    """A login for "Min side": the volunteer chooses a password from a link in an e-mail."""
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str
    from django.urls import reverse

    from brobygger.accounts.models import RoleAssignment
    from brobygger.accounts.roles import Role

    _require_coordinator(acting_user)
    if volunteer.user_id:
        raise ValidationError(_("%(name)s har allerede adgang.") % {"name": volunteer})
    if not volunteer.email:
        raise ValidationError(_("Skriv den frivilliges e-mail først."))
    if User.objects.filter(email__iexact=volunteer.email).exists():
        raise ValidationError(
            _("Der er allerede en bruger med e-mailen %(email)s. Bed en administrator om hjælp.")
            % {"email": volunteer.email}
        )
    user = User.objects.create_user(
        volunteer.email, None, full_name=volunteer.full_name, phone=volunteer.phone
    )
    RoleAssignment.objects.create(user=user, role=Role.VOLUNTEER)
    volunteer.user = user
    volunteer.save(update_fields=["user"])
    link = request.build_absolute_uri(
        reverse(
            "account_reset_password_from_key",
            kwargs={
                "uidb36": user_pk_to_url_str(user),
                "key": default_token_generator.make_token(user),
            },
        )
    )
    send_email(
        volunteer.email,
        "volunteers/welcome",
        {"volunteer": volunteer, "link": link},
        sensitive=True,  # the link sets a password: not kept in the outbox after sending
    )
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose="Adgang til Min side")
    return user
