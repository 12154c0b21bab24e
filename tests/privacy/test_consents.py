"""Every consent of a citizen in one place: what it is for, when and how it was given and by
whom, its history, and a button that withdraws it (with the effect the referrals action gives
a withdrawal: no contact means the open case ends)."""

import pytest
from django.urls import reverse

from brobygger.audit.models import AuditEvent
from brobygger.referrals import actions as referrals
from brobygger.referrals.models import Consent, ConsentKind


def page(client, case):
    return client.get(reverse("privacy:citizen", args=[case.citizen_id]))


def withdraw(client, case, kind, how="Ringede og sagde nej tak"):
    return client.post(
        reverse("privacy:withdraw_consent", args=[case.citizen_id]), {"kind": kind, "how": how}
    )


def test_every_consent_is_listed_with_its_purpose_and_how_it_was_given(client, case, worker):
    referrals.record_consent(
        case.citizen,
        kind="volunteer_notes",
        given=True,
        how="Sagde ja på besøg",
        acting_user=worker,
    )
    client.force_login(worker)
    response = page(client, case)
    html = response.content.decode()
    for kind in ConsentKind:
        assert str(kind.label) in html
    assert "Formål:" in html and "aldrig hvad borgeren har fortalt" in html
    assert "Sagde ja på besøg" in html and "registreret af Birgitte Brobygger" in html
    assert "Oplyst af henviseren" in html  # the consents that came with the referral
    assert html.count(">Træk tilbage<") == 3
    event = AuditEvent.objects.get(event="citizen.rights_viewed")
    assert event.user == worker and event.object_id == str(case.citizen_id)


def test_withdrawing_feedback_is_recorded_with_how_and_by_whom(client, case, worker):
    client.force_login(worker)
    response = withdraw(client, case, "feedback")
    assert response.status_code == 302
    latest = Consent.objects.filter(citizen=case.citizen, kind="feedback").first()
    assert not latest.given and latest.how == "Ringede og sagde nej tak"
    assert latest.recorded_by == worker
    assert not referrals.consent_in_force(case.citizen, "feedback")
    html = client.get(response["Location"]).content.decode()
    assert "Trukket tilbage" in html and "Historik (2 registreringer)" in html
    assert AuditEvent.objects.filter(event="consent.recorded", data__kind="feedback").exists()


def test_withdrawing_the_consent_to_contact_ends_the_open_case(client, case, lead):
    client.force_login(lead)
    withdraw(client, case, "contact")
    case.refresh_from_db()
    assert case.state == "withdrawn" and case.closed_at is not None


def test_a_double_click_records_one_withdrawal(client, case, worker):
    client.force_login(worker)
    withdraw(client, case, "feedback")
    second = withdraw(client, case, "feedback")
    assert second.status_code == 302
    assert Consent.objects.filter(citizen=case.citizen, kind="feedback", given=False).count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "feedback", "how": ""}, "Skriv hvordan borgeren trak samtykket tilbage."),
        ({"kind": "marketing", "how": "Nej"}, "Vælg et af samtykkerne på listen."),
        ({"kind": "feedback", "how": "Nej\r\ntak"}, ""),
    ],
)
def test_bad_input_is_a_danish_form_error(client, case, worker, data, message):
    client.force_login(worker)
    response = client.post(reverse("privacy:withdraw_consent", args=[case.citizen_id]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert referrals.consent_in_force(case.citizen, "feedback")


@pytest.mark.parametrize("who", ["other_area_worker", "coordinator"])
def test_outsiders_cannot_withdraw(client, case, request, who):
    client.force_login(request.getfixturevalue(who))
    assert withdraw(client, case, "contact").status_code == 404
    case.refresh_from_db()
    assert case.state == "received"
    assert referrals.consent_in_force(case.citizen, "contact")


def test_the_form_needs_its_csrf_token(case, worker):
    from tests.people import TwoStepClient

    strict = TwoStepClient(enforce_csrf_checks=True)
    strict.force_login(worker)
    assert withdraw(strict, case, "feedback").status_code == 403
    assert referrals.consent_in_force(case.citizen, "feedback")


def test_the_case_page_links_to_the_consents(client, case, worker):
    client.force_login(worker)
    html = client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    assert reverse("privacy:citizen", args=[case.citizen_id]) in html
