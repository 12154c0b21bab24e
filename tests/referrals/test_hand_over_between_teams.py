"""A team lead gives a case to a link worker of this or another team, with a reason; sees
each worker's cases; and is told when a hand-over would change nothing."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.notifications.models import Message
from brobygger.referrals import actions
from brobygger.referrals.models import Case, StateChange
from tests import factories
from tests.people import referral_data, two_factor


def _hand_over(client, case, to, reason="Lars kender området og har tid", **kwargs):
    return client.post(
        reverse("referrals:reassign", args=[case.pk]),
        {"to": to.pk, "reason": reason},
        **kwargs,
    )


def _events(kind="case.reassigned"):
    return AuditEvent.objects.filter(event=kind)


def test_a_lead_hands_a_case_to_a_worker_of_another_team(
    client, case, worker, lead, other_area_worker, django_capture_on_commit_callbacks
):
    actions.take_case(case, acting_user=worker)
    actions.add_task(case, title="Ring", due_on=date.today(), acting_user=worker)
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = _hand_over(client, case, other_area_worker, follow=True)
    case.refresh_from_db()
    assert case.assigned_to == other_area_worker
    assert case.team == other_area_worker.unit
    assert case.tasks.get().assigned_to == other_area_worker  # the follow-up goes along
    # The lead no longer sees the case: back on the team's overview, told where it went.
    assert response.redirect_chain[-1][0] == reverse("referrals:team")
    assert "Forløbet er givet til Lars Lejre i Brobyggerteam Lejre." in response.content.decode()
    note = StateChange.objects.filter(case=case).last().note
    assert note == "Givet til Lars Lejre i Brobyggerteam Lejre: Lars kender området og har tid"
    event = _events().get()
    assert event.user_id == lead.pk
    assert event.data["from"] == worker.pk and event.data["to"] == other_area_worker.pk
    assert event.data["from_team"] != event.data["to_team"]
    mail = Message.objects.get(template="referrals/case_handed_over")
    assert mail.recipient == other_area_worker.email
    assert "Inger" not in mail.subject + mail.body and "Tove Teamleder" in mail.body
    # The new worker finds it; the old one no longer does.
    client.force_login(other_area_worker)
    page = client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    assert "Lars kender området og har tid" in page
    client.force_login(worker)
    assert client.get(reverse("referrals:case", args=[case.pk])).status_code == 404


def test_the_form_offers_workers_of_every_team_grouped_by_team(
    client, case, worker, colleague, lead, other_area_worker
):
    client.force_login(lead)
    page = client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    assert '<optgroup label="Brobyggerteam Roskilde">' in page
    assert '<optgroup label="Brobyggerteam Lejre">' in page
    assert "Lars Lejre" in page and "Kasper Kollega" in page
    assert 'id="giv-videre-reason"' in page


def test_a_hand_over_within_the_team_keeps_the_team(client, case, worker, colleague, lead):
    actions.take_case(case, acting_user=worker)
    client.force_login(lead)
    response = _hand_over(client, case, colleague, reason="Birgitte har ferie")
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.assigned_to == colleague and case.team == colleague.unit
    assert StateChange.objects.filter(case=case).last().note == (
        "Givet til Kasper Kollega: Birgitte har ferie"
    )


def test_handing_a_case_to_the_worker_who_has_it_changes_nothing(client, case, worker, lead):
    actions.take_case(case, acting_user=worker)
    history = StateChange.objects.filter(case=case).count()
    client.force_login(lead)
    response = _hand_over(client, case, worker, follow=True)
    page = response.content.decode()
    assert "Forløbet er allerede givet til Birgitte Brobygger. Intet er ændret." in page
    assert not _events().exists()
    assert StateChange.objects.filter(case=case).count() == history
    assert not Message.objects.filter(template="referrals/case_handed_over").exists()


def test_the_reason_is_required_and_the_choice_kept(client, case, worker, colleague, lead):
    client.force_login(lead)
    response = _hand_over(client, case, colleague, reason="   ")
    page = response.content.decode()
    assert response.status_code == 400
    assert "Skriv hvorfor forløbet gives videre." in page
    assert f'<option value="{colleague.pk}" selected>' in page
    case.refresh_from_db()
    assert case.assigned_to is None and not _events().exists()


@pytest.mark.parametrize("who", ["volunteer", "inactive", "unknown"])
def test_only_an_active_link_worker_can_be_chosen(client, case, lead, who):
    if who == "unknown":
        pk = 10**9
    else:
        person = factories.user(
            Role.VOLUNTEER if who == "volunteer" else Role.LINK_WORKER,
            unit=lead.unit,
            is_active=who != "inactive",
        )
        pk = person.pk
    client.force_login(lead)
    response = client.post(
        reverse("referrals:reassign", args=[case.pk]), {"to": pk, "reason": "Prøve"}
    )
    assert response.status_code == 400
    assert "Vælg en brobygger." in response.content.decode()
    assert not _events().exists()


def test_a_link_worker_cannot_hand_over(client, case, worker, colleague):
    client.force_login(worker)
    assert _hand_over(client, case, colleague).status_code == 404
    case.refresh_from_db()
    assert case.assigned_to is None


def test_another_teams_lead_cannot_hand_over(client, case, teams, colleague):
    other_lead = two_factor(factories.user(Role.TEAM_LEAD, unit=teams["lejre"]))
    client.force_login(other_lead)
    assert _hand_over(client, case, colleague).status_code == 404


# The team overview ------------------------------------------------------------------------


def test_the_lead_sees_each_workers_open_cases(client, teams, worker, colleague, lead):
    mine = actions.receive_referral(referral_data()).case
    theirs = actions.receive_referral(
        referral_data(citizen_name="Karl Berg", citizen_phone="31313131")
    ).case
    waiting = actions.receive_referral(
        referral_data(citizen_name="Ruth Madsen", citizen_phone="41414141")
    ).case
    closed = actions.receive_referral(
        referral_data(citizen_name="Poul Lukket", citizen_phone="51515151")
    ).case
    actions.take_case(mine, acting_user=worker)
    actions.take_case(theirs, acting_user=colleague)
    actions.take_case(closed, acting_user=colleague)
    actions.change_state(closed, "declined", acting_user=colleague)
    client.force_login(lead)
    response = client.get(reverse("referrals:team"))
    page = response.content.decode()
    assert response.status_code == 200
    birgitte = page[page.index("Birgitte Brobygger") : page.index("Kasper Kollega")]
    assert "1 åbent forløb" in birgitte and "Inger Hansen" in birgitte
    kasper = page[page.index("Kasper Kollega") : page.index("Ikke taget endnu")]
    assert "Karl Berg" in kasper and "Poul Lukket" not in kasper
    assert "Ruth Madsen" in page[page.index("Ikke taget endnu") :]
    assert "3 åbne forløb" in page and "1 venter i køen" in page
    assert reverse("referrals:case", args=[waiting.pk]) in page
    assert _events("case.listed").filter(user_id=lead.pk).exists()


def test_the_overview_asks_a_fixed_number_of_queries(client, teams, worker, colleague, lead):
    client.force_login(lead)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("referrals:team")).status_code == 200
        return len(queries)

    few = count()
    for n in range(6):
        case = actions.receive_referral(
            referral_data(citizen_name=f"Borger {n}", citizen_phone=f"2{n}202020")
        ).case
        actions.take_case(case, acting_user=worker if n % 2 else colleague)
    assert count() == few


def test_the_overview_is_for_leads_and_administrators(client, teams, worker, lead):
    client.force_login(worker)
    assert client.get(reverse("referrals:team")).status_code == 404
    referrer = factories.user(Role.REFERRER)
    client.force_login(referrer)
    assert client.get(reverse("referrals:team")).status_code == 404
    admin = two_factor(factories.user(Role.ADMINISTRATOR))
    client.force_login(admin)
    page = client.get(reverse("referrals:team")).content.decode()
    assert "Brobyggerteam Roskilde" in page


def test_the_menu_offers_the_overview_to_leads_only(client, case, worker, lead):
    client.force_login(lead)
    assert "Teamets forløb" in client.get(reverse("referrals:day")).content.decode()
    client.force_login(worker)
    assert "Teamets forløb" not in client.get(reverse("referrals:day")).content.decode()


def test_an_old_case_of_someone_who_left_the_team_shows_up(client, case, worker, lead, teams):
    actions.take_case(case, acting_user=worker)
    worker.is_active = False
    worker.save(update_fields=["is_active"])
    client.force_login(lead)
    page = client.get(reverse("referrals:team")).content.decode()
    assert "ikke længere i teamet" in page and "Inger Hansen" in page
    assert Case.objects.filter(assigned_to=worker).count() == 1
