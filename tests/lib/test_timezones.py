"""Local times around daylight saving (Europe/Copenhagen) and date sums on 29 February."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from brobygger.directory.models import Pause, Schedule
from brobygger.directory.schedules import occurrences
from brobygger.lib.timezones import aware_local, between, check_exists, is_ambiguous, local_span
from brobygger.referrals.forms import CompanionTimeForm
from tests import factories

CPH = ZoneInfo("Europe/Copenhagen")
YEARS = st.integers(min_value=2000, max_value=2099)
# Every minute of the day, and the minutes of the switch hour more often.
CLOCKS = st.one_of(
    st.builds(time, st.integers(0, 23), st.integers(0, 59)),
    st.builds(time, st.just(2), st.integers(0, 59)),
)
IN_THE_SWITCH_HOUR = (time(2, 0), time(2, 59, 59))


def last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def spring(year: int) -> date:
    return last_sunday(year, 3)


def autumn(year: int) -> date:
    return last_sunday(year, 10)


@given(YEARS, CLOCKS)
def test_spring_forward_night_refuses_the_skipped_hour_and_keeps_the_rest(year, clock):
    night = spring(year)
    if IN_THE_SWITCH_HOUR[0] <= clock <= IN_THE_SWITCH_HOUR[1]:
        with pytest.raises(ValidationError) as refused:
            aware_local(night, clock)
        assert "findes ikke" in refused.value.messages[0]
        assert "sommertid" in refused.value.messages[0]
        return
    moment = aware_local(night, clock)
    local = moment.astimezone(CPH)
    assert (local.date(), local.time()) == (night, clock), "never moved by an hour"
    assert moment.utcoffset() == timedelta(hours=1 if clock < time(2) else 2)


@given(YEARS, CLOCKS)
def test_fall_back_night_takes_the_first_of_the_hour_that_happens_twice(year, clock):
    night = autumn(year)
    moment = aware_local(night, clock)
    local = moment.astimezone(CPH)
    assert (local.date(), local.time()) == (night, clock), "never moved by an hour"
    twice = IN_THE_SWITCH_HOUR[0] <= clock <= IN_THE_SWITCH_HOUR[1]
    assert is_ambiguous(night, clock) == twice
    # Summer time until the first 03:00; the repeated hour is read as its first occurrence.
    assert moment.utcoffset() == timedelta(hours=2 if clock < time(3) else 1)


@given(YEARS, st.sampled_from([spring, autumn]), CLOCKS, CLOCKS)
def test_durations_across_either_switch_are_real_elapsed_time(year, night_of, opens, closes):
    night = night_of(year)
    if opens >= closes:
        return
    try:
        starts, ends = local_span(night, opens, closes)
    except ValidationError:
        return  # one end lies in the skipped hour: refused, as above
    elapsed = between(starts, ends)
    assert elapsed == ends.astimezone(UTC) - starts.astimezone(UTC)
    assert elapsed > timedelta(0)
    wall = datetime.combine(night, closes) - datetime.combine(night, opens)
    if night_of is spring and opens < time(2) and closes >= time(3):
        assert elapsed == wall - timedelta(hours=1)
    elif night_of is autumn and opens < time(2) and closes >= time(3):
        assert elapsed == wall + timedelta(hours=1)


def test_two_hours_over_each_switch_night():
    assert between(*local_span(spring(2026), time(1, 30), time(3, 30))) == timedelta(hours=1)
    assert between(*local_span(autumn(2026), time(1, 30), time(3, 30))) == timedelta(hours=3)


def test_a_weekly_series_names_the_week_that_falls_in_the_gap():
    with pytest.raises(ValidationError) as refused:
        check_exists(spring(2026) - timedelta(weeks=2), time(2, 30), weeks=4)
    assert "29.03.2026" in refused.value.messages[0]
    check_exists(spring(2026) + timedelta(weeks=1), time(2, 30), weeks=4)


@settings(deadline=None)
@given(
    year=st.integers(min_value=2024, max_value=2040),
    night_of=st.sampled_from([spring, autumn]),
    opens=CLOCKS,
    minutes=st.integers(min_value=15, max_value=240),
)
def test_recurring_sunday_meetings_across_the_switch_never_fail_or_shift(
    year, night_of, opens, minutes
):
    """A weekly meeting keeps its wall-clock time on both sides of the switch; on the night
    the clocks skip its time it moves forward by the skipped hour (as in iCalendar)."""
    closes_at = datetime.combine(date.min, opens) + timedelta(minutes=minutes)
    if closes_at.date() != date.min:
        return
    schedule = Schedule(
        freq="WEEKLY", interval=1, byday="SU", opens_at=opens, closes_at=closes_at.time()
    )
    night = night_of(year)
    after = datetime.combine(night - timedelta(weeks=1), time.min, CPH)
    found = list(occurrences(schedule, after, limit=3))
    assert [o.starts.astimezone(CPH).date() for o in found] == [
        night - timedelta(weeks=1),
        night,
        night + timedelta(weeks=1),
    ]
    for occurrence in found:
        assert occurrence.ends > occurrence.starts
        local = occurrence.starts.astimezone(CPH).time()
        skipped = night_of is spring and occurrence.starts.astimezone(CPH).date() == night
        if skipped and time(2) <= opens < time(3):
            assert local == time(opens.hour + 1, opens.minute)
        else:
            assert local == opens


@pytest.mark.parametrize("clock", ["02:00", "02:30", "02:59"])
def test_companion_time_in_the_skipped_hour_is_a_form_error(clock, time_machine):
    time_machine.move_to(datetime(2026, 3, 1, 12, tzinfo=CPH))
    form = CompanionTimeForm({"dato": "2026-03-29", "fra": clock, "til": "04:00"})
    assert not form.is_valid()
    assert "findes ikke" in form.errors["fra"][0]


def test_companion_time_on_the_fall_back_night_is_accepted(time_machine):
    time_machine.move_to(datetime(2026, 10, 1, 12, tzinfo=CPH))
    form = CompanionTimeForm({"dato": "2026-10-25", "fra": "02:30", "til": "03:30"})
    assert form.is_valid(), form.errors


@pytest.mark.django_db
def test_open_slots_in_the_skipped_hour_are_a_form_error_not_a_500(client, time_machine):
    from urllib.parse import urlencode

    from brobygger.accounts.roles import Role
    from brobygger.volunteers.models import OpenSlot, RoleDescription
    from tests.people import two_factor

    time_machine.move_to(datetime(2026, 3, 1, 12, tzinfo=CPH))
    role = RoleDescription.objects.create(
        title="Hjælper", kind="helper", purpose="-", does="-", does_not="-"
    )
    client.force_login(two_factor(factories.user(Role.VOLUNTEER_COORDINATOR)))
    task = {"role": role.pk, "day": "2026-03-29", "opens": "02:00", "closes": "03:30", "weeks": 1}
    url = f"{reverse('volunteers:new_task')}?{urlencode(task)}"
    page = client.get(url)
    assert page.status_code == 200
    assert "findes ikke" in page.content.decode()
    posted = client.post(url, {"publish": "1", "places": "1"})
    assert posted.status_code == 200
    assert not OpenSlot.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("today", [date(2028, 2, 29), date(2027, 3, 1)])
def test_calendar_feed_with_a_pause_works_on_29_february(
    client, reference_data, today, time_machine
):
    time_machine.move_to(datetime.combine(today, time(12), CPH))
    offer = factories.offer("Seniorkoret", schedule=("WEEKLY", "TU", "10:00-12:00"))
    Pause.objects.create(
        offer=offer, starts_on=date(2028, 7, 1), ends_on=date(2028, 7, 31), every_year=True
    )
    response = client.get(reverse("directory:offer_ics", args=[offer.pk]))
    assert response.status_code == 200
    event = icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert event.get("exdate")


@pytest.mark.django_db
def test_calendar_feed_of_a_title_with_control_characters_stays_valid(client, reference_data):
    offer = factories.offer("Senior\r\nkoret\x0b", schedule=("WEEKLY", "TU", "10:00-12:00"))
    response = client.get(reverse("directory:offer_ics", args=[offer.pk]))
    assert response.status_code == 200
    assert b"\x0b" not in response.content
    event = icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Senior koret"
