"""Pauses (a summer break, Christmas): no date inside one is shown or put in a calendar, in
any year, and the public page says until when an offer is paused."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rruleset, rrulestr
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from brobygger.directory.calendar import FEED_HORIZON, meeting_event
from brobygger.directory.models import Pause, Schedule
from brobygger.directory.schedules import occurrences, pause_periods, paused_on, paused_until
from tests import factories

CPH = ZoneInfo("Europe/Copenhagen")
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def in_pause(day: date, pauses: list[Pause]) -> bool:
    return paused_on(day, pause_periods(pauses, day, day))


def _inside(day: date, pause: Pause) -> bool:
    """The plain reading of a pause, written apart from the code under test: a yearly pause
    compares month and day, across New Year when it ends before it starts."""
    if not pause.every_year:
        return pause.starts_on <= day <= pause.ends_on
    start = (pause.starts_on.month, pause.starts_on.day)
    end = (pause.ends_on.month, pause.ends_on.day)
    current = (day.month, day.day)
    if start <= end:
        return start <= current <= end
    return current >= start or current <= end


def _expand(event: icalendar.Event) -> list[datetime]:
    """What a calendar program shows for the event: its rule, less its EXDATEs, read back from
    the feed's text with dateutil (not with the code that wrote it)."""
    event = icalendar.Event.from_ical(event.to_ical())
    start = event["dtstart"].dt
    assert start.tzinfo is not None
    if "rrule" not in event:
        return [start]
    meetings = rruleset()
    meetings.rrule(rrulestr(event["rrule"].to_ical().decode(), dtstart=start))
    exdates = event.get("exdate", [])
    for entry in exdates if isinstance(exdates, list) else [exdates]:
        for moment in entry.dts:
            meetings.exdate(moment.dt)
    return list(meetings.between(start, start + timedelta(days=4 * 366), inc=True))


def _schedule(**fields):
    defaults = {"freq": "WEEKLY", "interval": 1, "byday": "TU", "opens_at": time(10)}
    fields = defaults | fields
    fields.setdefault("closes_at", time(fields["opens_at"].hour + 2))
    return Schedule(**fields)


pauses = st.lists(
    st.builds(
        lambda start, days, yearly: Pause(
            starts_on=start, ends_on=start + timedelta(days=days), every_year=yearly
        ),
        st.dates(min_value=date(2024, 1, 1), max_value=date(2032, 12, 31)),
        st.integers(0, 120),
        st.booleans(),
    ),
    min_size=1,
    max_size=3,
)


@st.composite
def schedules(draw):
    freq = draw(st.sampled_from(["WEEKLY", "MONTHLY"]))
    day = draw(st.sampled_from(WEEKDAYS))
    if freq == "MONTHLY":
        day = draw(st.sampled_from(["", "1", "2", "3", "-1"])) + day
    else:
        day = ",".join(sorted({day, *draw(st.lists(st.sampled_from(WEEKDAYS), max_size=2))}))
    return _schedule(
        freq=freq,
        byday=day,
        interval=draw(st.integers(1, 2)) if freq == "WEEKLY" else 1,
        opens_at=time(draw(st.integers(6, 20))),
    )


@settings(max_examples=150, deadline=None)
@given(
    schedule=schedules(),
    pauses=pauses,
    now=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2030, 12, 31)),
)
def test_no_meeting_in_the_feed_falls_in_a_pause_in_any_year(schedule, pauses, now):
    now = now.replace(tzinfo=CPH)
    event = meeting_event(schedule, pauses, now, CPH)
    shown = _expand(event) if event is not None else []
    for moment in shown:
        day = moment.astimezone(CPH).date()
        assert not any(_inside(day, p) for p in pauses), (day, [str(p) for p in pauses])
    # Nothing else is left out: every meeting of the rule outside the pauses is there, until
    # the rule ends (a subscription fetches the feed again long before that).
    expected = [
        o.starts
        for o in occurrences(schedule, now, (), 400)
        if not any(_inside(o.starts.date(), p) for p in pauses)
    ]
    if event is None:
        assert [m for m in expected if m < now + timedelta(days=2 * 366)] == []
        return
    # occurrences() looks three years ahead: compare no further than that.
    until = min(shown[0] + FEED_HORIZON, now + timedelta(days=3 * 365))
    assert [m for m in shown if m <= until] == [m for m in expected if m <= until]


