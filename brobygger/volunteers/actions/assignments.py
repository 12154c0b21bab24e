"""Giving volunteers tasks: a series at an activity, one-off tasks, tasks for a citizen, and
open slots ("ledige vagter") they take themselves. Every path goes through the same rules
(``planning.problems_with``), so a double booking is impossible."""

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.accounts.models import User
from brobygger.audit.log import record_event
from brobygger.directory.models import Location, Offer
from brobygger.lib.text import first_name
from brobygger.notifications.send import send_email, send_sms
from brobygger.referrals.actions import consent_in_force
from brobygger.referrals.models import Case, ConsentKind

from .. import events, rules
from ..models import Assignment, NeedToKnowNote, OpenSlot, RoleDescription, SiteHost, Volunteer
from ..planning import Times, problems_with
from ..stages import TaskKind
from ._common import require_coordinator

if TYPE_CHECKING:
    from ..forms import RoleDescriptionForm


@transaction.atomic
def assign(
    volunteer: Volunteer,
    role: RoleDescription,
    *,
    starts: datetime,
    ends: datetime,
    acting_user: User,
    offer: Offer | None = None,
    case: Case | None = None,
) -> Assignment:
    """Give one task; refused when a rule is broken or the volunteer is already busy then."""
    return assign_series(
        volunteer, role, [(starts, ends)], offer=offer, case=case, acting_user=acting_user
    )[0]


@transaction.atomic
def assign_series(
    volunteer: Volunteer,
    role: RoleDescription,
    times: Times,
    *,
    acting_user: User,
    offer: Offer | None = None,
    case: "Case | None" = None,
) -> list[Assignment]:
    """All of the times or none of them: a half-booked series helps nobody. With a case,
    the volunteer goes to the citizen (companion, visiting friend, driver)."""
    if case is None:
        require_coordinator(acting_user)
    # Lock the volunteer's row so two coordinators cannot book the same hour at once.
    Volunteer.objects.select_for_update().filter(pk=volunteer.pk).first()
    problems = problems_with(volunteer, role, times)
    if problems:
        raise ValidationError(problems)
    made = [
        Assignment.objects.create(
            volunteer=volunteer,
            role=role,
            offer=offer,
            case=case,
            starts_at=starts,
            ends_at=ends,
            confirmed_by=acting_user,
        )
        for starts, ends in times
    ]
    if case is not None and role.kind == TaskKind.COMPANION:
        case.companion = volunteer.user
        case.companion_name = volunteer.full_name
        case.save(update_fields=["companion", "companion_name"])
    if acting_user.pk != volunteer.user_id:
        _tell_volunteer_of(volunteer, role, made, given_by=acting_user, offer=offer, case=case)
    record_event(
        events.ASSIGNED,
        user=acting_user,
        obj=volunteer,
        data={
            "role": role.pk,
            "assignments": [a.pk for a in made],
            "offer": offer.pk if offer else None,
            "case": case.pk if case else None,
        },
    )
    return made


def _tell_volunteer_of(
    volunteer: Volunteer,
    role: RoleDescription,
    made: list[Assignment],
    *,
    given_by: User,
    offer: Offer | None,
    case: Case | None,
) -> None:
    """The volunteer hears of a new task by e-mail: what, when and who gave it. Nothing about
    a citizen: that is on "Min side", behind the log-in, within the citizen's consent."""
    send_email(
        volunteer.email,
        "volunteers/task_given",
        {
            "first_name": first_name(volunteer.full_name),
            "given_by": given_by.full_name,
            "role": role.title,
            "starts": made[0].starts_at,
            "count": len(made),
            "offer": offer,
            "with_citizen": case is not None,
        },
    )


