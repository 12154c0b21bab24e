"""The coordinator corrects a volunteer's contact details and sees the sign-up answers."""

import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.volunteers.models import Volunteer
from tests import factories
from tests.people import two_factor
from tests.public_forms import post_public


@pytest.fixture
def coordinator(reference_data):
    return two_factor(factories.user(Role.VOLUNTEER_COORDINATOR, email="karen@kommune.dk"))


@pytest.fixture
def vera(reference_data):
    return Volunteer.objects.create(full_name="Vera Hansen", phone="22334455", email="v@x.dk")


def _post(client, volunteer, **changes):
    data = {
        "kontakt-full_name": volunteer.full_name,
        "kontakt-phone": volunteer.phone,
        "kontakt-email": volunteer.email,
        "kontakt-postal_code": volunteer.postal_code_id or "",
        "kontakt-version": volunteer.version,
    }
    data.update({f"kontakt-{k}": v for k, v in changes.items()})
    return client.post(reverse("volunteers:edit_contact", args=[volunteer.pk]), data)


def test_coordinator_corrects_name_phone_email_and_postal_code(client, coordinator, vera):
    client.force_login(coordinator)
    page = client.get(reverse("volunteers:detail", args=[vera.pk])).content.decode()
    assert "Ret navn, telefon, e-mail og postnummer" in page
    response = _post(
        client,
        vera,
        full_name="Vera  Hansen-Berg",
        phone="+45 20 30 40 50",
        email="vera@example.dk",
        postal_code="4000",
    )
    assert response.status_code == 302
    vera.refresh_from_db()
    assert (vera.full_name, vera.phone, vera.email, vera.postal_code_id, vera.version) == (
        "Vera Hansen-Berg",
        "+45 20 30 40 50",
        "vera@example.dk",
        "4000",
        2,
    )
    event = AuditEvent.objects.get(event="volunteer.contact_edited")
    assert event.data["fields"] == ["full_name", "phone", "email", "postal_code"]
    # Names the fields, never the new values.
    assert "20 30 40 50" not in str(event.data)


def test_bad_contact_details_are_explained_and_change_nothing(client, coordinator, vera):
    client.force_login(coordinator)
    response = _post(client, vera, full_name=" ", phone="12", email="nej", postal_code="99")
    page = response.content.decode()
    assert response.status_code == 200
    assert "mindst 8 cifre" in page and "fire cifre" in page and "Fejl:" in page
    assert "gyldig e-mail" in page
    vera.refresh_from_db()
    assert (vera.full_name, vera.phone, vera.version) == ("Vera Hansen", "22334455", 1)
    assert not AuditEvent.objects.filter(event="volunteer.contact_edited").exists()


def test_a_stale_contact_form_is_refused_with_the_input_kept(client, coordinator, vera):
    client.force_login(coordinator)
    stale = Volunteer.objects.get(pk=vera.pk)
    assert _post(client, vera, phone="20304050").status_code == 302
    response = _post(client, stale, phone="99887766")
    page = response.content.decode()
    assert "efter du åbnede siden" in page and "99887766" in page
    vera.refresh_from_db()
    assert vera.phone == "20304050"
    # The form now carries the new version: a second, deliberate save goes through.
    stale.version = 2
    assert _post(client, stale, phone="99887766").status_code == 302
    vera.refresh_from_db()
    assert vera.phone == "99887766"


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.LINK_WORKER, Role.REFERRER])
def test_only_coordinators_edit_contact_details(client, coordinator, vera, role):
    client.force_login(two_factor(factories.user(role)))
    assert _post(client, vera, phone="20304050").status_code == 404
    vera.refresh_from_db()
    assert vera.phone == "22334455"


def test_detail_page_shows_everything_written_at_sign_up(client, coordinator):
    from brobygger.directory.models import Term

    interest = Term.objects.filter(code__startswith="interest:").first()
    post_public(
        client,
        reverse("volunteers:sign_up"),
        {
            "full_name": "Otto Olsen",
            "phone": "22 33 44 55",
            "postal_code": "4000",
            "task_kinds": ["driver"],
            "interests": [interest.code],
            "commitment": "one_off",
            "days": ["TU", "TH"],
            "skills": "Kører bil og spiller guitar",
            "languages": "Tysk",
        },
    )
    otto = Volunteer.objects.get(full_name="Otto Olsen")
    client.force_login(coordinator)
    page = client.get(reverse("volunteers:detail", args=[otto.pk])).content.decode()
    assert "Det skrev den frivillige ved tilmeldingen" in page
    for answer in (
        "Chauffør",
        "Tirsdag, Torsdag",
        "Af og til",
        interest.label("da"),
        "4000 Roskilde",
        "Kører bil og spiller guitar",
        "Tysk",
    ):
        assert answer in page
