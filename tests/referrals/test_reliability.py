"""Nothing a user saved is lost, nothing happens twice, and floods are turned away."""

import re
import threading
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse

from brobygger.referrals import actions
from brobygger.referrals.actions import find_open_case, receive_referral
from brobygger.referrals.models import Case, Citizen, Referral, Task
from brobygger.referrals.states import CaseState
from tests.people import referral_data
from tests.public_forms import hidden_fields, post_public


def _form(**changes):
    data = {
        "citizen_name": "Inger Hansen",
        "citizen_phone": "20 30 40 50",
        "citizen_street": "Algade 3",
        "citizen_postal_code": "4000",
        "reasons": ["loneliness"],
        "urgency": "normal",
        "consent_contact": "on",
        "feedback": "none",
        "referrer_kind": "gp",
        "referrer_name": "Dr. Holm",
        "referrer_phone": "46 31 22 10",
        "referrer_email": "holm@laege.dk",
    }
    data.update(changes)
    return data


def test_the_same_form_sent_twice_makes_one_referral(client, teams):
    url = reverse("referrals:refer")
    fields = hidden_fields(client.get(url).content.decode())
    first = client.post(url, {**fields, **_form()})
    # A double click: the same token again, with a freshly solved challenge.
    again = hidden_fields(client.get(url).content.decode())
    second = client.post(url, {**again, "form_token": fields["form_token"], **_form()})
    assert first.status_code == second.status_code == 302
    assert Referral.objects.count() == 1 and Case.objects.count() == 1
    assert first.url == second.url


def test_a_form_without_the_challenge_is_refused_and_nothing_is_saved(client, teams):
    response = client.post(reverse("referrals:refer"), _form())
    assert response.status_code == 200
    assert "Vi kunne ikke se, at formularen blev sendt af et menneske" in response.content.decode()
    assert not Referral.objects.exists()


def test_a_solved_challenge_counts_once(client, teams):
    url = reverse("referrals:refer")
    fields = hidden_fields(client.get(url).content.decode())
    client.post(url, {**fields, **_form()})
    replay = client.post(url, {**fields, "form_token": "", **_form(citizen_name="Anden")})
    assert "menneske" in replay.content.decode()
    assert Referral.objects.count() == 1


def test_without_javascript_a_small_question_does_the_job(client, teams):
    url = reverse("referrals:refer")
    page = client.get(url).content.decode()
    fields = hidden_fields(page)
    fields.pop("altcha")
    words = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
    a, b = re.search(r"Hvad er (\w+) plus (\w+)\?", page).groups()
    wrong = client.post(url, {**fields, "answer": "99", **_form()})
    assert not Referral.objects.exists() and "regnestykket" in wrong.content.decode()
    fields = hidden_fields(wrong.content.decode())
    fields.pop("altcha")
    a, b = re.search(r"Hvad er (\w+) plus (\w+)\?", wrong.content.decode()).groups()
    right = client.post(url, {**fields, "answer": str(words.index(a) + words.index(b)), **_form()})
    assert right.status_code == 302 and Referral.objects.count() == 1


def test_a_flood_from_one_address_is_turned_away(client, teams):
    url = reverse("referrals:refer")
    statuses = [
        post_public(
            client, url, _form(citizen_name=f"Borger {n}", referrer_email=f"l{n}@laege.dk")
        ).status_code
        for n in range(7)
    ]
    assert statuses[:5] == [302] * 5
    refused = post_public(client, url, _form(citizen_name="Nr 8", referrer_email="x@laege.dk"))
    assert "mange formularer" in refused.content.decode()
    assert Referral.objects.count() == 5


def test_a_flood_from_one_referrer_is_turned_away(client, teams):
    url = reverse("referrals:refer")
    for n in range(3):
        post_public(client, url, _form(citizen_name=f"Borger {n}"), REMOTE_ADDR=f"10.0.0.{n}")
    refused = post_public(client, url, _form(citizen_name="Nr 4"), REMOTE_ADDR="10.0.0.9")
    assert "mange formularer" in refused.content.decode()
    assert Referral.objects.count() == 3


