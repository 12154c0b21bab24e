from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from brobygger.directory.models import Pause, Schedule
from brobygger.directory.schedules import (
    ScheduleError,
    describe_rule,
    occurrences,
    parse_byday,
    pause_periods,
    paused_on,
)

CPH = ZoneInfo("Europe/Copenhagen")


def in_pause(day: date, pauses: list[Pause]) -> bool:
    return paused_on(day, pause_periods(pauses, day, day))


@pytest.mark.parametrize(
    ("freq", "interval", "byday", "opens", "closes", "expected"),
    [
        ("WEEKLY", 1, "TU", "10:00", "12:00", "Hver tirsdag kl. 10–12"),
        ("WEEKLY", 1, "MO,TH", "09:30", "11:00", "Hver mandag og torsdag kl. 9.30–11"),
        ("WEEKLY", 2, "WE", "14:00", "16:00", "Hver anden onsdag kl. 14–16"),
        ("MONTHLY", 1, "1TH", "14:00", "15:30", "Første torsdag i måneden kl. 14–15.30"),
        ("MONTHLY", 1, "-1FR", "13:00", "15:00", "Sidste fredag i måneden kl. 13–15"),
    ],
)
def test_rules_read_as_plain_danish(freq, interval, byday, opens, closes, expected):
    with translation.override("da"):
        text = describe_rule(
            freq, interval, byday, None, time.fromisoformat(opens), time.fromisoformat(closes)
        )
    assert text == expected


def test_one_off_event_names_the_date():
    with translation.override("da"):
        text = describe_rule("ONCE", 1, "TH", date(2027, 1, 14), time(19), time(21))
    assert text == "Torsdag 14. januar 2027 kl. 19–21"


def test_english_description():
    with translation.override("en"):
        text = describe_rule("MONTHLY", 1, "1TH", None, time(14), time(15, 30))
    assert text == "First Thursday of the month 14:00–15:30"


def _schedule(**fields):
    defaults = {
        "freq": "WEEKLY",
        "interval": 1,
        "byday": "TU",
        "opens_at": time(10),
        "closes_at": time(12),
    }
    return Schedule(**(defaults | fields))


def test_next_dates_of_a_weekly_rule():
    after = datetime(2026, 11, 26, 12, 0, tzinfo=CPH)  # a Thursday
    dates = [o.starts for o in occurrences(_schedule(), after, limit=3)]
    assert dates == [datetime(2026, 12, d, 10, 0, tzinfo=CPH) for d in (1, 8, 15)]


def test_first_thursday_and_last_friday():
    after = datetime(2026, 11, 26, tzinfo=CPH)
    first = [
        o.starts.date() for o in occurrences(_schedule(freq="MONTHLY", byday="1TH"), after, limit=2)
    ]
    last = [
        o.starts.date()
        for o in occurrences(_schedule(freq="MONTHLY", byday="-1FR"), after, limit=2)
    ]
    assert first == [date(2026, 12, 3), date(2027, 1, 7)]
    assert last == [date(2026, 11, 27), date(2026, 12, 25)]


def test_summer_pause_skips_meetings_every_year():
    pause = Pause(starts_on=date(2026, 6, 20), ends_on=date(2026, 8, 10), every_year=True)
    after = datetime(2027, 6, 14, tzinfo=CPH)
    dates = [o.starts.date() for o in occurrences(_schedule(), after, [pause], limit=2)]
    assert dates == [date(2027, 6, 15), date(2027, 8, 17)]


def test_christmas_pause_across_new_year():
    pause = Pause(starts_on=date(2026, 12, 20), ends_on=date(2027, 1, 6), every_year=True)
    assert in_pause(date(2028, 1, 2), [pause])
    assert in_pause(date(2027, 12, 24), [pause])
    assert not in_pause(date(2027, 1, 7), [pause])


@pytest.mark.parametrize("bad", ["", "XX", "0TU", "TU;TH", "-2FR", "9MO", "tu th"])
def test_nonsense_weekdays_are_refused(bad):
    with pytest.raises(ScheduleError):
        parse_byday(bad)


@given(st.text(max_size=30))
def test_parse_byday_never_crashes_unexpectedly(text):
    try:
        days = parse_byday(text)
    except ScheduleError:
        return
    assert all(0 <= d.weekday <= 6 for d in days)


weekday = st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])


@given(
    freq=st.sampled_from(["WEEKLY", "MONTHLY"]),
    day=weekday,
    position=st.sampled_from(["", "1", "2", "3", "4", "-1"]),
    interval=st.integers(1, 3),
    start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2030, 12, 31)),
    hour=st.integers(6, 20),
)
def test_occurrences_fall_on_the_rule(freq, day, position, interval, start, hour):
    byday = f"{position}{day}" if freq == "MONTHLY" else day
    schedule = _schedule(
        freq=freq, byday=byday, interval=interval, opens_at=time(hour), closes_at=time(hour + 1)
    )
    after = start.replace(tzinfo=CPH)
    found = list(occurrences(schedule, after, limit=4))
    assert found, "a recurring rule always has a next date"
    assert found == sorted(found, key=lambda o: o.starts)
    for occurrence in found:
        local = occurrence.starts.astimezone(CPH)
        assert local >= after
        assert local.weekday() == ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].index(day)
        assert local.time() == time(hour)
        assert occurrence.ends - occurrence.starts == (
            datetime.combine(date.min, time(hour + 1)) - datetime.combine(date.min, time(hour))
        )
        if position == "-1" and freq == "MONTHLY":
            assert (local.day + 7) > _days_in_month(local)
        elif position and freq == "MONTHLY":
            assert (local.day - 1) // 7 + 1 == int(position)


def _days_in_month(moment):
    import calendar

    return calendar.monthrange(moment.year, moment.month)[1]
