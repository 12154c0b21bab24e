"""Recurrence rules for offers: plain-Danish descriptions, next dates and iCalendar rules."""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from brobygger.lib.timezones import aware_local_lenient, shifted

from .models import OfferStatus

if TYPE_CHECKING:
    from .models import Offer, Pause, Schedule

# "Every other week" needs a phase; without a start date the weeks count from this Monday.
FORTNIGHT_ANCHOR = date(2026, 1, 5)
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
BYDAY_RE = re.compile(r"^(?P<pos>-?[1-5])?(?P<day>MO|TU|WE|TH|FR|SA|SU)$")
_RRULE_DAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)


class ScheduleError(ValueError):
    """A recurrence rule that cannot be understood."""


@dataclass(frozen=True)
class ByDay:
    weekday: int  # 0 = Monday
    position: int | None  # 1..5 or -1 for "last"; None for every week

    @property
    def code(self) -> str:
        return f"{self.position or ''}{WEEKDAY_CODES[self.weekday]}"


def parse_byday(value: str) -> list[ByDay]:
    """Parse "TU,TH" or "1TH" or "-1FR" into weekday entries; raise ScheduleError if bad."""
    items = [item.strip().upper() for item in (value or "").split(",") if item.strip()]
    if not items:
        raise ScheduleError("no weekday")
    result = []
    for item in items:
        match = BYDAY_RE.match(item)
        if not match:
            raise ScheduleError(f"unknown weekday {item!r}")
        pos = int(match["pos"]) if match["pos"] else None
        if pos == 0 or (pos is not None and pos < -1):
            raise ScheduleError(f"unsupported position in {item!r}")
        result.append(ByDay(WEEKDAY_CODES.index(match["day"]), pos))
    return result


def weekday_name(index: int) -> str:
    names = (
        _("mandag"),
        _("tirsdag"),
        _("onsdag"),
        _("torsdag"),
        _("fredag"),
        _("lørdag"),
        _("søndag"),
    )
    return names[index]


def _ordinal(position: int) -> str:
    ordinals = {
        1: _("første"),
        2: _("anden"),
        3: _("tredje"),
        4: _("fjerde"),
        5: _("femte"),
        -1: _("sidste"),
    }
    return ordinals[position]


def format_clock(value: time) -> str:
    """10.00 → '10', 15.30 → '15.30' (Danish); English keeps 24-hour 'hh:mm'."""
    if (get_language() or "da").startswith("en"):
        return value.strftime("%H:%M")
    return f"{value.hour}" if value.minute == 0 else f"{value.hour}.{value.minute:02d}"


def format_time_range(opens: time, closes: time) -> str:
    return _("kl. %(from)s–%(to)s") % {"from": format_clock(opens), "to": format_clock(closes)}


