import pytest
from django.core import mail
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.referrals.actions import receive_referral, resolve_duplicate
from brobygger.referrals.models import Case, Referral
from tests import factories
from tests.people import referral_data
from tests.public_forms import post_public


def _external_form(**changes):
    data = {
        "citizen_name": "Inger Hansen",
        "citizen_phone": "20 30 40 50",
        "citizen_street": "Algade 3",
        "citizen_postal_code": "4000",
        "reasons": ["loneliness", "grief"],
        "needs_text": "Mistede sin mand i foråret",
        "interests_text": "Sang og gåture",
        "urgency": "normal",
        "consent_contact": "on",
        "feedback": "status",
        "referrer_kind": "gp",
        "referrer_name": "Dr. Holm",
        "referrer_phone": "46 31 22 10",
        "referrer_email": "holm@laege.dk",
    }
    data.update(changes)
    return data


def test_external_referral_gets_a_receipt_and_reaches_the_right_team(client, teams):
    response = post_public(client, reverse("referrals:refer"), _external_form())
    assert response.status_code == 302
    referral = Referral.objects.get()
    page = client.get(response.url).content.decode()
    assert referral.receipt in page
    assert "Inger" not in page  # nothing about the citizen after sending
    assert referral.case.team == teams["roskilde"]
    assert referral.case.citizen.full_name == "Inger Hansen"
    assert AuditEvent.objects.filter(action="create", object_type="referrals.referral").exists()


def test_a_referral_from_another_area_goes_to_that_team(teams, other_area_worker):
    case = receive_referral(referral_data(citizen_postal_code="4320")).case
    assert case.team == teams["lejre"]


def test_unknown_area_goes_to_the_fallback_team(teams):
    case = receive_referral(referral_data(citizen_postal_code="8000")).case
    assert case.team == teams["roskilde"]


def test_no_consent_no_referral(client, teams):
    data = _external_form()
    data.pop("consent_contact")
    response = post_public(client, reverse("referrals:refer"), data)
    assert response.status_code == 200
    assert "Spørg borgeren først" in response.content.decode()
    assert not Referral.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("citizen_postal_code", "12", "fire cifre"),
        ("citizen_postal_code", "9999", "Vi kender ikke postnummeret 9999"),
        ("citizen_phone", "ring", "mindst 8 cifre"),
        ("reasons", [], "Udfyld feltet"),
        ("referrer_email", "ikke-en-mail", "gyldig e-mail"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(client, teams, field, value, message):
    response = post_public(client, reverse("referrals:refer"), _external_form(**{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Referral.objects.exists() and not Case.objects.exists()


def test_the_referrer_must_be_reachable(client, teams):
    response = post_public(
        client, reverse("referrals:refer"), _external_form(referrer_phone="", referrer_email="")
    )
    assert "Skriv dit telefonnummer eller din e-mail" in response.content.decode()


def test_bots_filling_the_hidden_field_are_dropped(client, teams):
    response = post_public(client, reverse("referrals:refer"), _external_form(website="spam"))
    assert response.status_code == 302
    assert not Referral.objects.exists()


def test_self_referral(client, teams, other_area_worker):
    response = post_public(
        client,
        reverse("referrals:self_referral"),
        {
            "citizen_name": "Poul Jensen",
            "citizen_phone": "22 33 44 55",
            "citizen_postal_code": "4320",
            "interests_text": "Jeg savner at lave noget med hænderne",
            "consent_contact": "on",
        },
    )
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert referral.referrer_kind == "self"
    assert referral.case.team == teams["lejre"]


def test_home_care_hand_over_takes_two_taps(client, teams):
    carer = factories.user(Role.REFERRER, full_name="Hanne Hjemmehjælper")
    client.force_login(carer)
    response = client.post(
        reverse("referrals:hand_over"),
        {
            "citizen_name": "Ruth Madsen",
            "citizen_street": "Møllevej 2",
            "citizen_postal_code": "4000",
            "consent_contact": "on",
        },
    )
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert referral.reasons == ["loneliness"]
    assert referral.referrer_kind == "home_care" and referral.referrer_user == carer


def test_a_second_referral_waits_for_a_link_worker_to_confirm_the_duplicate(case, worker):
    second = receive_referral(referral_data(referrer_name="Sygeplejerske Sara"))
    assert second.case is None and second.suspected_case == case
    assert Case.objects.count() == 1
    resolve_duplicate(second, same_citizen=True, acting_user=worker)
    second.refresh_from_db()
    assert second.case == case


def test_a_rejected_duplicate_opens_its_own_case(case, worker):
    second = receive_referral(referral_data(citizen_phone=""))
    resolve_duplicate(second, same_citizen=False, acting_user=worker)
    second.refresh_from_db()
    assert second.case != case and Case.objects.count() == 2


def test_escalation_after_working_days(case, lead, settings, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    from brobygger.referrals.models import Case as CaseModel

    CaseModel.objects.filter(pk=case.pk).update(
        opened_at=case.opened_at - __import__("datetime").timedelta(days=10)
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("escalate_referrals")
    case.refresh_from_db()
    assert case.escalated_at is not None
    assert any(lead.email in m.to for m in mail.outbox)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("escalate_referrals")
    assert mail.outbox == []  # once only
