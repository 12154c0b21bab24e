"""Local date and clock time → an aware moment, with daylight saving handled at this one edge.

The municipality lives in Europe/Copenhagen (``settings.TIME_ZONE``). Twice a year a local
time is not a single moment:

- On the last Sunday of March the clocks jump from 02:00 to 03:00, so 02:00–02:59 does not
  exist. A task or slot someone asks for at such a time is refused with a Danish message
  (``aware_local``); a recurring meeting that happens to fall in the gap is moved to the
  moment it would have been had the clocks not changed, as RFC 5545 prescribes for
  iCalendar (``aware_local_lenient``), so our pages and every calendar app agree.
- On the last Sunday of October 02:00–02:59 happens twice. We take the first of the two,
  still summer time (``fold=0``): a meeting "at 2.30 that night" starts when 2.30 first comes.

Durations are computed on UTC moments (``between``); Python subtracts two datetimes that share
a tzinfo by their wall clocks, which is an hour off across either switch.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def exists(day: date, clock: time, zone: ZoneInfo | None = None) -> bool:
    """False when the clock skips ``clock`` on ``day`` (the spring-forward gap)."""
    zone = zone or local_zone()
    naive = datetime.combine(day, clock.replace(tzinfo=None))
    there_and_back = naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    return there_and_back.replace(tzinfo=None) == naive


def is_ambiguous(day: date, clock: time, zone: ZoneInfo | None = None) -> bool:
    """True when ``clock`` happens twice on ``day`` (the fall-back hour)."""
    zone = zone or local_zone()
    naive = datetime.combine(day, clock.replace(tzinfo=None))
    first = naive.replace(tzinfo=zone, fold=0).utcoffset()
    second = naive.replace(tzinfo=zone, fold=1).utcoffset()
    return first != second and exists(day, clock, zone)


def _normalised(moment: datetime, zone: ZoneInfo) -> datetime:
    # Through UTC and back: the result carries the right offset and fold for its moment.
    return moment.astimezone(UTC).astimezone(zone)


def aware_local(day: date, clock: time, zone: ZoneInfo | None = None) -> datetime:
    """The moment ``clock`` on ``day`` in local time; an ambiguous time is its first
    occurrence (summer time). Raises a ``ValidationError`` for a time that does not exist."""
    zone = zone or local_zone()
    if not exists(day, clock, zone):
        raise ValidationError(
            _(
                "Klokken %(clock)s findes ikke den %(day)s, fordi uret stilles frem til "
                "sommertid. Vælg et tidspunkt før kl. 2 eller fra kl. 3."
            ),
            code="nonexistent_time",
            params={"clock": clock.strftime("%H.%M"), "day": day.strftime("%d.%m.%Y")},
        )
    return aware_local_lenient(day, clock, zone)


def aware_local_lenient(day: date, clock: time, zone: ZoneInfo | None = None) -> datetime:
    """As ``aware_local``, but a time in the spring-forward gap is read with the offset
    before the gap (RFC 5545 §3.3.5), i.e. moved forward by the hour the clocks skip."""
    zone = zone or local_zone()
    naive = datetime.combine(day, clock.replace(tzinfo=None))
    return _normalised(naive.replace(tzinfo=zone, fold=0), zone)


def local_span(
    day: date, opens: time, closes: time, zone: ZoneInfo | None = None
) -> tuple[datetime, datetime]:
    """From ``opens`` to ``closes`` on ``day`` as two aware moments; both must exist."""
    zone = zone or local_zone()
    return aware_local(day, opens, zone), aware_local(day, closes, zone)


def weekly_spans(
    day: date, opens: time, closes: time, *, weeks: int = 1, zone: ZoneInfo | None = None
) -> list[tuple[datetime, datetime]]:
    """The same local time every week from ``day``; refuses if one of the weeks falls on a
    time the clocks skip (naming that date)."""
    return [local_span(day + timedelta(weeks=n), opens, closes, zone) for n in range(max(1, weeks))]


def check_exists(day: date, clock: time, *, weeks: int = 1, zone: ZoneInfo | None = None) -> None:
    """Raise the Danish ``ValidationError`` if ``clock`` is skipped on ``day`` or on the same
    weekday in any of the following ``weeks - 1`` weeks (for a form field's own error)."""
    for n in range(max(1, weeks)):
        aware_local(day + timedelta(weeks=n), clock, zone)


def between(starts: datetime, ends: datetime) -> timedelta:
    """Elapsed time from ``starts`` to ``ends``, computed in UTC."""
    return ends.astimezone(UTC) - starts.astimezone(UTC)


def shifted(moment: datetime, duration: timedelta) -> datetime:
    """``moment`` plus an elapsed ``duration`` (in UTC), in ``moment``'s zone."""
    zone = moment.tzinfo or local_zone()
    return (moment.astimezone(UTC) + duration).astimezone(zone)
