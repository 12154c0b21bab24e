import pytest
from django.core import mail
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.volunteers.models import AgreementText, Volunteer
from tests import factories
from tests.people import two_factor


@pytest.fixture
def coordinator(reference_data):
    return two_factor(factories.user(Role.VOLUNTEER_COORDINATOR, email="karen@kommune.dk"))


def test_signing_up_on_the_public_site(client, coordinator):
    response = client.post(
        reverse("volunteers:sign_up"),
        {
            "full_name": "Vera Hansen",
            "phone": "22 33 44 55",
            "postal_code": "4000",
            "task_kinds": ["companion", "driver"],
            "commitment": "trial",
            "days": ["TU"],
        },
    )
    assert response.status_code == 200
    assert "Tak fordi du vil være frivillig" in response.content.decode()
    vera = Volunteer.objects.get()
    assert (vera.stage, vera.task_kinds) == ("interested", ["companion", "driver"])
    assert mail.outbox[0].to == ["karen@kommune.dk"] and "Vera" not in mail.outbox[0].body


def test_bad_sign_up_is_explained(client, coordinator):
    response = client.post(
        reverse("volunteers:sign_up"), {"full_name": "", "phone": "x", "postal_code": "99"}
    )
    page = response.content.decode()
    assert "Dette felt er påkrævet." in page and "fire cifre" in page
    assert not Volunteer.objects.exists()


@pytest.mark.parametrize(
    "role", [Role.VOLUNTEER, Role.ASSOCIATION_CONTACT, Role.REFERRER, Role.ANALYST]
)
def test_only_coordinators_see_the_corps(client, coordinator, role):
    vera = Volunteer.objects.create(full_name="Vera")
    client.force_login(factories.user(role))
    assert client.get(reverse("volunteers:pipeline")).status_code == 404
    assert client.get(reverse("volunteers:detail", args=[vera.pk])).status_code == 404


def test_coordinator_moves_a_volunteer_along(client, coordinator):
    vera = Volunteer.objects.create(full_name="Vera")
    client.force_login(coordinator)
    assert "Vera" in client.get(reverse("volunteers:pipeline")).content.decode()
    client.post(reverse("volunteers:detail", args=[vera.pk]), {"stage": "intro"})
    vera.refresh_from_db()
    assert vera.stage == "intro"
    response = client.post(reverse("volunteers:detail", args=[vera.pk]), {"stage": "left"})
    assert "Skriv hvorfor" in response.content.decode()


def test_volunteer_accepts_papers_and_logs_hours_on_their_page(client, coordinator):
    AgreementText.objects.create(kind="declaration", version=1, text="Du har tavshedspligt.")
    user = factories.user(Role.VOLUNTEER)
    vera = Volunteer.objects.create(full_name="Vera", user=user, stage="active")
    client.force_login(user)
    page = client.get(reverse("volunteers:mine")).content.decode()
    assert "Jeg accepterer tavshedserklæringen" in page
    client.post(reverse("volunteers:accept", args=["declaration"]))
    assert vera.acceptances.get().text.version == 1
    client.post(reverse("volunteers:mine"), {"on": "2026-11-20", "hours": "2.5", "note": "Gåtur"})
    assert str(vera.hours.get().hours) == "2.5"
    vera.refresh_from_db()
    assert str(vera.last_active_on) == "2026-11-20"
    future = client.post(reverse("volunteers:mine"), {"on": "2099-01-01", "hours": "1"})
    assert "fremtiden" in future.content.decode()


def test_someone_without_a_volunteer_record_has_no_page(client, coordinator):
    client.force_login(factories.user(Role.REFERRER))
    assert client.get(reverse("volunteers:mine")).status_code == 404