def join_words(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return _("%(first)s og %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def describe_rule(
    freq: str, interval: int, byday: str, on: date | None, opens: time, closes: time
) -> str:
    """A rule in plain language: 'Hver tirsdag kl. 10–12'."""
    times = format_time_range(opens, closes)
    if freq == "ONCE":
        if on is None:
            raise ScheduleError("one-off event without a date")
        from django.utils.formats import date_format

        english = (get_language() or "da").startswith("en")
        day = date_format(on, "l j F Y" if english else "l j. F Y")
        day = day[:1].upper() + day[1:]
        return f"{day} {times}"
    days = parse_byday(byday)
    if freq == "WEEKLY":
        names = join_words([weekday_name(d.weekday) for d in days])
        if interval == 2:
            lead = _("Hver anden %(days)s") % {"days": names}
        elif interval > 2:
            lead = _("Hver %(n)s. uge, %(days)s") % {"n": interval, "days": names}
        else:
            lead = _("Hver %(days)s") % {"days": names}
        return f"{lead} {times}"
    if freq == "MONTHLY":
        parts = []
        for d in days:
            if d.position is None:
                parts.append(_("Hver %(day)s") % {"day": weekday_name(d.weekday)})
            else:
                parts.append(
                    _("%(ordinal)s %(day)s i måneden")
                    % {"ordinal": _ordinal(d.position), "day": weekday_name(d.weekday)}
                )
        text = join_words(parts)
        return f"{text[:1].upper()}{text[1:]} {times}"
    raise ScheduleError(f"unknown frequency {freq!r}")


def describe(schedule: "Schedule") -> str:
    try:
        text = describe_rule(
            schedule.freq,
            schedule.interval,
            schedule.byday,
            schedule.date,
            schedule.opens_at,
            schedule.closes_at,
        )
    except ScheduleError:
        return schedule.note or _("Tidspunkt aftales")
    return text


def _tz() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def rrule_for(
    freq: str,
    interval: int,
    byday: str,
    on: date | None,
    opens: time,
    start: date,
    until: date | None,
) -> rrule.rrule:
    """The dateutil rule generating the local (naive) start times of each meeting.

    The rule runs on the wall clock, like people's "every Tuesday at 10": a meeting keeps its
    local time across daylight saving. ``lib.timezones`` turns each one into a moment.
    """
    if freq == "ONCE":
        if on is None:
            raise ScheduleError("one-off event without a date")
        return rrule.rrule(rrule.DAILY, count=1, dtstart=datetime.combine(on, opens))
    days = parse_byday(byday)
    weekdays = [
        _RRULE_DAYS[d.weekday](d.position) if d.position else _RRULE_DAYS[d.weekday] for d in days
    ]
    kind = rrule.WEEKLY if freq == "WEEKLY" else rrule.MONTHLY
    return rrule.rrule(
        kind,
        interval=max(1, interval),
        byweekday=weekdays,
        dtstart=datetime.combine(start, opens),
        until=datetime.combine(until, time(23, 59)) if until else None,
    )


def _yearly_day(year: int, month: int, day: int, *, last: bool) -> date:
    """A yearly pause's day in ``year``. In other years 29 February is 1 March as a first day
    and 28 February as a last day: the pause keeps to the days it names."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, 2, 28) if last else date(year, 3, 1)


def pause_periods(pauses: Iterable["Pause"], first: date, last: date) -> list[tuple[date, date]]:
    """The days of the pauses that touch ``first``..``last`` as (first day, last day): a yearly
    pause once for every year (across New Year when it ends before it starts in the calendar),
    and periods that overlap or follow each other as one."""
    spans: list[tuple[date, date]] = []
    for pause in pauses:
        if not pause.every_year:
            spans.append((pause.starts_on, pause.ends_on))
            continue
        start = (pause.starts_on.month, pause.starts_on.day)
        end = (pause.ends_on.month, pause.ends_on.day)
        across = start > end
        for year in range(max(first.year - 1, MINYEAR), min(last.year, MAXYEAR - 1) + 1):
            begins = _yearly_day(year, *start, last=False)
            ends = _yearly_day(year + 1 if across else year, *end, last=True)
            if begins <= ends:
                spans.append((begins, ends))
    merged: list[tuple[date, date]] = []
    for begins, ends in sorted(spans):
        if ends < first or begins > last:
            continue
        if merged and begins <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], ends))
        else:
            merged.append((begins, ends))
    return merged


def paused_on(day: date, periods: Iterable[tuple[date, date]]) -> bool:
    """Whether ``day`` falls in one of ``periods`` (as from ``pause_periods``)."""
    return any(begins <= day <= ends for begins, ends in periods)


# How far ahead "paused until" looks for pauses that follow one another, and how far ahead
# ``occurrences`` looks for a meeting.
PAUSE_LOOKAHEAD = timedelta(days=3 * 366)


def paused_until(pauses: Iterable["Pause"], today: date) -> date | None:
    """The last day of the pause ``today`` falls in (pauses that follow on count as one), or
    None when the offer meets as usual."""
    for begins, ends in pause_periods(pauses, today, today + PAUSE_LOOKAHEAD):
        if begins <= today <= ends:
            return ends
    return None


@dataclass(frozen=True)
class Occurrence:
    starts: datetime
    ends: datetime
    schedule_id: int | None


def occurrences(
    schedule: "Schedule", after: datetime, pauses: Iterable["Pause"] = (), limit: int = 5
) -> Iterator[Occurrence]:
    """The schedule's next meetings starting at or after ``after``, skipping pauses."""
    start = max(after.astimezone(_tz()).date(), schedule.valid_from or date.min)
    horizon = start + PAUSE_LOOKAHEAD
    periods = pause_periods(pauses, start, horizon)
    # A fortnightly rule must keep its phase: anchor it at valid_from when there is one.
    anchor = schedule.valid_from or start
    if schedule.freq == "WEEKLY" and schedule.interval > 1 and not schedule.valid_from:
        anchor = FORTNIGHT_ANCHOR
    try:
        rule = rrule_for(
            schedule.freq,
            schedule.interval,
            schedule.byday,
            schedule.date,
            schedule.opens_at,
            anchor,
            schedule.valid_to,
        )
    except ScheduleError:
        return
    found = 0
    zone = _tz()
    for local in rule.xafter(datetime.combine(start, time.min), inc=True):
        day = local.date()
        if day > horizon:
            return
        begins, ends = meeting_span(day, schedule.opens_at, schedule.closes_at, zone)
        if begins < after or paused_on(day, periods):
            continue
        yield Occurrence(begins, ends, schedule.id)
        found += 1
        if found >= limit:
            return


def meeting_span(day: date, opens: time, closes: time, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A recurring meeting on ``day`` as two moments. A time the clocks skip in spring moves
    forward as in iCalendar; the meeting never ends before it begins."""
    begins = aware_local_lenient(day, opens, zone)
    ends = aware_local_lenient(day, closes, zone)
    if ends <= begins:  # it opens in the skipped hour and closes just after it
        wall = datetime.combine(day, closes) - datetime.combine(day, opens)
        ends = shifted(begins, wall)
    return begins, ends


def next_occurrences(
    schedules: Iterable["Schedule"], pauses: Iterable["Pause"], after: datetime, limit: int = 5
) -> list[Occurrence]:
    pauses = list(pauses)
    merged: list[Occurrence] = []
    for schedule in schedules:
        merged.extend(occurrences(schedule, after, pauses, limit))
    # By the moment, not the wall clock: in the hour that happens twice the two differ.
    return sorted(merged, key=lambda o: o.starts.timestamp())[:limit]


def offer_next_occurrences(offer: "Offer", after: datetime, limit: int = 5) -> list[Occurrence]:
    """The offer's next meetings, pauses left out; none for an offer paused until further
    notice ("Holder pause" without dates): there is no date to promise."""
    if paused_until_further_notice(offer):
        return []
    return next_occurrences(offer.schedules.all(), offer.pauses.all(), after, limit)


def paused_until_further_notice(offer: "Offer") -> bool:
    return offer.status == OfferStatus.PAUSED


def ical_rrule(schedule: "Schedule") -> dict[str, object] | None:
    """The RRULE of a schedule as an icalendar ``vRecur`` mapping (None for one-off events)."""
    if schedule.freq == "ONCE":
        return None
    rule: dict[str, object] = {"FREQ": schedule.freq}
    rule["BYDAY"] = [d.code for d in parse_byday(schedule.byday)]
    if schedule.interval > 1:
        rule["INTERVAL"] = schedule.interval
    if schedule.valid_to:
        rule["UNTIL"] = ical_until(schedule.valid_to)
    return rule


def ical_until(day: date) -> datetime:
    """The end of a rule's last day, in UTC: with a DTSTART in a time zone, RFC 5545 3.3.10
    allows no other UNTIL (clients refuse or misread a local one)."""
    return aware_local_lenient(day, time(23, 59), _tz()).astimezone(UTC)


def day_period(opens: time) -> str:
    """morning / afternoon / evening, for the public time-of-day filter."""
    if opens < time(12, 0):
        return "morning"
    if opens < time(17, 0):
        return "afternoon"
    return "evening"
