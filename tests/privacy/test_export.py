"""Art. 15: the case's team, its lead and administrators download everything held on a citizen
(and coordinators on a volunteer), with the log of who read it and why; nobody else learns the
person exists. Every export is itself logged."""

import json

import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.privacy import export
from brobygger.privacy.records import holdings
from brobygger.referrals.actions import receive_referral
from brobygger.referrals.models import Citizen
from brobygger.volunteers.models import Volunteer
from tests import factories
from tests.people import referral_data, two_factor

from .conftest import NAME, REFERRER_EMAIL, VOLUNTEER_EMAIL, VOLUNTEER_NAME

CITIZEN_PAGES = [
    "privacy:citizen",
    "privacy:citizen_export_pdf",
    "privacy:citizen_export_json",
]
VOLUNTEER_PAGES = [
    "privacy:volunteer",
    "privacy:volunteer_export_pdf",
    "privacy:volunteer_export_json",
]


@pytest.fixture
def people(teams, worker, lead, other_area_worker, admin, coordinator):
    return {
        "link worker of the team": worker,
        "team lead": lead,
        "administrator": admin,
        "link worker of another area": other_area_worker,
        "volunteer coordinator": coordinator,
        "volunteer": factories.user(Role.VOLUNTEER),
        "referrer": factories.user(Role.REFERRER),
        "analyst": factories.user(Role.ANALYST),
    }


@pytest.mark.parametrize("who", ["link worker of the team", "team lead", "administrator"])
@pytest.mark.parametrize("page", CITIZEN_PAGES)
def test_the_team_its_lead_and_administrators_get_the_citizen(client, case, people, who, page):
    client.force_login(people[who])
    response = client.get(reverse(page, args=[case.citizen_id]))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "who",
    [
        "link worker of another area",
        "volunteer coordinator",
        "volunteer",
        "referrer",
        "analyst",
    ],
)
@pytest.mark.parametrize("page", CITIZEN_PAGES)
def test_everyone_else_gets_404_for_the_citizen(client, case, people, who, page):
    client.force_login(people[who])
    assert client.get(reverse(page, args=[case.citizen_id])).status_code == 404
    assert not AuditEvent.objects.filter(event__in=["citizen.exported", "citizen.rights_viewed"])


@pytest.mark.parametrize("page", CITIZEN_PAGES + VOLUNTEER_PAGES)
def test_anonymous_visitors_are_sent_to_log_in(client, case, page):
    response = client.get(reverse(page, args=[case.citizen_id]))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_missing_citizen_and_a_forbidden_one_look_the_same(client, case, people):
    client.force_login(people["link worker of another area"])
    forbidden = client.get(reverse("privacy:citizen_export_json", args=[case.citizen_id]))
    missing = client.get(reverse("privacy:citizen_export_json", args=[case.citizen_id + 999]))
    assert forbidden.status_code == missing.status_code == 404


@pytest.mark.parametrize("who", ["volunteer coordinator", "administrator"])
@pytest.mark.parametrize("page", VOLUNTEER_PAGES)
def test_coordinators_and_administrators_get_the_volunteer(
    client, full_volunteer, people, who, page
):
    client.force_login(people[who])
    assert client.get(reverse(page, args=[full_volunteer.obj.pk])).status_code == 200


@pytest.mark.parametrize("who", ["link worker of the team", "team lead", "volunteer", "referrer"])
@pytest.mark.parametrize("page", VOLUNTEER_PAGES)
def test_everyone_else_gets_404_for_the_volunteer(client, full_volunteer, people, who, page):
    client.force_login(people[who])
    assert client.get(reverse(page, args=[full_volunteer.obj.pk])).status_code == 404


def test_the_export_holds_a_row_of_every_model_about_the_citizen(client, full_citizen, worker):
    client.force_login(worker)
    response = client.get(reverse("privacy:citizen_export_json", args=[full_citizen.obj.pk]))
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    assert NAME not in response["Content-Disposition"]
    document = json.loads(response.content)
    exported = {s["model"]: s["poster"] for s in document["oplysninger"]}
    assert set(exported) == {h.label for h in holdings(Citizen)}
    assert all(rows for rows in exported.values())
    assert document["registreret"]["navn"] == NAME
    citizen_row = exported["referrals.citizen"][0]
    assert citizen_row["phone"] == "61 72 83 94" and citizen_row["birth_year"] == 1947
    conversation = exported["referrals.conversation"][0]
    assert conversation["notes"]["relations"] == f"{NAME} savner sin mand"
    assert exported["referrals.referral"][0]["referrer_email"] == REFERRER_EMAIL
    # Technical copies and secrets are not part of it.
    assert "name_key" not in citizen_row and "intake_token" not in exported["referrals.referral"][0]


