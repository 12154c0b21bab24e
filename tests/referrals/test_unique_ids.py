"""Every control on the case page has an id of its own, however many items repeat a form."""

from datetime import date, timedelta

from django.urls import reverse

from brobygger.referrals import actions
from tests import factories
from tests.html_ids import duplicate_ids, ids
from tests.people import referral_data


def _full_case(case, worker):
    """A case with two of everything that repeats a form: referrals, choices, tasks."""
    second = actions.receive_referral(referral_data(referrer_name="Sygeplejerske Sara"))
    actions.resolve_duplicate(second, same_citizen=True, acting_user=worker)
    actions.take_case(case, acting_user=worker)
    actions.record_conversation(
        case, notes={}, wishes="At synge", held_on=date.today(), acting_user=worker
    )
    for n in range(2):
        actions.add_task(
            case, title=f"Ring {n}", due_on=date.today() + timedelta(days=n), acting_user=worker
        )
        offer = factories.offer(f"Kor {n}", terms=("interest:sang",))
        actions.choose_offer(case, offer, reasons=["Synger"], acting_user=worker)
    return case


def test_every_id_on_the_case_page_is_unique(client, case, worker):
    _full_case(case, worker)
    client.force_login(worker)
    page = client.get(reverse("referrals:case", args=[case.pk]) + "?forslag=vis").content.decode()
    assert case.referrals.count() == 2 and case.choices.count() == 2
    assert page.count('action="/brobygger/forloeb/') > 10  # the forms are really there
    assert duplicate_ids(page) == {}


def test_every_id_on_the_case_page_is_unique_for_a_team_lead(client, case, worker, lead):
    _full_case(case, worker)
    client.force_login(lead)
    page = client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    assert duplicate_ids(page) == {}


def test_the_repeated_feedback_form_gets_one_prefix_per_referral(client, case, worker):
    _full_case(case, worker)
    client.force_login(worker)
    page = client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    found = ids(page)
    for referral in case.referrals.all():
        assert any(str(referral.pk) in i and "message" in i for i in found)
