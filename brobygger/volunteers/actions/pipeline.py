"""The volunteer's way in and through: sign-up, stages, documents, qualifications, hours,
recognition and the login for "Min side"."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.accounts.models import User
from brobygger.audit.log import record_event
from brobygger.lib.concurrency import check_version
from brobygger.notifications.send import send_email

from .. import events, rules
from ..milestones import MILESTONES
from ..models import (
    Acceptance,
    Assignment,
    ConcernNote,
    HourLog,
    Qualification,
    QualificationKind,
    Recognition,
    RecognitionKind,
    StageChange,
    Volunteer,
)
from ..stages import MOVES, NEXT_STEP, Stage
from ._common import require_coordinator

TRIAL_WEEKS = 8


def _next_step(stage: Stage, today: date) -> tuple[str, date | None]:
    """What the coordinator does next after a move to ``stage``, and when it is due."""
    action, days = NEXT_STEP[stage]
    return str(action), (today + timedelta(days=days) if days is not None else None)


@transaction.atomic
def move_stage(
    volunteer: Volunteer, stage: str, *, acting_user: User, note: str = "", reason: str = ""
) -> Volunteer:
    require_coordinator(acting_user)
    # Lock and re-read: two clicks (or two coordinators) move the volunteer once.
    Volunteer.objects.select_for_update().filter(pk=volunteer.pk).first()
    volunteer.refresh_from_db(fields=["stage"])
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
    volunteer.next_action, volunteer.next_action_due = _next_step(Stage(stage), today)
    volunteer.save()
    StageChange.objects.create(
        volunteer=volunteer, from_stage=current, to_stage=stage, by=acting_user, note=note[:300]
    )
    record_event(
        events.STAGE_CHANGED,
        user=acting_user,
        obj=volunteer,
        data={"from": current.value, "to": stage, "reason": volunteer.leaving_reason},
    )
    return volunteer


@transaction.atomic
def set_next_action(
    volunteer: Volunteer, text: str, due: date | None, *, acting_user: User
) -> None:
    """What the coordinator will do next for this volunteer, and by when."""
    require_coordinator(acting_user)
    volunteer.next_action = text.strip()[:200]
    volunteer.next_action_due = due
    volunteer.save(update_fields=["next_action", "next_action_due"])
    record_event(
        events.NEXT_ACTION_SET,
        user=acting_user,
        obj=volunteer,
        data={"text": volunteer.next_action, "due": str(due) if due else None},
    )


@transaction.atomic
def record_qualification(
    volunteer: Volunteer,
    kind: QualificationKind,
    *,
    obtained_on: date,
    expires_on: date | None = None,
    acting_user: User,
) -> Qualification:
    require_coordinator(acting_user)
    if expires_on is None and kind.valid_months:
        expires_on = obtained_on + timedelta(days=round(30.44 * kind.valid_months))
    qualification = Qualification.objects.create(
        volunteer=volunteer, kind=kind, obtained_on=obtained_on, expires_on=expires_on
    )
    record_event(
        events.QUALIFICATION_RECORDED,
        user=acting_user,
        obj=volunteer,
        data={
            "qualification": qualification.pk,
            "kind": kind.pk,
            "obtained_on": str(obtained_on),
            "expires_on": str(expires_on) if expires_on else None,
        },
    )
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
    record_event(
        events.DOCUMENT_ACCEPTED,
        user=acting_user,
        obj=volunteer,
        data={"text": text.pk, "kind": kind, "version": str(text)},
    )
    return acceptance


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
    record_event(
        events.HOURS_LOGGED,
        user=acting_user,
        obj=volunteer,
        data={"entry": entry.pk, "on": str(on), "hours": str(hours)},
    )
    return entry


def _hours_entry_to_change(entry: HourLog, acting_user: User) -> HourLog:
    """The entry locked for a change by its volunteer (within the week) or a coordinator."""
    if acting_user.pk != entry.volunteer.user_id and not rules.is_coordinator(acting_user):
        raise PermissionDenied
    locked = HourLog.objects.select_for_update().select_related("volunteer").get(pk=entry.pk)
    if not rules.may_change_hours(acting_user, locked):
        raise ValidationError(
            _(
                "Timer kan kun rettes eller slettes i %(days)s dage, efter de er skrevet. "
                "Kontakt din koordinator, hvis de skal rettes."
            )
            % {"days": rules.CORRECT_HOURS_DAYS}
        )
    return locked


def _recount_last_active(volunteer: Volunteer) -> None:
    """The newest day with hours, after an entry was moved or removed."""
    newest = volunteer.hours.order_by("-on").values_list("on", flat=True).first()
    if newest != volunteer.last_active_on:
        volunteer.last_active_on = newest
        volunteer.save(update_fields=["last_active_on"])


@transaction.atomic
def correct_hours(
    entry: HourLog, *, on: date, hours: Decimal, note: str = "", acting_user: User
) -> HourLog:
    """Correct an entry: the volunteer within a week of writing it, a coordinator always."""
    entry = _hours_entry_to_change(entry, acting_user)
    if on > timezone.localdate():
        raise ValidationError(_("Timer kan ikke registreres i fremtiden."))
    old = {"on": str(entry.on), "hours": str(entry.hours)}
    entry.on, entry.hours, entry.note = on, hours, note[:200]
    entry.save(update_fields=["on", "hours", "note"])
    _recount_last_active(entry.volunteer)
    record_event(
        events.HOURS_CORRECTED,
        user=acting_user,
        obj=entry.volunteer,
        data={
            "entry": entry.pk,
            "old": old,
            "new": {"on": str(on), "hours": str(hours)},
            "by_volunteer": acting_user.pk == entry.volunteer.user_id,
        },
    )
    return entry


@transaction.atomic
def delete_hours(entry: HourLog, *, acting_user: User) -> None:
    """Delete an entry: the volunteer within a week of writing it, a coordinator always."""
    entry = _hours_entry_to_change(entry, acting_user)
    volunteer = entry.volunteer
    data = {
        "entry": entry.pk,
        "on": str(entry.on),
        "hours": str(entry.hours),
        "by_volunteer": acting_user.pk == volunteer.user_id,
    }
    entry.delete()
    _recount_last_active(volunteer)
    record_event(events.HOURS_DELETED, user=acting_user, obj=volunteer, data=data)


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

    next_action, next_action_due = _next_step(Stage.INTERESTED, timezone.localdate())
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
        next_action=next_action,
        next_action_due=next_action_due,
    )
    if acting_user is not None:
        require_coordinator(acting_user)
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
    record_event(
        events.SIGNED_UP,
        user=acting_user,
        obj=volunteer,
        data={"by_coordinator": acting_user is not None, "task_kinds": task_kinds},
    )
    return volunteer


@transaction.atomic
def thank(volunteer: Volunteer, *, kind: str, note: str, on: date, acting_user: User) -> object:
    require_coordinator(acting_user)
    entry = Recognition.objects.create(
        volunteer=volunteer, kind=kind, note=note.strip()[:300], on=on, by=acting_user
    )
    record_event(
        events.RECOGNISED,
        user=acting_user,
        obj=volunteer,
        data={"recognition": entry.pk, "kind": kind, "on": str(on)},
    )
    return entry


@transaction.atomic
def note_concern(volunteer: Volunteer, *, text: str, acting_user: User) -> object:
    require_coordinator(acting_user)
    note = ConcernNote.objects.create(
        volunteer=volunteer, text=text.strip(), written_by=acting_user
    )
    record_event(events.CONCERN_NOTED, user=acting_user, obj=volunteer, data={"note": note.pk})
    return note


@transaction.atomic
def mark_milestone(volunteer: Volunteer, key: str, *, acting_user: User) -> object:
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

    require_coordinator(acting_user)
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
    record_event(events.ACCESS_GIVEN, user=acting_user, obj=volunteer, data={"user": user.pk})
    return user


@transaction.atomic
def save_status(
    volunteer: Volunteer,
    *,
    stage: str,
    next_action: str,
    next_action_due: date | None,
    own_next_action: bool,
    acting_user: User,
    note: str = "",
    reason: str = "",
    expected_version: int | None = None,
) -> bool:
    """The coordinator's status form: a new stage and/or their own next step, refused when
    someone saved the volunteer after the form was read. Returns whether the stage moved."""
    require_coordinator(acting_user)
    current = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
    # What the coordinator sees when refused: the volunteer as saved now.
    changes = [
        (_("Status"), str(Stage(current.stage).label)),
        (_("Næste skridt"), current.next_action),
    ]
    check_version(expected_version, current.version, changes=changes)
    moved = stage != current.stage
    if moved:
        move_stage(volunteer, stage, acting_user=acting_user, note=note, reason=reason)
    if not moved or own_next_action:
        set_next_action(volunteer, next_action, next_action_due, acting_user=acting_user)
    Volunteer.objects.filter(pk=volunteer.pk).update(version=current.version + 1)
    volunteer.version = current.version + 1
    return moved


@transaction.atomic
def edit_contact(
    volunteer: Volunteer,
    *,
    full_name: str,
    phone: str,
    email: str,
    postal_code: str,
    acting_user: User,
    expected_version: int | None = None,
) -> list[str]:
    """The coordinator corrects the volunteer's name, phone, e-mail and postal code; refused
    when someone saved the volunteer after the form was read. Returns the fields changed."""
    from brobygger.areas.models import PostalCode

    require_coordinator(acting_user)
    if not full_name.strip():
        raise ValidationError(_("Skriv den frivilliges navn."))
    current = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
    check_version(
        expected_version,
        current.version,
        changes=[
            (_("Navn"), current.full_name),
            (_("Telefon"), current.phone),
            (_("E-mail"), current.email),
            (_("Postnummer"), current.postal_code_id or ""),
        ],
    )
    new = {
        "full_name": full_name.strip()[:150],
        "phone": phone.strip()[:30],
        "email": email.strip(),
        "postal_code": PostalCode.objects.filter(code=postal_code).first() if postal_code else None,
    }
    changed = [name for name, value in new.items() if getattr(current, name) != value]
    for name in changed:
        setattr(current, name, new[name])
    current.version += 1
    current.save(update_fields=[*changed, "version"])
    for name in [*changed, "version"]:
        setattr(volunteer, name, getattr(current, name))
    # The audit row names the fields, not the values: it is kept after the volunteer is
    # anonymised, and a phone number or an address must not outlive the record.
    record_event(events.CONTACT_EDITED, user=acting_user, obj=volunteer, data={"fields": changed})
    return changed
