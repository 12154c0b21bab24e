"""Giving volunteers tasks: a series at a recurring activity, one-off tasks, and open slots
("ledige vagter") that volunteers take themselves. Every path goes through the same rules
(``problems_with``: ``rules.missing_for`` and the volunteer's bookings), so a double
booking is impossible."""

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.accounts.models import User
from brobygger.audit.log import record
from brobygger.audit.models import Action
from brobygger.directory.models import Location, Offer
from brobygger.directory.schedules import next_occurrences
from brobygger.lib.timezones import weekly_spans
from brobygger.notifications.send import send_email, send_sms

from . import rules
from .models import Assignment, OpenSlot, RoleDescription, SiteHost, Volunteer
from .stages import Stage, TaskKind

if TYPE_CHECKING:
    from brobygger.referrals.models import Case

    from .proposals import Candidate

Times = list[tuple[datetime, datetime]]
MAX_OCCURRENCES = 60


def activity_times(offer: Offer, *, weeks: int, after: datetime | None = None) -> Times:
    """The activity's meetings in the coming weeks, pauses left out."""
    after = after or timezone.now()
    until = after + timedelta(weeks=weeks)
    found = next_occurrences(
        offer.schedules.all(), offer.pauses.all(), after, limit=MAX_OCCURRENCES
    )
    return [(o.starts, o.ends) for o in found if o.starts < until]


def weekly_times(day: date, opens: time, closes: time, *, weeks: int = 1) -> Times:
    """A one-off task (weeks=1), or the same time every week for some weeks. A time the
    clocks skip in spring is refused (ValidationError); the forms check it first."""
    return weekly_spans(day, opens, closes, weeks=weeks)


def problems_with(volunteer: Volunteer, role: RoleDescription, times: Times) -> list[str]:
    """Everything that stops this volunteer taking all these times (empty: they can)."""
    if not times:
        return [_("Der er ingen tidspunkter i perioden.")]
    times = sorted(times)
    texts = rules.current_texts()
    required = list(role.required_qualifications.all())
    problems: list[str] = []
    # A qualification valid on the first and the last day is valid on every day between.
    for day in {timezone.localtime(times[0][0]).date(), timezone.localtime(times[-1][1]).date()}:
        for problem in rules.missing_for(volunteer, role, day, texts=texts, required=required):
            if problem not in problems:
                problems.append(problem)
    # One query for the whole series, then the overlaps in memory.
    booked = list(
        volunteer.assignments.filter(
            cancelled_at__isnull=True, starts_at__lt=times[-1][1], ends_at__gt=times[0][0]
        ).values_list("starts_at", "ends_at")
    )
    for starts, ends in times:
        if any(s < ends and starts < e for s, e in booked):
            local = timezone.localtime(starts)
            problems.append(
                _("%(name)s har allerede en opgave %(when)s.")
                % {"name": volunteer, "when": local.strftime("%d.%m.%Y kl. %H.%M")}
            )
    return problems


def chosen(candidates: list["Candidate"], posted: str | None) -> Volunteer | None:
    """The volunteer a form posted back, if it is one of those proposed (else None)."""
    return next((c.volunteer for c in candidates if str(c.volunteer.pk) == posted), None)


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
    record(
        Action.CHANGE,
        user=acting_user,
        obj=volunteer,
        purpose=f"Opgave: {role} ({len(made)} gange)",
    )
    return made