@transaction.atomic
def cancel(assignment: Assignment, *, acting_user: User, reason: str = "") -> None:
    """The volunteer (or the coordinator) cancels, with an optional reason; the coordinator
    hears at once, reason included."""
    volunteer = assignment.volunteer
    if acting_user.pk not in {
        volunteer.user_id,
        assignment.confirmed_by_id,
    } and not rules.is_coordinator(acting_user):
        raise PermissionDenied
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.cancelled_at is not None:
        return
    assignment.cancelled_at = timezone.now()
    assignment.cancel_reason = " ".join(reason.split())[:300]
    assignment.save(update_fields=["cancelled_at", "cancel_reason"])
    coordinator = volunteer.coordinator or assignment.confirmed_by
    if coordinator and acting_user.pk == volunteer.user_id:
        send_email(
            coordinator.email,
            "volunteers/assignment_cancelled",
            {"volunteer": volunteer, "assignment": assignment},
            # The reason may be about the volunteer's health: not kept in the outbox after sending.
            sensitive=bool(assignment.cancel_reason),
        )
    record_event(
        events.ASSIGNMENT_CANCELLED,
        user=acting_user,
        obj=volunteer,
        # Whether a reason was given, not the reason: it may be about the volunteer's health.
        data={
            "assignment": assignment.pk,
            "by_volunteer": acting_user.pk == volunteer.user_id,
            "reason_given": bool(assignment.cancel_reason),
        },
    )


@transaction.atomic
def write_need_to_know(case: Case, text: str, *, acting_user: User) -> NeedToKnowNote:
    """Staff note what a volunteer may know — only when the citizen has consented."""
    if not consent_in_force(case.citizen, ConsentKind.VOLUNTEER_NOTES):
        raise PermissionDenied(
            _("Borgeren har ikke givet samtykke til, at en frivillig får oplysninger.")
        )
    note = NeedToKnowNote.objects.create(case=case, text=text.strip()[:300], written_by=acting_user)
    record_event(
        events.NEED_TO_KNOW_WRITTEN,
        user=acting_user,
        obj=case.citizen,
        data={"case": case.pk, "note": note.pk},
    )
    return note


@transaction.atomic
def publish_slots(
    role: RoleDescription,
    times: Times,
    *,
    places: int,
    acting_user: User,
    offer: Offer | None = None,
) -> list[OpenSlot]:
    require_coordinator(acting_user)
    if not times:
        raise ValidationError(_("Der er ingen tidspunkter i perioden."))
    slots = [
        OpenSlot.objects.create(
            role=role,
            offer=offer,
            starts_at=starts,
            ends_at=ends,
            places=places,
            created_by=acting_user,
        )
        for starts, ends in times
    ]
    record_event(
        events.SLOTS_PUBLISHED,
        user=acting_user,
        object_type="volunteers.roledescription",
        object_id=str(role.pk),
        object_repr=str(role),
        data={"slots": [s.pk for s in slots], "places": places},
    )
    return slots


def _tell_coordinator(
    volunteer: Volunteer, template: str, context: dict[str, object], fallback: User
) -> None:
    coordinator = volunteer.coordinator or fallback
    if coordinator:
        send_email(coordinator.email, template, context)


def _book_slot(slot: OpenSlot, volunteer: Volunteer, *, confirmed_by: User) -> Assignment:
    """A place on the slot, under a lock on the slot (so the last place cannot be taken
    twice) and on the volunteer, after the same rules as every other task."""
    slot = OpenSlot.objects.select_for_update().get(pk=slot.pk)
    Volunteer.objects.select_for_update().filter(pk=volunteer.pk).first()
    if slot.cancelled_at or slot.starts_at <= timezone.now():
        raise ValidationError(_("Vagten er ikke ledig længere."))
    if slot.taken.filter(cancelled_at__isnull=True).count() >= slot.places:
        raise ValidationError(_("Vagten er desværre taget af en anden."))
    problems = problems_with(volunteer, slot.role, [(slot.starts_at, slot.ends_at)])
    if problems:
        raise ValidationError(problems)
    return Assignment.objects.create(
        volunteer=volunteer,
        role=slot.role,
        offer=slot.offer,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        confirmed_by=confirmed_by,
        slot=slot,
    )


