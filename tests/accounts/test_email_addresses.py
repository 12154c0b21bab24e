"""Staff manage people's e-mail addresses; nobody can take someone else's address."""

import pytest
from allauth.account.models import EmailAddress
from django.db import IntegrityError, transaction
from django.urls import reverse

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from tests import factories
from tests.people import two_factor


@pytest.fixture
def grethe(db):
    return factories.user(Role.ASSOCIATION_CONTACT, email="grethe@forening.dk")


@pytest.fixture
def mallory(db):
    return factories.user(Role.ASSOCIATION_CONTACT, email="mallory@example.dk")


def test_the_e_mail_page_says_the_municipality_manages_addresses(client, mallory):
    client.force_login(mallory)
    response = client.get(reverse("account_email"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("home")
    assert "styres af kommunen" in response.content.decode()


def test_nobody_can_attach_another_persons_address(client, grethe, mallory):
    client.force_login(mallory)
    client.post(reverse("account_email"), {"action_add": "", "email": "grethe@forening.dk"})
    client.post(reverse("account_email"), {"action_add": "", "email": "GRETHE@forening.dk"})
    assert not EmailAddress.objects.filter(user=mallory).exists()
    assert not EmailAddress.objects.filter(email__iexact="grethe@forening.dk").exists()


def test_nor_change_their_own(client, mallory):
    client.force_login(mallory)
    client.post(reverse("account_email"), {"action_add": "", "email": "ny@example.dk"})
    mallory.refresh_from_db()
    assert mallory.email == "mallory@example.dk"
    assert not EmailAddress.objects.filter(email="ny@example.dk").exists()


def test_the_database_refuses_an_address_twice_in_any_case(grethe):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(email="Grethe@Forening.dk", full_name="Grethe to")


@pytest.fixture
def admin_client(client, db):
    administrator = two_factor(
        factories.user(
            Role.ADMINISTRATOR, email="admin@kommune.dk", is_staff=True, is_superuser=True
        )
    )
    client.force_login(administrator)
    return client


def test_the_admin_refuses_a_new_user_with_an_address_in_use(admin_client, grethe):
    response = admin_client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "GRETHE@forening.dk",
            "full_name": "Falsk Grethe",
            "usable_password": "true",
            "password1": "en-lang-god-adgangskode-77",
            "password2": "en-lang-god-adgangskode-77",
            "role_assignments-TOTAL_FORMS": "0",
            "role_assignments-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "Der findes allerede en bruger med denne e-mailadresse" in response.content.decode()
    assert User.objects.filter(email__iexact="grethe@forening.dk").count() == 1


def test_the_admin_refuses_giving_someone_an_address_in_use(admin_client, grethe, mallory):
    url = reverse("admin:accounts_user_change", args=[mallory.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "password"}
    data.update(
        {
            "email": " Grethe@Forening.DK ",
            "local_areas": [],
            "role_assignments-TOTAL_FORMS": "0",
            "role_assignments-INITIAL_FORMS": "0",
        }
    )
    data.pop("last_login", None)
    data.pop("date_joined", None)
    data["date_joined_0"] = "2026-01-01"
    data["date_joined_1"] = "10:00:00"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Der findes allerede en bruger med denne e-mailadresse" in response.content.decode()
    mallory.refresh_from_db()
    assert mallory.email == "mallory@example.dk"


def test_the_admin_stores_addresses_in_lower_case(admin_client, db):
    admin_client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": " Ny.Person@Kommune.DK ",
            "full_name": "Ny Person",
            "usable_password": "true",
            "password1": "en-lang-god-adgangskode-77",
            "password2": "en-lang-god-adgangskode-77",
            "role_assignments-TOTAL_FORMS": "0",
            "role_assignments-INITIAL_FORMS": "0",
        },
    )
    assert User.objects.filter(email="ny.person@kommune.dk").exists()


def test_the_admin_refuses_a_line_break_in_a_name(admin_client, db):
    response = admin_client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "ny@kommune.dk",
            "full_name": "Ny\r\nBcc: alle@example.dk",
            "usable_password": "true",
            "password1": "en-lang-god-adgangskode-77",
            "password2": "en-lang-god-adgangskode-77",
            "role_assignments-TOTAL_FORMS": "0",
            "role_assignments-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "linjeskift" in response.content.decode()
    assert not User.objects.filter(email="ny@kommune.dk").exists()
