"""iCalendar (RFC 5545) feeds of offers: one recurring event per meeting time."""

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from .models import Offer
from .schedules import ScheduleError, ical_rrule, in_pause, occurrences


def calendar_for(offers: Iterable[Offer], request: HttpRequest, name: str) -> bytes:
    tz = ZoneInfo(settings.TIME_ZONE)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Brobygger//Fællesskabsoversigt//DA")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    cal.add_component(icalendar.Timezone.from_tzid(settings.TIME_ZONE))
    host = request.get_host()
    now = timezone.now()
    for offer in offers:
        url = request.build_absolute_uri(reverse("directory:offer", args=[offer.pk]))
        pauses = list(offer.pauses.all())
        for schedule in offer.schedules.all():
            try:
                rule = ical_rrule(schedule)
            except ScheduleError:
                continue
            first = next(occurrences(schedule, now, (), 1), None)
            if first is None:
                continue
            event = icalendar.Event()
            event.add("uid", f"offer-{offer.pk}-schedule-{schedule.pk}@{host}")
            event.add("summary", offer.title)
            event.add("dtstamp", now)
            event.add("dtstart", first.starts)
            event.add("dtend", first.ends)
            if rule:
                event.add("rrule", rule)
                exdates = _paused_dates(schedule, pauses, now)
                if exdates:
                    event.add(
                        "exdate", [datetime.combine(d, schedule.opens_at, tz) for d in exdates]
                    )
            event.add(
                "description", "\n\n".join(p for p in (offer.summary, offer.description, url) if p)
            )
            event.add("url", url)
            if offer.location is not None:
                event.add(
                    "location",
                    ", ".join(p for p in (offer.location.name, offer.location.address_line) if p),
                )
                if offer.location.latitude is not None:
                    event.add("geo", (offer.location.latitude, offer.location.longitude))
            event.add("last-modified", offer.updated_at)
            cal.add_component(event)
    return cal.to_ical()


def _paused_dates(schedule: object, pauses: list[object], now: datetime) -> list[date]:
    """Meetings in the coming year that fall in a pause, as EXDATEs."""
    if not pauses:
        return []
    horizon = now.replace(year=now.year + 1)
    dates = []
    for occ in occurrences(schedule, now, (), 120):
        if occ.starts > horizon:
            break
        if in_pause(occ.starts.date(), pauses):
            dates.append(occ.starts.date())
    return dates
