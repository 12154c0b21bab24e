"""Every page a role reaches has each id once, also where a form repeats per item (a task, a
proposal, a referral, a volunteer's assignment): a label or an error message that points at a
shared id reaches the wrong control (WCAG 1.3.1 and 4.1.2)."""

from datetime import datetime, time, timedelta

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from brobygger.referrals import actions as referrals
from brobygger.referrals.models import PlanChoice, Task
from brobygger.volunteers.models import Assignment, Course, OpenSlot
from tests import factories
from tests.html_ids import duplicate_ids
from tests.people import TwoStepClient, referral_data
from tests.project import test_fuzz
from tests.project.test_fuzz import CPH, SLOW, path_value, role_for, walked_routes

pytestmark = pytest.mark.django_db
world = test_fuzz.world  # the fuzz test's world: every role, one item of each kind


@pytest.fixture
def two_of_everything(world):
    """The fuzz test's world with a second item wherever a page repeats a form per item."""
    w = world
    today = timezone.localdate()
    second = referrals.receive_referral(referral_data(referrer_name="Sygeplejerske Sara"))
    referrals.resolve_duplicate(second, same_citizen=True, acting_user=w.worker)
    PlanChoice.objects.create(case=w.case, offer=factories.offer("Petanque"))
    Task.objects.create(
        case=w.case, title="Ring igen", due_on=today + timedelta(days=4), assigned_to=w.worker
    )
    starts = datetime.combine(today + timedelta(days=6), time(10), CPH)
    OpenSlot.objects.create(
        role=w.role, starts_at=starts, ends_at=starts + timedelta(hours=2), places=1,
        created_by=w.coordinator,
    )  # fmt: skip
    Assignment.objects.create(
        volunteer=w.volunteer, role=w.role, starts_at=starts + timedelta(days=2),
        ends_at=starts + timedelta(days=2, hours=2), confirmed_by=w.coordinator,
    )  # fmt: skip
    Course.objects.create(
        title="Demensven", held_on=today + timedelta(days=20), created_by=w.coordinator
    )
    return w


def test_no_page_has_an_id_twice(two_of_everything):
    w = two_of_everything
    clients = {}
    found, pages = {}, 0
    for route in walked_routes():
        if route.name.startswith(("admin:", "hsds:")) or SLOW.search(route.name):
            continue
        role = role_for(route.name)
        if role not in clients:
            clients[role] = TwoStepClient()
            if role != "anonymous":
                person = w.volunteer_user if role == "volunteer" else getattr(w, role)
                clients[role].force_login(person)
        try:
            url = reverse(
                route.name, kwargs={k: path_value(route.name, k, w) for k in route.kwargs}
            )
        except NoReverseMatch:
            continue
        response = clients[role].get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        pages += 1
        duplicates = duplicate_ids(response.content.decode())
        if duplicates:
            found[f"{role} {url}"] = duplicates
    assert pages > 30
    assert found == {}
