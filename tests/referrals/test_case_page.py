"""The case page: sections that reload on their own, bounded queries, no engine on load."""

import re
from collections import Counter
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from brobygger.referrals import actions
from tests import factories


def _grow(case, worker, n):
    actions.record_conversation(
        case, notes={}, wishes="At synge", held_on=date.today(), acting_user=worker
    )
    for i in range(n):
        actions.add_task(
            case, title=f"Ring {i}", due_on=date.today() + timedelta(days=i), acting_user=worker
        )
        offer = factories.offer(f"Kor {case.pk}-{n}-{i}", terms=("interest:sang",))
        actions.choose_offer(case, offer, reasons=["Synger"], acting_user=worker)


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_case_page_asks_a_bounded_number_of_queries(client, worker, teams):
    from tests.people import referral_data

    small = actions.receive_referral(referral_data()).case
    large = actions.receive_referral(
        referral_data(citizen_name="Karl Berg", citizen_phone="31313131")
    ).case
    _grow(small, worker, 2)
    _grow(large, worker, 12)
    client.force_login(worker)
    few = _queries(client, reverse("referrals:case", args=[small.pk]))
    many = _queries(client, reverse("referrals:case", args=[large.pk]))
    assert many == few


def test_the_matching_engine_does_not_run_when_the_page_loads(client, worker, case, monkeypatch):
    _grow(case, worker, 1)

    def not_now(*args, **kwargs):
        raise AssertionError("the engine ran on page load")

    monkeypatch.setattr("brobygger.referrals.matching.proposals_for", not_now)
    client.force_login(worker)
    assert client.get(reverse("referrals:case", args=[case.pk])).status_code == 200


def test_a_task_added_with_htmx_answers_with_its_section(client, worker, case):
    client.force_login(worker)
    response = client.post(
        reverse("referrals:add_task", args=[case.pk]),
        {"title": "Ring til Inger", "due_on": date.today().isoformat()},
        headers={"HX-Request": "true"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="opgaver"') and "Ring til Inger" in page
    assert "Opgaven er oprettet." in page


def test_a_bad_task_with_htmx_keeps_the_input_in_the_section(client, worker, case):
    client.force_login(worker)
    response = client.post(
        reverse("referrals:add_task", args=[case.pk]),
        {"title": "Ring til Inger", "due_on": "9999-01-01"},
        headers={"HX-Request": "true"},
    )
    page = response.content.decode()
    assert response.status_code == 200 and "Ring til Inger" in page
    assert not case.tasks.exists()


@pytest.mark.parametrize("section", ["borger", "samtale", "plan", "valg", "opgaver", "historik"])
def test_each_section_reloads_on_its_own(client, worker, case, section):
    client.force_login(worker)
    url = reverse("referrals:case_section", args=[case.pk, section])
    page = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert f'id="{section}"' in page and "<html" not in page


def test_sections_of_other_teams_cases_are_not_found(client, other_area_worker, case):
    client.force_login(other_area_worker)
    url = reverse("referrals:case_section", args=[case.pk, "opgaver"])
    assert client.get(url).status_code == 404
    assert client.get(reverse("referrals:case_section", args=[case.pk, "nope"])).status_code == 404


def test_every_form_control_on_the_case_page_has_its_own_id(client, worker, case):
    _grow(case, worker, 3)
    client.force_login(worker)
    page = client.get(reverse("referrals:case", args=[case.pk]), {"forslag": "vis"})
    ids = Counter(re.findall(r'\sid="([^"]+)"', page.content.decode()))
    assert [i for i, n in ids.items() if n > 1] == []
