import time

import pytest
from django.urls import reverse

from brobygger.accounts.middleware import SESSION_STARTED_KEY
from brobygger.accounts.roles import CITIZEN_DATA_ROLES, Role
from tests import factories
from tests.people import two_factor


def _login(client, email, password=factories.PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_login_with_email_and_password(client, db):
    person = factories.user(Role.ASSOCIATION_CONTACT, email="grethe@forening.dk")
    response = _login(client, "grethe@forening.dk")
    assert response.status_code == 302
    assert client.get(reverse("home")).context["user"] == person


def test_passwords_are_hashed_with_argon2(db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    person = factories.user()
    person.set_password("en-lang-test-adgangskode-42")
    assert person.password.startswith("argon2")


def test_wrong_password_gets_a_danish_message(client, db):
    factories.user(email="grethe@forening.dk")
    response = _login(client, "grethe@forening.dk", "forkert")
    assert response.status_code == 200
    assert "adgangskoden passer ikke" in response.content.decode()


def test_account_is_locked_after_five_failures(client, db):
    factories.user(email="grethe@forening.dk")
    for _ in range(5):
        _login(client, "grethe@forening.dk", "forkert")
    response = _login(client, "grethe@forening.dk")  # the right password, too late
    assert response.status_code in {200, 429}
    assert not response.wsgi_request.user.is_authenticated


def test_nobody_can_sign_up(client, db):
    response = client.get(reverse("account_signup"))
    assert response.status_code == 200
    assert "lukket" in response.content.decode().lower()


@pytest.mark.parametrize("role", sorted(CITIZEN_DATA_ROLES))
def test_staff_who_see_citizen_data_must_set_up_two_factor(client, db, role):
    person = factories.user(role)
    client.force_login(person)
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


@pytest.mark.parametrize(
    "role", [Role.ASSOCIATION_CONTACT, Role.VOLUNTEER, Role.ANALYST, Role.REFERRER]
)
def test_others_are_not_forced_to_two_factor(client, db, role):
    client.force_login(factories.user(role))
    assert client.get(reverse("home")).status_code == 200


def test_two_factor_set_up_lets_staff_in(client, db):
    person = two_factor(factories.user(Role.LINK_WORKER))
    client.force_login(person)
    assert client.get(reverse("home")).status_code == 200


def test_sessions_end_after_the_maximum_lifetime(client, db, settings):
    client.force_login(factories.user(Role.ASSOCIATION_CONTACT))
    assert client.get(reverse("home")).status_code == 200
    session = client.session
    session[SESSION_STARTED_KEY] = time.time() - settings.SESSION_MAX_LIFETIME - 1
    session.save()
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert reverse("account_login") in response.url


def test_idle_timeout_is_set(settings):
    assert settings.SESSION_COOKIE_AGE <= 8 * 3600
    assert settings.SESSION_SAVE_EVERY_REQUEST


@pytest.mark.django_db(transaction=True)  # allauth announces the new app after the commit
def test_setting_up_two_factor_works_in_danish(client):
    import time as clock

    from allauth.mfa.totp.internal.auth import hotp_value

    factories.user(Role.LINK_WORKER, email="birgitte@kommune.dk")
    first = _login(client, "birgitte@kommune.dk")
    assert client.get(first.url).url == reverse("mfa_activate_totp")
    # allauth asks for the password once more before a security change.
    again = client.get(reverse("mfa_activate_totp"))
    assert reverse("account_reauthenticate") in again.url
    assert client.get(again.url).status_code == 200
    client.post(again.url, {"password": factories.PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    assert page.status_code == 200
    secret = page.context["form"].secret
    code = f"{hotp_value(secret, int(clock.time()) // 30):06d}"
    response = client.post(reverse("mfa_activate_totp"), {"code": code})
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200