def test_a_yearly_summer_break_is_left_out_of_every_year_of_the_feed():
    schedule = _schedule(byday="TU")
    summer = Pause(starts_on=date(2026, 7, 1), ends_on=date(2026, 8, 15), every_year=True)
    now = datetime(2026, 3, 2, 12, tzinfo=CPH)
    shown = [m.date() for m in _expand(meeting_event(schedule, [summer], now, CPH))]
    years = {day.year for day in shown}
    assert years == {2026, 2027, 2028}
    for year in years:
        assert not [d for d in shown if date(year, 7, 1) <= d <= date(year, 8, 15)]
    # The Tuesdays either side of each summer are there.
    for before, after in (
        (date(2026, 6, 30), date(2026, 8, 18)),
        (date(2027, 6, 29), date(2027, 8, 17)),
    ):
        assert before in shown and after in shown


def test_the_feed_starts_after_the_pause_it_is_fetched_in():
    summer = Pause(starts_on=date(2026, 7, 1), ends_on=date(2026, 8, 15), every_year=True)
    event = meeting_event(_schedule(), [summer], datetime(2026, 7, 10, tzinfo=CPH), CPH)
    assert event["dtstart"].dt == datetime(2026, 8, 18, 10, tzinfo=CPH)


def test_a_one_off_pause_leaves_the_rule_open_ended():
    autumn = Pause(starts_on=date(2026, 10, 12), ends_on=date(2026, 10, 18), every_year=False)
    event = meeting_event(_schedule(), [autumn], datetime(2026, 9, 1, tzinfo=CPH), CPH)
    assert "UNTIL" not in event["rrule"]
    assert [d.dt for d in event["exdate"].dts] == [datetime(2026, 10, 13, 10, tzinfo=CPH)]


@given(
    pauses=pauses,
    day=st.dates(min_value=date(2024, 1, 1), max_value=date(2034, 12, 31)),
)
def test_pause_periods_agree_with_the_plain_reading(pauses, day):
    assert in_pause(day, pauses) == any(_inside(day, p) for p in pauses)
    until = paused_until(pauses, day)
    if until is None:
        assert not in_pause(day, pauses)
    else:
        assert until >= day
        assert all(in_pause(day + timedelta(days=n), pauses) for n in range((until - day).days + 1))
        assert not in_pause(until + timedelta(days=1), pauses)


@given(
    pauses=pauses,
    first=st.dates(min_value=date(2024, 1, 1), max_value=date(2034, 12, 31)),
    days=st.integers(min_value=0, max_value=3 * 366),
    offset=st.integers(min_value=0, max_value=3 * 366),
)
def test_the_periods_of_a_window_hold_each_of_its_days_pauses(pauses, first, days, offset):
    """``occurrences`` works out the pauses of its whole window once and tests each day."""
    last = first + timedelta(days=days)
    day = first + timedelta(days=min(offset, days))
    assert paused_on(day, pause_periods(pauses, first, last)) == in_pause(day, pauses)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2027, 2, 28), [(date(2027, 3, 1), date(2027, 3, 10))]),
        (date(2028, 2, 28), [(date(2028, 2, 29), date(2028, 3, 10))]),
    ],
)
def test_a_yearly_pause_from_29_february_starts_on_1_march_in_other_years(today, expected):
    pause = Pause(starts_on=date(2028, 2, 29), ends_on=date(2028, 3, 10), every_year=True)
    assert pause_periods([pause], today, today + timedelta(days=20)) == expected


