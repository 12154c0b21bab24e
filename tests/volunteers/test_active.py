"""One definition of an active volunteer: every page and rule counts the same people."""

import re

import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.volunteers.models import Volunteer
from brobygger.volunteers.overview import build
from brobygger.volunteers.stages import ACTIVE_STAGES, Stage
from tests import factories
from tests.people import two_factor


@pytest.fixture
def coordinator(reference_data):
    return two_factor(factories.user(Role.VOLUNTEER_COORDINATOR))


@pytest.fixture
def corps(db):
    """One volunteer in every stage, and a second in the trial."""
    people = {s: Volunteer.objects.create(full_name=f"V {s}", stage=s) for s in Stage}
    people["trial2"] = Volunteer.objects.create(full_name="V trial 2", stage=Stage.TRIAL)
    return people


def _active_count(page: str) -> int:
    found = re.search(r"(\d+) aktive? frivillige?\b", page)
    assert found, "the page says how many volunteers are active"
    return int(found.group(1))


def test_the_definition_is_trial_and_active():
    assert {Stage.TRIAL, Stage.ACTIVE} == ACTIVE_STAGES
    assert Volunteer(stage=Stage.TRIAL).is_active and not Volunteer(stage=Stage.PAUSED).is_active


def test_pipeline_and_corps_pages_count_the_same_active_volunteers(client, coordinator, corps):
    client.force_login(coordinator)
    pipeline = client.get(reverse("volunteers:pipeline")).content.decode()
    figures = client.get(reverse("volunteers:corps")).content.decode()
    assert _active_count(pipeline) == _active_count(figures) == 3
    assert Volunteer.objects.active().count() == 3
    # The stage columns add up to the same figure.
    columns = re.findall(r'<h3 class="h4">([^<(]+) \((\d+)\)</h3>', pipeline)
    per_stage = {label: int(n) for label, n in columns}
    assert per_stage["Prøveperiode"] + per_stage["Aktiv"] == 3


def test_overview_counts_and_proposals_use_the_same_people(corps, texts):
    from datetime import date, datetime, timedelta
    from zoneinfo import ZoneInfo

    from brobygger.volunteers.models import Acceptance, AgreementText, RoleDescription
    from brobygger.volunteers.proposals import propose

    assert build(date.today(), quiet_weeks=8).active_total == 3
    role = RoleDescription.objects.create(
        title="Hjælper", kind="helper", purpose="x", does="x", does_not="x"
    )
    starts = datetime.now(ZoneInfo("Europe/Copenhagen")) + timedelta(days=3)
    # Everyone signed the papers, so the rules leave nobody out: the pool itself is tested.
    for person in corps.values():
        for text in AgreementText.objects.all():
            Acceptance.objects.create(volunteer=person, text=text)
    found = propose(role, starts=starts, ends=starts + timedelta(hours=1), top=50)
    pool = {c.volunteer.pk for c in found}
    assert pool == set(Volunteer.objects.active().values_list("pk", flat=True))


def test_new_active_per_month_counts_each_newcomer_once(coordinator, corps):
    from datetime import date

    from brobygger.volunteers import actions

    intro = corps[Stage.INTRO]
    actions.move_stage(intro, Stage.TRIAL, acting_user=coordinator)
    actions.move_stage(intro, Stage.ACTIVE, acting_user=coordinator)  # not new a second time
    paused = corps[Stage.PAUSED]
    actions.move_stage(paused, Stage.ACTIVE, acting_user=coordinator)  # back, not new
    today = date.today()
    month = next(m for m in build(today, quiet_weeks=8).months if m[0] == today.replace(day=1))
    assert month[1] == 1
