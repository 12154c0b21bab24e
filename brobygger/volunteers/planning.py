"""Giving volunteers tasks: a series at a recurring activity, one-off tasks, and open slots
("ledige vagter") that volunteers take themselves. Every path goes through the same rules
(``problems_with``: ``rules.missing_for`` and the volunteer's bookings), so a double
booking is impossible."""

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, TypedDict

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.directory.models import Location, Offer
from brobygger.directory.schedules import offer_next_occurrences
from brobygger.lib.timezones import weekly_spans

from . import rules
from .models import Assignment, OpenSlot, RoleDescription, SiteHost, Volunteer

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

Times = list[tuple[datetime, datetime]]
MAX_OCCURRENCES = 60


def activity_times(offer: Offer, *, weeks: int, after: datetime | None = None) -> Times:
    """The activity's meetings in the coming weeks, pauses left out."""
    after = after or timezone.now()
    until = after + timedelta(weeks=weeks)
    found = offer_next_occurrences(offer, after, limit=MAX_OCCURRENCES)
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


class Free(TypedDict):
    free: int


def slots_ahead(now: datetime) -> "QuerySet[WithAnnotations[OpenSlot, Free]]":
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
    if not volunteer.is_active:
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


def site_of(assignment: Assignment) -> Location | None:
    offer = assignment.offer
    if offer is not None and offer.location_id:
        return offer.location
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


def contact_for(assignment: Assignment, hosts: dict[int, SiteHost]) -> tuple[str, str] | None:
    """Who the volunteer turns to for this task: the host at the site, else the role's
    contact."""
    site = site_of(assignment)
    if site is not None and site.pk in hosts:
        return hosts[site.pk].name, hosts[site.pk].phone
    contact = assignment.role.contact
    if contact is not None:
        return contact.full_name, contact.phone
    return None