@transaction.atomic
def publish_slots(
    role: RoleDescription,
    times: Times,
    *,
    places: int,
    acting_user: User,
    offer: Offer | None = None,
) -> list[OpenSlot]:
    if not times:
        raise ValidationError(_("Der er ingen tidspunkter i perioden."))
    return [
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


def slots_ahead(now: datetime) -> QuerySet[OpenSlot]:
    """Slots not called off that have not ended, each with its ``free`` places."""
    return (
        OpenSlot.objects.filter(cancelled_at__isnull=True, ends_at__gt=now)
        .annotate(free=F("places") - Count("taken", filter=Q(taken__cancelled_at__isnull=True)))
        .select_related("role", "offer", "offer__location", "role__site")
    )


def open_slots() -> QuerySet[OpenSlot]:
    """Future slots with places left."""
    now = timezone.now()
    return slots_ahead(now).filter(starts_at__gt=now, free__gt=0)


def slots_for(volunteer: Volunteer, *, limit: int = 10) -> list[OpenSlot]:
    """The open slots this volunteer may take now: allowed to do the task, free then."""
    if volunteer.stage not in {Stage.TRIAL, Stage.ACTIVE}:
        return []
    texts = rules.current_texts()
    # Prefetched once: the rules are asked for every slot.
    volunteer = Volunteer.objects.prefetch_related("acceptances", "qualifications__kind").get(
        pk=volunteer.pk
    )
    mine = list(
        volunteer.assignments.filter(
            cancelled_at__isnull=True, ends_at__gt=timezone.now()
        ).values_list("starts_at", "ends_at", "slot_id")
    )
    taken = {slot_id for _s, _e, slot_id in mine if slot_id}
    found = []
    for slot in open_slots().prefetch_related("role__required_qualifications")[:200]:
        if slot.pk in taken or any(s < slot.ends_at and slot.starts_at < e for s, e, _x in mine):
            continue
        day = timezone.localtime(slot.starts_at).date()
        if rules.missing_for(
            volunteer,
            slot.role,
            day,
            texts=texts,
            required=list(slot.role.required_qualifications.all()),
        ):
            continue
        found.append(slot)
        if len(found) >= limit:
            break
    return found


def _tell_coordinator(
    volunteer: Volunteer, template: str, context: dict[str, object], fallback: User
) -> None:
    coordinator = volunteer.coordinator or fallback
    if coordinator:
        send_email(coordinator.email, template, context)


@transaction.atomic
def take_slot(slot: OpenSlot, volunteer: Volunteer, *, acting_user: User) -> Assignment:
    """The volunteer takes an open slot on their page; the coordinator hears at once."""
    if volunteer.user_id != acting_user.pk:
        raise PermissionDenied
    # Lock the slot so the last place cannot be taken twice.
    slot = OpenSlot.objects.select_for_update().get(pk=slot.pk)
    Volunteer.objects.select_for_update().filter(pk=volunteer.pk).first()
    if slot.cancelled_at or slot.starts_at <= timezone.now():
        raise ValidationError(_("Vagten er ikke ledig længere."))
    if slot.taken.filter(cancelled_at__isnull=True).count() >= slot.places:
        raise ValidationError(_("Vagten er desværre taget af en anden."))
    problems = problems_with(volunteer, slot.role, [(slot.starts_at, slot.ends_at)])
    if problems:
        raise ValidationError(problems)
    assignment = Assignment.objects.create(
        volunteer=volunteer,
        role=slot.role,
        offer=slot.offer,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        confirmed_by=slot.created_by,
        slot=slot,
    )
    _tell_coordinator(
        volunteer, "volunteers/slot_taken", {"volunteer": volunteer, "slot": slot}, slot.created_by
    )
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose=f"Tog vagt: {slot.role}")
    return assignment


def site_of(assignment: Assignment) -> Location | None:
    if assignment.offer_id and assignment.offer.location_id:
        return assignment.offer.location
    return assignment.role.site


def sites_helped_at(volunteer: Volunteer) -> list[Location]:
    """The sites of the volunteer's tasks from the last three months on."""
    since = timezone.now() - timedelta(days=90)
    sites: dict[int, Location] = {}
    for task in volunteer.assignments.filter(
        cancelled_at__isnull=True, ends_at__gte=since
    ).select_related("offer__location", "role__site"):
        site = site_of(task)
        if site is not None:
            sites[site.pk] = site
    return sorted(sites.values(), key=lambda s: s.name)


@transaction.atomic
def set_host(
    volunteer: Volunteer, site: Location, *, name: str, phone: str, acting_user: User
) -> SiteHost:
    host, _created = SiteHost.objects.update_or_create(
        volunteer=volunteer, site=site, defaults={"name": name.strip(), "phone": phone}
    )
    record(Action.CHANGE, user=acting_user, obj=volunteer, purpose=f"Kontaktperson: {site}")
    return host


def contact_for(assignment: Assignment, hosts: dict[int, SiteHost]) -> tuple[str, str] | None:
    """Who the volunteer turns to for this task: the host at the site, else the role's
    contact."""
    site = site_of(assignment)
    if site is not None and site.pk in hosts:
        return hosts[site.pk].name, hosts[site.pk].phone
    if assignment.role.contact_id:
        return assignment.role.contact.full_name, assignment.role.contact.phone
    return None


@transaction.atomic
def cancel_slot(slot: OpenSlot, *, acting_user: User) -> int:
    """Call off a slot; the volunteers who had taken it are told. Returns how many."""
    now = timezone.now()
    slot.cancelled_at = now
    slot.save(update_fields=["cancelled_at"])
    told = 0
    for assignment in slot.taken.filter(cancelled_at__isnull=True).select_related("volunteer"):
        assignment.cancelled_at = now
        assignment.save(update_fields=["cancelled_at"])
        record(Action.CHANGE, user=acting_user, obj=assignment.volunteer, purpose="Vagt aflyst")
        send_email(assignment.volunteer.email, "volunteers/slot_cancelled", {"slot": slot})
        if slot.starts_at - now < timedelta(days=2):
            # At short notice a text reaches the volunteer sooner than an e-mail.
            send_sms(assignment.volunteer.phone, "volunteers/slot_cancelled", {"slot": slot})
        told += 1
    return told
