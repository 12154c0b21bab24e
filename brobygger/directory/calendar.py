"""iCalendar (RFC 5545) feeds of offers: one recurring event per meeting time.

Text goes through ``lib.text``: a line break or control character typed before the forms
refused them must not break the feed (one-line properties are folded to one line, and no
property carries a control character iCalendar forbids).
"""

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from brobygger.lib.text import one_line, printable_text

from .models import Offer, Pause, Schedule
from .schedules import ScheduleError, ical_rrule, in_pause, occurrences

# EXDATEs reach this far ahead; a year of days, not "the same date next year" (29 February).
PAUSE_HORIZON = timedelta(days=366)


def calendar_for(offers: Iterable[Offer], request: HttpRequest, name: str) -> bytes:
    tz = ZoneInfo(settings.TIME_ZONE)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Brobygger//Fællesskabsoversigt//DA")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", one_line(name))
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
            event.add("summary", one_line(offer.title))
            event.add("dtstamp", now)
            # iCalendar carries wall-clock times with their TZID, and clients place a time the
            # clocks skip themselves (RFC 5545 3.3.5), so the feed writes the clock as set.
            day = first.starts.astimezone(tz).date()
            event.add("dtstart", datetime.combine(day, schedule.opens_at, tz))
            event.add("dtend", datetime.combine(day, schedule.closes_at, tz))
            if rule:
                event.add("rrule", rule)
                exdates = _paused_dates(schedule, pauses, now)
                if exdates:
                    event.add(
                        "exdate", [datetime.combine(d, schedule.opens_at, tz) for d in exdates]
                    )
            text = "\n\n".join(p for p in (one_line(offer.summary), offer.description, url) if p)
            event.add("description", printable_text(text))
            event.add("url", url)
            if offer.location is not None:
                place = (offer.location.name, offer.location.address_line)
                event.add("location", one_line(", ".join(p for p in place if p)))
                if offer.location.latitude is not None:
                    event.add("geo", (offer.location.latitude, offer.location.longitude))
            event.add("last-modified", offer.updated_at)
            cal.add_component(event)
    return bytes(cal.to_ical())


def _paused_dates(schedule: Schedule, pauses: Sequence[Pause], now: datetime) -> list[date]:
    """Meetings in the coming year that fall in a pause, as EXDATEs."""
    if not pauses:
        return []
    horizon = now + PAUSE_HORIZON
    dates = []
    for occ in occurrences(schedule, now, (), 120):
        if occ.starts > horizon:
            break
        if in_pause(occ.starts.date(), pauses):
            dates.append(occ.starts.date())
    return dates
