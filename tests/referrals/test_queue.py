"""The team's queue on "Min dag": urgency and reasons shown, urgent referrals first, then the
ones that have waited longest — in a bounded number of queries."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.referrals import actions
from tests import factories
from tests.people import referral_data

CPH = ZoneInfo("Europe/Copenhagen")


def referred(day: int, name: str, **changes):
    with time_machine.travel(datetime(2026, 3, day, 9, tzinfo=CPH), tick=False):
        return actions.receive_referral(
            referral_data(citizen_name=name, citizen_phone="", **changes)
        )


def queue_part(client, worker) -> str:
    client.force_login(worker)
    page = client.get(reverse("referrals:day")).content.decode()
    return page[page.index('id="queue-h"') :]


def test_urgent_referrals_come_first_then_the_oldest(client, teams, worker):
    referred(2, "Normal Nyere", urgency="normal")
    referred(4, "Haster Meget", urgency="urgent", reasons=("grief", "loneliness"))
    referred(3, "Inden Ugen", urgency="soon")
    referred(1, "Normal Ældst", urgency="normal")
    referred(5, "Haster Også", urgency="urgent")
    queue = queue_part(client, worker)
    order = ["Haster Meget", "Haster Også", "Inden Ugen", "Normal Ældst", "Normal Nyere"]
    assert [queue.index(name) for name in order] == sorted(queue.index(n) for n in order)
    first_row = queue[queue.index("Haster Meget") : queue.index("Haster Også")]
    assert '<strong class="badge badge-error">Hurtigst muligt</strong>' in first_row
    # The reasons in words, in the form's order.
    assert "Ensomhed, Sorg" in first_row
    soon_row = queue[queue.index("Inden Ugen") : queue.index("Normal Ældst")]
    assert '<strong class="badge badge-warning">Inden for en uge</strong>' in soon_row
    assert "4.3.2026" in first_row or "04.03.2026" in first_row


def test_a_later_urgent_referral_of_the_same_citizen_moves_the_case_up(client, teams, worker):
    referred(1, "Karen Først", urgency="normal")
    second = referred(2, "Inger Hansen", urgency="normal", citizen_postal_code="4000")
    again = referred(3, "Inger Hansen", urgency="urgent", reasons=("carer_strain",))
    assert again.suspected_case == second.case
    actions.resolve_duplicate(again, same_citizen=True, acting_user=worker)
    queue = queue_part(client, worker)
    assert queue.index("Inger Hansen") < queue.index("Karen Først")
    row = queue[queue.index("Inger Hansen") : queue.index("Karen Først")]
    assert "Hurtigst muligt" in row and "Belastet pårørende" in row and "Ensomhed" in row


def test_taken_and_other_teams_cases_are_not_in_the_queue(client, teams, worker, other_area_worker):
    taken = referred(1, "Taget Allerede", urgency="urgent")
    actions.take_case(taken.case, acting_user=worker)
    referred(2, "Lejre Borger", urgency="urgent", citizen_postal_code="4320")
    referred(3, "Venter Stadig")
    queue = queue_part(client, worker)
    queue = queue[: queue.index('id="mine-h"')]
    assert "Venter Stadig" in queue
    assert "Taget Allerede" not in queue and "Lejre Borger" not in queue


def test_the_queue_asks_a_bounded_number_of_queries(
    client, teams, worker, django_assert_max_num_queries
):
    for n in range(3):
        referred(1 + n, f"Borger {n}", urgency=("urgent", "soon", "normal")[n % 3])
    client.force_login(worker)
    with django_assert_max_num_queries(25) as few:
        client.get(reverse("referrals:day"))
    for n in range(3, 20):
        referred(1 + n, f"Borger {n}", urgency=("urgent", "soon", "normal")[n % 3])
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("referrals:day")).content.decode()
    assert "Borger 19" in page and "Teamets kø: 20 henvisninger" in page


@pytest.mark.parametrize("role", [Role.REFERRER, Role.VOLUNTEER])
def test_others_do_not_see_the_queue(client, teams, role):
    referred(1, "Inger Hansen")
    client.force_login(factories.user(role))
    assert client.get(reverse("referrals:day")).status_code == 404