def test_pauses_that_follow_each_other_are_one_pause():
    summer = Pause(starts_on=date(2026, 7, 1), ends_on=date(2026, 7, 31), every_year=True)
    august = Pause(starts_on=date(2026, 8, 1), ends_on=date(2026, 8, 15), every_year=False)
    assert paused_until([summer, august], date(2026, 7, 20)) == date(2026, 8, 15)
    assert paused_until([summer, august], date(2027, 7, 20)) == date(2027, 7, 31)
    assert paused_until([summer, august], date(2026, 8, 16)) is None


# Pages ----------------------------------------------------------------------------------------


@pytest.fixture
def summer_choir(db, reference_data, time_machine):
    time_machine.move_to(datetime(2026, 7, 10, 12, tzinfo=CPH), tick=False)
    choir = factories.offer("Seniorkoret", schedule=("WEEKLY", "TU", "10:00-12:00"))
    Pause.objects.create(
        offer=choir,
        starts_on=date(2026, 7, 1),
        ends_on=date(2026, 8, 15),
        every_year=True,
        note="Sommerferie",
    )
    return choir


def test_the_offer_page_says_until_when_it_is_paused(client, summer_choir):
    page = client.get(reverse("directory:offer", args=[summer_choir.pk])).content.decode()
    assert "Holder pause til og med 15. august." in page
    assert "tirsdag 18. august kl. 10.00" in page, "the first meeting after the break"
    assert "Pause: 1. juli–15. august hvert år (Sommerferie)" in page
    assert "august kl. 10.00" in page
    for day in (14, 21, 28):
        assert f"tirsdag {day}. juli" not in page
    assert "tirsdag 11. august" not in page


def test_search_results_say_until_when_an_offer_is_paused(client, summer_choir):
    page = client.get(reverse("directory:search"), {"q": "seniorkoret"}).content.decode()
    assert "Seniorkoret" in page
    assert "Holder pause til og med 15. august" in page


def test_an_offer_after_its_pause_says_nothing_of_it(client, summer_choir, time_machine):
    time_machine.move_to(datetime(2026, 8, 16, 12, tzinfo=CPH), tick=False)
    page = client.get(reverse("directory:offer", args=[summer_choir.pk])).content.decode()
    assert "Holder pause til og med" not in page
    assert "tirsdag 18. august kl. 10.00" in page


def test_the_calendar_feed_leaves_the_summer_out_for_years(client, summer_choir):
    response = client.get(reverse("directory:offer_ics", args=[summer_choir.pk]))
    (event,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    shown = [m.date() for m in _expand(event)]
    assert shown[0] == date(2026, 8, 18)
    assert {d.year for d in shown} >= {2026, 2027, 2028}
    assert not [d for d in shown if (7, 1) <= (d.month, d.day) <= (8, 15)]


def test_an_offer_paused_until_further_notice_promises_no_date(client, summer_choir):
    summer_choir.status = "paused"
    summer_choir.save()
    summer_choir.pauses.all().delete()
    page = client.get(reverse("directory:offer", args=[summer_choir.pk])).content.decode()
    assert "Holder pause lige nu" in page
    assert "De næste gange" not in page
    response = client.get(reverse("directory:offer_ics", args=[summer_choir.pk]))
    assert icalendar.Calendar.from_ical(response.content).walk("VEVENT") == []


def test_a_christmas_break_names_the_year_it_ends(client, db, reference_data, time_machine):
    time_machine.move_to(datetime(2026, 12, 28, 12, tzinfo=CPH), tick=False)
    choir = factories.offer("Julekoret", schedule=("WEEKLY", "TU", "10:00-12:00"))
    Pause.objects.create(
        offer=choir, starts_on=date(2025, 12, 20), ends_on=date(2026, 1, 6), every_year=True
    )
    page = client.get(reverse("directory:offer", args=[choir.pk])).content.decode()
    assert "Holder pause til og med 6. januar 2027." in page
    assert "tirsdag 12. januar kl. 10.00" in page