def test_a_duplicate_is_only_suggested_within_the_team(teams, worker, other_area_worker):
    roskilde = receive_referral(referral_data()).case
    # The same phone number, but the citizen lives in Lejre: another team, no suggestion.
    lejre = receive_referral(referral_data(citizen_postal_code="4320"))
    assert lejre.suspected_case is None and lejre.case.team == teams["lejre"]
    same_area = receive_referral(referral_data(citizen_name="I. Hansen"))
    assert same_area.suspected_case == roskilde


def test_the_duplicate_check_does_not_grow_with_the_number_of_cases(
    teams, django_assert_max_num_queries
):
    for n in range(40):
        receive_referral(referral_data(citizen_name=f"Borger {n}", citizen_phone=f"2000{n:04d}"))
    team = teams["roskilde"]
    with django_assert_max_num_queries(2):
        assert find_open_case(referral_data(citizen_phone="+45 2000 0017"), team)
    with django_assert_max_num_queries(2):
        assert (
            find_open_case(referral_data(citizen_phone="99999999", citizen_name="Ny"), team) is None
        )


def test_the_duplicate_keys_follow_the_citizen(teams):
    citizen = receive_referral(referral_data()).case.citizen
    citizen.phone = "+45 11 22 33 44"
    citizen.save(update_fields=["phone"])
    assert Citizen.objects.get(pk=citizen.pk).phone_key == "11223344"


def test_a_stale_plan_is_refused_with_what_changed_and_the_text_kept(
    client, worker, colleague, case
):
    url = reverse("referrals:plan", args=[case.pk])
    client.force_login(worker)
    page = client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    assert re.search(r'name="version" value="1"', page)
    mine = {"goals": "Synge i kor igen", "step_1": "Ringe til koret", "version": "1"}
    theirs = {"goals": "Gå en tur hver dag", "step_1": "Finde gåholdet", "version": "1"}
    client.force_login(colleague)
    assert client.post(url, theirs).status_code == 302
    client.force_login(worker)
    response = client.post(url, mine)
    page = response.content.decode()
    assert response.status_code == 400
    assert "Kasper Kollega gemte en ændring" in page and "Gå en tur hver dag" in page
    assert "Synge i kor igen" in page  # the user's own text is still in the form
    case.refresh_from_db()
    assert case.goals == "Gå en tur hver dag" and case.version == 2
    # Saving again, deliberately, on top of the version now shown, goes through.
    assert 'name="version" value="2"' in page
    assert client.post(url, {**mine, "version": "2"}).status_code == 302
    case.refresh_from_db()
    assert case.goals == "Synge i kor igen"


def test_two_clicks_on_the_same_state_change_move_the_case_once(worker, case):
    first, second = Case.objects.get(pk=case.pk), Case.objects.get(pk=case.pk)
    actions.change_state(first, CaseState.CONTACTED, acting_user=worker)
    with pytest.raises(ValidationError):
        actions.change_state(second, CaseState.CONTACTED, acting_user=worker)
    assert case.history.filter(to_state=CaseState.CONTACTED).count() == 1


def test_follow_ups_are_all_or_nothing(worker, case, monkeypatch):
    calls = []
    real = Task.objects.create

    def fail_on_the_second(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(**kwargs)

    monkeypatch.setattr(Task.objects, "create", fail_on_the_second)
    with pytest.raises(RuntimeError):
        actions.plan_follow_ups(case, first_visit=date(2026, 12, 10), acting_user=worker)
    assert not Task.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_referrals_of_one_citizen_at_the_same_moment_make_one_case(teams):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs write transactions one at a time; the race needs PostgreSQL")
    barrier = threading.Barrier(2)
    errors = []

    def send():
        try:
            barrier.wait()
            receive_referral(referral_data())
        except Exception as problem:  # pragma: no cover - reported below
            errors.append(problem)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert Citizen.objects.count() == 1 and Case.objects.count() == 1
    assert Referral.objects.filter(suspected_case__isnull=False).count() == 1
