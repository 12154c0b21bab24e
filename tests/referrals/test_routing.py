"""Every referral reaches a queue a person watches, and a postal code outside the
municipality is asked about at intake instead of being sent on quietly."""

import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.notifications.models import Message
from brobygger.referrals.actions import receive_referral
from brobygger.referrals.models import Referral
from brobygger.referrals.routing import route, unstaffed_teams
from tests import factories
from tests.people import referral_data, two_factor
from tests.public_forms import post_public


@pytest.fixture
def admin(teams):
    return two_factor(factories.user(Role.ADMINISTRATOR, full_name="Anne Administrator"))


def test_a_team_without_members_sends_its_referrals_to_the_fallback_team(
    teams, worker, admin, django_capture_on_commit_callbacks
):
    # Lejre has an area but nobody in its team; Roskilde (the fallback) has a link worker.
    with django_capture_on_commit_callbacks(execute=True):
        case = receive_referral(referral_data(citizen_postal_code="4320")).case
    assert case.team == teams["roskilde"]
    assert case.local_area.name == "Lejre"  # the citizen's area is still known
    [mail] = Message.objects.filter(template="referrals/team_unstaffed")
    assert mail.recipient == admin.email
    assert "Brobyggerteam Lejre" in mail.subject
    assert "Brobyggerteam Lejre" in mail.body and "Brobyggerteam Roskilde" in mail.body
    assert "Inger" not in mail.subject + mail.body  # no citizen in the warning
    received = AuditEvent.objects.get(action="create", object_type="referrals.referral")
    assert received.data["unstaffed_team"] == teams["lejre"].pk


def test_administrators_are_warned_once_a_day_per_team(teams, worker, admin):
    for n in range(3):
        receive_referral(
            referral_data(citizen_postal_code="4320", citizen_name=f"Borger {n}", citizen_phone="")
        )
    assert Message.objects.filter(template="referrals/team_unstaffed").count() == 1


def test_a_team_with_a_member_keeps_its_referrals_and_nobody_is_warned(
    teams, worker, other_area_worker, admin
):
    case = receive_referral(referral_data(citizen_postal_code="4320")).case
    assert case.team == teams["lejre"]
    assert not Message.objects.filter(template="referrals/team_unstaffed").exists()


def test_a_referral_is_routed_once_and_its_case_opens_in_that_team(
    teams, worker, other_area_worker, monkeypatch
):
    # The case opens in the team whose intake lock is held: the routing is not made twice.
    from brobygger.referrals import actions

    calls = []

    def counting_route(postal_code):
        calls.append(postal_code)
        return route(postal_code)

    monkeypatch.setattr(actions, "route", counting_route)
    case = receive_referral(referral_data(citizen_postal_code="4320")).case
    assert calls == ["4320"]
    assert case.team == teams["lejre"]


@pytest.mark.parametrize("who", ["inactive", "coordinator"])
def test_only_active_link_workers_and_leads_count_as_members(teams, worker, who):
    if who == "inactive":
        factories.user(Role.LINK_WORKER, unit=teams["lejre"], is_active=False)
    else:
        factories.user(Role.VOLUNTEER_COORDINATOR, unit=teams["lejre"])
    assert route("4320").team == teams["roskilde"]
    assert route("4320").unstaffed == teams["lejre"]


def test_a_team_lead_alone_watches_the_queue(teams, worker):
    factories.user(Role.TEAM_LEAD, unit=teams["lejre"])
    assert route("4320").team == teams["lejre"] and route("4320").unstaffed is None


def test_an_empty_fallback_team_hands_over_to_a_team_somebody_watches(teams, other_area_worker):
    # Nobody in Roskilde, the fallback team: the referral goes where a person looks.
    routed = route("4000")
    assert routed.team == teams["lejre"] and routed.unstaffed == teams["roskilde"]
    assert routed.watched


def test_with_nobody_anywhere_the_referral_waits_at_the_fallback_and_admins_are_told(teams, admin):
    referral = receive_referral(referral_data())
    assert referral.case.team == teams["roskilde"]
    assert Message.objects.filter(
        template="referrals/team_unstaffed", recipient=admin.email
    ).exists()


def test_the_administrators_overview_lists_teams_nobody_watches(client, teams, worker, admin):
    assert list(unstaffed_teams()) == [teams["lejre"]]
    client.force_login(admin)
    page = client.get(reverse("home")).content.decode()
    assert "Teams uden aktive brobyggere" in page and "Brobyggerteam Lejre" in page
    assert "Brobyggerteam Roskilde" not in page.split("teams-uden-brobyggere")[1].split("</div>")[0]