def test_the_export_leaves_out_a_suspected_duplicate_about_someone_else(client, case, worker):
    # Same phone, different person: until a link worker confirms, it is not this citizen's.
    other = receive_referral(referral_data(citizen_name="Ingrid Hansen"))
    assert other.case is None and other.suspected_case == case
    client.force_login(worker)
    response = client.get(reverse("privacy:citizen_export_json", args=[case.citizen_id]))
    assert "Ingrid" not in response.content.decode()


def test_the_export_says_who_read_the_data_when_and_why(client, full_citizen, worker, lead):
    client.force_login(lead)
    client.get(reverse("referrals:case", args=[full_citizen.extra["case"].pk]))
    client.force_login(worker)
    document = json.loads(
        client.get(reverse("privacy:citizen_export_json", args=[full_citizen.obj.pk])).content
    )
    log = document["adgangslog"]
    read = [
        row for row in log if row["hvem"] == "Tove Teamleder" and row["haendelse"] == "case.read"
    ]
    assert read, log
    assert read[0]["formaal"] and read[0]["tidspunkt"]
    assert read[0]["hjemmel"]["kode"] == "art6-1e"
    assert "litra e" in read[0]["hjemmel"]["tekst"]
    # Names, never e-mail addresses (a volunteer's private address is no one else's business).
    assert "@" not in json.dumps([row["hvem"] for row in log])
    assert document["samtykkernes_formaal"]


def test_exporting_is_logged(client, case, worker):
    client.force_login(worker)
    client.get(reverse("privacy:citizen_export_pdf", args=[case.citizen_id]))
    event = AuditEvent.objects.get(event="citizen.exported")
    assert event.user == worker
    assert event.object_type == "referrals.citizen" and event.object_id == str(case.citizen_id)
    assert event.legal_basis == "art6-1c-rights"
    assert event.data["format"] == "pdf" and event.data["records"]["referrals.case"] == 1


def test_the_pdf_is_a_danish_document_with_the_access_log(client, full_citizen, worker):
    client.force_login(worker)
    response = client.get(reverse("privacy:citizen_export_pdf", args=[full_citizen.obj.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    html = export.as_html(export.build_citizen(full_citizen.obj, made_by=worker))
    assert "Det kommunen har registreret om dig" in html
    assert "Hvem har læst eller ændret oplysningerne" in html
    assert "Statusændringer i forløbet" in html  # a model without a name of its own
    assert "Relationer og fællesskab" in html  # a life domain, not its code
    assert "Birgitte Brobygger" in html  # who took the case and read it
    assert "litra e" in html  # the legal basis


def test_the_volunteer_export_holds_their_account_messages_and_own_actions(
    client, full_volunteer, coordinator
):
    client.force_login(coordinator)
    response = client.get(reverse("privacy:volunteer_export_json", args=[full_volunteer.obj.pk]))
    document = json.loads(response.content)
    exported = {s["model"]: s["poster"] for s in document["oplysninger"]}
    walked = {h.label for h in holdings(Volunteer)}
    assert walked <= set(exported)
    assert exported["accounts.user"][0]["email"] == VOLUNTEER_EMAIL
    assert "password" not in exported["accounts.user"][0]
    assert {m["channel"] for m in exported["notifications.message"]} == {"email", "sms"}
    assert document["registreret"]["navn"] == VOLUNTEER_NAME
    exported_event = AuditEvent.objects.get(event="volunteer.personal_data_exported")
    assert exported_event.user == coordinator


def test_a_volunteer_can_be_exported_by_an_administrator(client, full_volunteer):
    admin = two_factor(factories.user(Role.ADMINISTRATOR))
    client.force_login(admin)
    response = client.get(reverse("privacy:volunteer_export_pdf", args=[full_volunteer.obj.pk]))
    assert response.content.startswith(b"%PDF")
