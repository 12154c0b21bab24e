"""One log-in for everyone, and the session — not the account — carries the second factor."""

import time

import pytest
from allauth.mfa.totp.internal.auth import hotp_value
from django.test import Client
from django.urls import reverse

from brobygger.accounts.roles import CITIZEN_DATA_ROLES, Role
from tests import factories
from tests.people import TOTP_SECRET, TwoStepClient, two_factor

ADMIN_INDEX = reverse("admin:index")


@pytest.fixture
def administrator(db):
    return two_factor(
        factories.user(
            Role.ADMINISTRATOR, email="admin@kommune.dk", is_staff=True, is_superuser=True
        )
    )


def _code(offset=0):
    return f"{hotp_value(TOTP_SECRET, int(time.time()) // 30 + offset):06d}"


def test_the_admin_login_page_sends_everyone_to_the_one_login(db):
    response = Client().get(reverse("admin:login"), {"next": ADMIN_INDEX})
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={ADMIN_INDEX}"


def test_the_admin_sends_visitors_to_the_one_login(db):
    client = Client()
    first = client.get(ADMIN_INDEX)
    assert client.get(first.url).url == f"{reverse('account_login')}?next={ADMIN_INDEX}"


def test_a_password_alone_on_the_admin_login_page_logs_nobody_in(administrator):
    client = Client()
    client.post(
        reverse("admin:login"),
        {"username": administrator.email, "password": factories.PASSWORD, "next": ADMIN_INDEX},
    )
    assert "_auth_user_id" not in client.session
    assert client.get(ADMIN_INDEX).status_code == 302


def test_an_unsafe_next_address_is_not_passed_on(db):
    response = Client().get(reverse("admin:login"), {"next": "https://angriber.example/"})
    assert response.url == f"{reverse('account_login')}?next={ADMIN_INDEX}"


def test_a_logged_in_person_without_admin_access_is_not_sent_round_in_circles(client, db):
    client.force_login(factories.user(Role.VOLUNTEER))
    response = client.get(reverse("admin:login"), {"next": ADMIN_INDEX})
    assert response.status_code == 302
    assert response.url == reverse("home")


def test_administrators_reach_the_admin_with_password_and_authenticator_code(administrator):
    client = Client()
    first = client.post(
        reverse("account_login"),
        {"login": administrator.email, "password": factories.PASSWORD, "next": ADMIN_INDEX},
    )
    assert first.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session  # the password alone is not a log-in
    second = client.post(reverse("mfa_authenticate"), {"code": _code()})
    assert second.url == ADMIN_INDEX
    assert client.get(ADMIN_INDEX).status_code == 200


@pytest.mark.parametrize("role", sorted(CITIZEN_DATA_ROLES))
def test_a_session_that_never_passed_the_second_factor_is_refused(db, role):
    person = two_factor(factories.user(role, is_staff=True))
    client = Client()
    client.force_login(person)  # a session without the second step, like the old admin log-in
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={reverse('home')}"
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("home")).status_code == 302


def test_the_admin_is_refused_to_a_session_without_the_second_factor(administrator):
    client = Client()
    client.force_login(administrator)
    assert client.get(ADMIN_INDEX).status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_account_pages_are_refused_too(administrator):
    # The two-factor pages show recovery codes: not without the second factor either.
    client = Client()
    client.force_login(administrator)
    assert client.get(reverse("mfa_index")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_anyone_with_an_authenticator_needs_it_in_the_session(db):
    person = two_factor(factories.user(Role.ASSOCIATION_CONTACT))
    client = Client()
    client.force_login(person)
    assert client.get(reverse("home")).status_code == 302


def test_the_suite_client_logs_in_with_both_steps(client, administrator):
    assert isinstance(client, TwoStepClient)
    client.force_login(administrator)
    assert client.get(ADMIN_INDEX).status_code == 200


def test_admin_staff_without_a_citizen_data_role_must_set_up_two_factor_too(client, db):
    client.force_login(factories.user(Role.ANALYST, is_staff=True))
    response = client.get(ADMIN_INDEX)
    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


@pytest.mark.django_db(transaction=True)  # allauth announces the new app after the commit
def test_setting_up_the_authenticator_counts_as_the_second_factor():
    # Right after setting up the app with a valid code the person is let in; later log-ins ask
    # for the code as usual.
    from allauth.mfa.models import Authenticator

    person = factories.user(Role.LINK_WORKER, email="birgitte@kommune.dk")
    client = Client()
    client.post(
        reverse("account_login"), {"login": "birgitte@kommune.dk", "password": factories.PASSWORD}
    )
    client.post(reverse("account_reauthenticate"), {"password": factories.PASSWORD})
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    code = f"{hotp_value(secret, int(time.time()) // 30):06d}"
    client.post(reverse("mfa_activate_totp"), {"code": code})
    assert Authenticator.objects.filter(user=person, type="totp").exists()
    assert client.get(reverse("home")).status_code == 200


def _session_with_second_factor(person, kind):
    from django.http import HttpRequest

    from brobygger.accounts.second_factor import record_second_factor

    client = Client()
    client.force_login(person)
    request = HttpRequest()
    request.session = client.session
    request.user = person
    record_second_factor(request, person, kind=kind)
    request.session.save()
    return client


def test_the_identity_provider_s_mfa_stands_in_for_the_authenticator_app(db):
    person = factories.user(Role.LINK_WORKER)
    client = _session_with_second_factor(person, "idp")
    assert client.get(reverse("home")).status_code == 200


def test_an_e_mail_code_does_not_stand_in_for_staff(db):
    person = factories.user(Role.LINK_WORKER)
    client = _session_with_second_factor(person, "email_code")
    assert client.get(reverse("home")).url == reverse("mfa_activate_totp")