def test_other_roles_see_no_team_warning(client, teams, worker):
    client.force_login(worker)
    assert "Teams uden aktive brobyggere" not in client.get(reverse("home")).content.decode()


# Intake: a postal code outside the municipality ----------------------------------------


def _external(**changes):
    data = {
        "citizen_name": "Inger Hansen",
        "citizen_phone": "20 30 40 50",
        "citizen_street": "Algade 3",
        "citizen_postal_code": "8000",
        "reasons": ["loneliness"],
        "needs_text": "Mistede sin mand i foråret",
        "urgency": "normal",
        "consent_contact": "on",
        "feedback": "none",
        "referrer_kind": "gp",
        "referrer_name": "Dr. Holm",
        "referrer_phone": "46 31 22 10",
    }
    return data | changes


def test_a_postal_code_outside_the_municipality_is_asked_about_and_the_input_kept(
    client, teams, worker
):
    response = post_public(client, reverse("referrals:refer"), _external())
    page = response.content.decode()
    assert response.status_code == 200
    assert not Referral.objects.exists()
    assert (
        "Postnummeret 8000 Aarhus C ligger uden for Fjordbro Kommune. Vil du sende henvisningen "
        "alligevel til det centrale team, eller rette postnummeret?"
    ) in page
    assert "Ja, send henvisningen til det centrale team alligevel" in page
    for typed in ("Inger Hansen", "Algade 3", 'value="8000"', "Mistede sin mand i foråret"):
        assert typed in page


def test_ticking_send_anyway_sends_it_to_the_central_team(client, teams, worker):
    response = post_public(client, reverse("referrals:refer"), _external(send_outside="on"))
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert referral.case.team == teams["roskilde"]
    assert referral.citizen_postal_code_id == "8000"


def test_correcting_the_postal_code_sends_it_to_the_area_team(
    client, teams, worker, other_area_worker
):
    post_public(client, reverse("referrals:refer"), _external())
    response = post_public(
        client, reverse("referrals:refer"), _external(citizen_postal_code="4320")
    )
    assert response.status_code == 302
    assert Referral.objects.get().case.team == teams["lejre"]


def test_a_postal_code_inside_shows_no_question(client, teams, worker):
    page = client.get(reverse("referrals:refer")).content.decode()
    assert "send_outside" not in page
    response = post_public(
        client, reverse("referrals:refer"), _external(citizen_postal_code="4000")
    )
    assert response.status_code == 302


def test_the_self_referral_asks_in_the_citizens_own_terms(client, teams, worker):
    data = {
        "citizen_name": "Poul Jensen",
        "citizen_phone": "22 33 44 55",
        "citizen_postal_code": "8000",
        "interests_text": "Jeg savner at lave noget med hænderne",
        "consent_contact": "on",
    }
    page = post_public(client, reverse("referrals:self_referral"), data).content.decode()
    assert "ligger uden for Fjordbro Kommune. Vil du alligevel have, at en brobygger" in page
    assert "Jeg savner at lave noget med hænderne" in page
    assert not Referral.objects.exists()
    response = post_public(
        client, reverse("referrals:self_referral"), data | {"send_outside": "on"}
    )
    assert response.status_code == 302 and Referral.objects.get().case.team == teams["roskilde"]


def test_the_hand_over_asks_too(client, teams, worker):
    carer = factories.user(Role.REFERRER, full_name="Hanne Hjemmehjælper")
    client.force_login(carer)
    data = {
        "citizen_name": "Ruth Madsen",
        "citizen_street": "Møllevej 2",
        "citizen_postal_code": "8000",
        "consent_contact": "on",
    }
    page = client.post(reverse("referrals:hand_over"), data).content.decode()
    assert "Postnummeret 8000 Aarhus C ligger uden for Fjordbro Kommune" in page
    assert "Møllevej 2" in page and not Referral.objects.exists()
    response = client.post(reverse("referrals:hand_over"), data | {"send_outside": "on"})
    assert response.status_code == 302 and Referral.objects.exists()


def test_without_local_areas_no_code_is_outside(client, reference_data):
    from brobygger.accounts.models import OrganisationalUnit

    OrganisationalUnit.objects.create(name="Brobyggerne", handles_unrouted=True)
    response = post_public(client, reverse("referrals:refer"), _external())
    assert response.status_code == 302
