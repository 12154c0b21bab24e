"""iCalendar (RFC 5545) feeds of offers: one recurring event per meeting time.

Text goes through ``lib.text``: a line break or control character typed before the forms
refused them must not break the feed (one-line properties are folded to one line, and no
property carries a control character iCalendar forbids).
"""

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from brobygger.lib.text import one_line, printable_text

from .models import Offer, Pause, Schedule
from .schedules import (
    ScheduleError,
    ical_rrule,
    ical_until,
    occurrences,
    pause_periods,
    paused_on,
    paused_until_further_notice,
)

# A rule with a yearly pause ends this far after its next meeting (two years of days, not
# "the same date in two years": 29 February); every meeting till then in a pause is an EXDATE.
FEED_HORIZON = timedelta(days=2 * 366)
REFRESH = timedelta(hours=12)
# Enough for every meeting within the horizon: seven days a week for two years.
MAX_FEED_MEETINGS = 7 * 106


def calendar_for(offers: Iterable[Offer], request: HttpRequest, name: str) -> bytes:
    tz = ZoneInfo(settings.TIME_ZONE)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Brobygger//Fællesskabsoversigt//DA")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", one_line(name))
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    # A subscribed calendar fetches the feed again twice a day (changes, the moving horizon).
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", icalendar.vDuration(REFRESH))
    cal.add_component(icalendar.Timezone.from_tzid(settings.TIME_ZONE))
    host = request.get_host()
    now = timezone.now()
    for offer in offers:
        if paused_until_further_notice(offer):
            continue  # no date to promise
        url = request.build_absolute_uri(reverse("directory:offer", args=[offer.pk]))
        pauses = list(offer.pauses.all())
        for schedule in offer.schedules.all():
            event = meeting_event(schedule, pauses, now, tz)
            if event is None:
                continue
            event.add("uid", f"offer-{offer.pk}-schedule-{schedule.pk}@{host}")
            event.add("summary", one_line(offer.title))
            event.add("dtstamp", now)
            text = "\n\n".join(p for p in (one_line(offer.summary), offer.description, url) if p)
            event.add("description", printable_text(text))
            event.add("url", url)
            if offer.location is not None:
                event.add("location", one_line(offer.location.full_address))
                if offer.location.latitude is not None:
                    event.add("geo", (offer.location.latitude, offer.location.longitude))
            event.add("last-modified", offer.updated_at)
            cal.add_component(event)
    return bytes(cal.to_ical())


def meeting_event(
    schedule: Schedule, pauses: Sequence[Pause], now: datetime, tz: ZoneInfo
) -> icalendar.Event | None:
    """The times of one meeting rule as an event: DTSTART at its next meeting outside the
    pauses, its RRULE, and an EXDATE for every meeting in a pause. None when it meets no more.

    A yearly pause returns every year, and a finite feed cannot list every year's EXDATEs: the
    rule then ends at ``FEED_HORIZON``, and a subscribed calendar fetches the feed again long
    before (it moves on with the date).
    """
    try:
        rule = ical_rrule(schedule)
    except ScheduleError:
        return None
    # Without pauses the next meeting is all it takes; with them, the meetings to the horizon.
    limit = MAX_FEED_MEETINGS if pauses else 1
    meetings = [o.starts.astimezone(tz).date() for o in occurrences(schedule, now, (), limit)]
    if not meetings:
        return None
    periods = pause_periods(pauses, meetings[0], meetings[-1])
    open_days = [day for day in meetings if not paused_on(day, periods)]
    if not open_days:
        return None
    first = open_days[0]
    event = icalendar.Event()
    # iCalendar carries wall-clock times with their TZID, and clients place a time the
    # clocks skip themselves (RFC 5545 3.3.5), so the feed writes the clock as set.
    event.add("dtstart", datetime.combine(first, schedule.opens_at, tz))
    event.add("dtend", datetime.combine(first, schedule.closes_at, tz))
    if rule is None:
        return event
    # The meetings are known up to here: a pause after it would need EXDATEs not written.
    last = min(first + FEED_HORIZON, meetings[-1])
    ends_later = schedule.valid_to is None or schedule.valid_to > last
    if ends_later and any(p.every_year or p.ends_on > last for p in pauses):
        rule["UNTIL"] = ical_until(last)
    event.add("rrule", rule)
    exdates = [day for day in meetings if first < day <= last and paused_on(day, periods)]
    if exdates:
        event.add("exdate", [datetime.combine(day, schedule.opens_at, tz) for day in exdates])
    return event