@transaction.atomic
def give_slot(slot: OpenSlot, volunteer: Volunteer, *, acting_user: User) -> Assignment:
    """The coordinator puts a volunteer on an open slot; the volunteer hears by e-mail."""
    require_coordinator(acting_user)
    assignment = _book_slot(slot, volunteer, confirmed_by=acting_user)
    _tell_volunteer_of(
        volunteer, slot.role, [assignment], given_by=acting_user, offer=slot.offer, case=None
    )
    record_event(
        events.SLOT_TAKEN,
        user=acting_user,
        obj=volunteer,
        data={"slot": slot.pk, "assignment": assignment.pk, "by_coordinator": True},
    )
    return assignment


@transaction.atomic
def take_slot(slot: OpenSlot, volunteer: Volunteer, *, acting_user: User) -> Assignment:
    """The volunteer takes an open slot on their page; the coordinator hears at once."""
    if volunteer.user_id != acting_user.pk:
        raise PermissionDenied
    assignment = _book_slot(slot, volunteer, confirmed_by=slot.created_by)
    _tell_coordinator(
        volunteer, "volunteers/slot_taken", {"volunteer": volunteer, "slot": slot}, slot.created_by
    )
    # A receipt for the volunteer, so the slot is in their mailbox as well as on their page.
    send_email(
        volunteer.email,
        "volunteers/slot_confirmed",
        {"first_name": first_name(volunteer.full_name), "slot": slot},
    )
    record_event(
        events.SLOT_TAKEN,
        user=acting_user,
        obj=volunteer,
        data={"slot": slot.pk, "assignment": assignment.pk},
    )
    return assignment


@transaction.atomic
def set_host(
    volunteer: Volunteer, site: Location, *, name: str, phone: str, acting_user: User
) -> SiteHost:
    require_coordinator(acting_user)
    host, _created = SiteHost.objects.update_or_create(
        volunteer=volunteer, site=site, defaults={"name": name.strip(), "phone": phone}
    )
    record_event(
        events.HOST_SET, user=acting_user, obj=volunteer, data={"site": site.pk, "host": host.pk}
    )
    return host


@transaction.atomic
def cancel_slot(slot: OpenSlot, *, acting_user: User) -> int:
    """Call off a slot; the volunteers who had taken it are told. Returns how many."""
    require_coordinator(acting_user)
    slot = OpenSlot.objects.select_for_update().get(pk=slot.pk)
    if slot.cancelled_at is not None:
        return 0
    now = timezone.now()
    slot.cancelled_at = now
    slot.save(update_fields=["cancelled_at"])
    told = 0
    for assignment in slot.taken.filter(cancelled_at__isnull=True).select_related("volunteer"):
        assignment.cancelled_at = now
        assignment.save(update_fields=["cancelled_at"])
        record_event(
            events.ASSIGNMENT_CANCELLED,
            user=acting_user,
            obj=assignment.volunteer,
            data={"assignment": assignment.pk, "slot": slot.pk},
        )
        send_email(assignment.volunteer.email, "volunteers/slot_cancelled", {"slot": slot})
        if slot.starts_at - now < timedelta(days=2):
            # At short notice a text reaches the volunteer sooner than an e-mail.
            send_sms(assignment.volunteer.phone, "volunteers/slot_cancelled", {"slot": slot})
        told += 1
    record_event(
        events.SLOT_CANCELLED,
        user=acting_user,
        object_type="volunteers.openslot",
        object_id=str(slot.pk),
        object_repr=str(slot.role),
        data={"slot": slot.pk, "volunteers_told": told},
    )
    return told


@transaction.atomic
def save_role_description(form: "RoleDescriptionForm", *, acting_user: User) -> RoleDescription:
    """A coordinator writes or changes a role description (opgavebeskrivelse)."""
    require_coordinator(acting_user)
    created = form.instance.pk is None
    role = form.save()
    record_event(
        events.ROLE_DESCRIPTION_SAVED,
        user=acting_user,
        obj=role,
        data={"created": created, "changed": sorted(form.changed_data)},
    )
    return role
