"""Staff log in through the municipality's identity provider: a real one, in a subprocess."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.urls import reverse

from brobygger.accounts import events
from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.settings import sso_provider_settings
from tests import factories

from .conftest import CALLBACK_PATH, sso_login, start_sso

pytestmark = pytest.mark.django_db


def logged_in(client) -> User | None:
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id) if user_id else None


def second_factors(client) -> list[dict]:
    records = client.session.get(AUTHENTICATION_METHODS_SESSION_KEY, [])
    return [r for r in records if r["method"] == "mfa"]


def test_the_login_page_offers_staff_the_municipality_login(client, sso):
    page = client.get(reverse("account_login")).content.decode()
    assert "Log ind med Fjordbro Kommune (medarbejdere)" in page


def test_without_configuration_there_is_no_button_and_no_sso(client, db, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {}
    page = client.get(reverse("account_login")).content.decode()
    assert "medarbejdere)" not in page
    assert "/oidc/" not in page
    login_url = reverse("openid_connect_login", kwargs={"provider_id": "kommune"})
    assert client.post(login_url).status_code == 404


def test_the_way_to_the_provider_uses_pkce_and_asks_for_the_level(client, sso, settings):
    nsis = "https://data.gov.dk/concept/core/nsis/loa/Substantial"
    settings.SOCIALACCOUNT_PROVIDERS = sso_provider_settings(
        sso.issuer, sso.client_id, sso.client_secret, "Fjordbro Kommune", ["openid"], nsis
    )

    query = parse_qs(urlsplit(start_sso(client)).query)

    assert query["code_challenge_method"] == ["S256"]
    assert len(query["code_challenge"][0]) >= 43
    assert query["acr_values"] == [nsis]
    assert query["scope"] == ["openid"]


def test_staff_member_logs_in_and_the_subject_is_pinned(client, sso):
    person = factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    sso.person(sub="entra-oid-1", email="Birgitte@Fjordbro.DK", email_verified=True)

    response = sso_login(client, sso)

    assert response.status_code == 302, response.content.decode()
    assert logged_in(client) == person
    assert client.get(reverse("home")).status_code == 200
    assert SocialAccount.objects.get(user=person).uid == "entra-oid-1"
    codes = set(AuditEvent.objects.filter(object_id=str(person.pk)).values_list("event", flat=True))
    assert {events.SSO_SUBJECT_PINNED.code, events.SSO_LOGIN.code} <= codes
    assert User.objects.count() == 1


def test_the_person_goes_back_to_where_they_were_going(client, sso):
    factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    sso.person(sub="entra-oid-1", email="birgitte@fjordbro.dk", email_verified=True)
    page = client.get(reverse("account_login"), {"next": "/aabne-data/"}).content.decode()
    assert "next=%2Faabne-data%2F" in page

    back = urlsplit(sso.log_in(client.post(_button_url(page)).url))
    response = client.get(f"{back.path}?{back.query}")

    assert response.url == "/aabne-data/"


def _button_url(page: str) -> str:
    from html import unescape
    from re import search

    return unescape(search(r'action="([^"]*/oidc/[^"]*)"', page)[1])


def test_a_pinned_subject_logs_in_even_with_a_new_email(client, sso):
    person = factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    SocialAccount.objects.create(user=person, provider="kommune", uid="entra-oid-1")
    sso.person(sub="entra-oid-1", email="birgitte.holm@fjordbro.dk", email_verified=True)

    sso_login(client, sso)

    assert logged_in(client) == person


def test_an_unknown_person_gets_a_calm_page_and_no_account(client, sso):
    factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    sso.person(sub="entra-oid-9", email="ukendt@fjordbro.dk", email_verified=True)

    response = sso_login(client, sso)

    assert response.status_code == 403
    page = response.content.decode()
    assert "Du har ikke en konto i Brobygger" in page
    assert "Kontakt kommunen på telefon" in page
    assert logged_in(client) is None
    assert User.objects.count() == 1
    assert not SocialAccount.objects.exists()
    refusal = AuditEvent.objects.get(event=events.SSO_REFUSED.code)
    assert refusal.data["reason"] == "unknown"
    assert refusal.data["email"] == "ukendt@fjordbro.dk"


def test_an_unverified_email_is_not_trusted(client, sso):
    factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    sso.person(sub="entra-oid-1", email="birgitte@fjordbro.dk", email_verified=False)

    response = sso_login(client, sso)

    assert response.status_code == 403
    assert logged_in(client) is None
    assert not SocialAccount.objects.exists()


def test_a_domain_the_provider_vouches_for_counts_as_verified(client, sso, settings):
    # Entra ID sends no email_verified; the municipality's own domain is its directory's.
    settings.SSO_EMAIL_DOMAINS = ["fjordbro.dk"]
    person = factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    sso.person(sub="entra-oid-1", email="birgitte@fjordbro.dk")

    sso_login(client, sso)

    assert logged_in(client) == person


def test_the_same_email_with_another_subject_is_refused(client, sso):
    person = factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    SocialAccount.objects.create(user=person, provider="kommune", uid="entra-oid-1")
    sso.person(sub="entra-oid-2", email="birgitte@fjordbro.dk", email_verified=True)

    response = sso_login(client, sso)

    assert response.status_code == 403
    assert "knyttet til et andet log-in" in response.content.decode()
    assert logged_in(client) is None
    assert list(SocialAccount.objects.values_list("uid", flat=True)) == ["entra-oid-1"]
    refusal = AuditEvent.objects.get(event=events.SSO_REFUSED.code)
    assert (refusal.object_id, refusal.data["reason"]) == (str(person.pk), "other_subject")


def test_a_closed_account_is_refused(client, sso):
    factories.user(Role.ANALYST, email="birgitte@fjordbro.dk", is_active=False)
    sso.person(sub="entra-oid-1", email="birgitte@fjordbro.dk", email_verified=True)

    response = sso_login(client, sso)

    assert response.status_code == 403
    assert "Din konto er lukket" in response.content.decode()
    assert logged_in(client) is None


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.ASSOCIATION_CONTACT, None])
def test_only_staff_accounts_log_in_this_way(client, sso, role):
    factories.user(role, email="grethe@fjordbro.dk")
    sso.person(sub="entra-oid-1", email="grethe@fjordbro.dk", email_verified=True)

    response = sso_login(client, sso)

    assert response.status_code == 403
    assert "for kommunens medarbejdere" in response.content.decode()
    assert logged_in(client) is None
    assert not SocialAccount.objects.exists()


def test_the_provider_asserting_mfa_counts_as_the_second_factor(client, sso):
    person = factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    sso.person(sub="oid-1", email="birgitte@fjordbro.dk", email_verified=True, amr=["pwd", "mfa"])

    sso_login(client, sso)

    assert logged_in(client) == person
    assert [(r["type"], r["uid"]) for r in second_factors(client)] == [("idp", "oid-1")]
    login = AuditEvent.objects.get(event=events.SSO_LOGIN.code)
    assert login.data["provider_mfa"] is True
    assert login.data["amr"] == ["pwd", "mfa"]


def test_a_password_alone_at_the_provider_is_not_a_second_factor(client, sso):
    person = factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    sso.person(sub="oid-1", email="birgitte@fjordbro.dk", email_verified=True, amr=["pwd"])

    sso_login(client, sso)

    assert logged_in(client) == person
    assert second_factors(client) == []


@pytest.mark.parametrize(
    ("acr", "passed"),
    [
        ("https://data.gov.dk/concept/core/nsis/loa/High", True),
        ("https://data.gov.dk/concept/core/nsis/loa/Substantial", True),
        ("https://data.gov.dk/concept/core/nsis/loa/Low", False),
    ],
)
def test_an_assurance_level_at_or_above_the_setting_counts(client, sso, settings, acr, passed):
    settings.SSO_MFA_ACR = "https://data.gov.dk/concept/core/nsis/loa/Substantial"
    factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    sso.person(sub="oid-1", email="birgitte@fjordbro.dk", email_verified=True, acr=acr)

    sso_login(client, sso)

    assert bool(second_factors(client)) is passed


def test_staff_the_provider_did_not_give_mfa_still_type_their_code(client, sso):
    person = factories.user(Role.LINK_WORKER, email="birgitte@fjordbro.dk")
    Authenticator.objects.create(
        user=person, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    sso.person(sub="oid-1", email="birgitte@fjordbro.dk", email_verified=True, amr=["pwd"])

    response = sso_login(client, sso)

    assert response.url == reverse("mfa_authenticate")
    assert logged_in(client) is None


def test_a_wrong_client_secret_gives_a_calm_page_and_an_audit_row(client, sso, settings):
    app = settings.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"][0]
    app["secret"] = "forkert"
    factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    sso.person(sub="oid-1", email="birgitte@fjordbro.dk", email_verified=True)

    response = sso_login(client, sso)

    assert response.status_code == 401
    assert "Log-in lykkedes ikke" in response.content.decode()
    assert logged_in(client) is None
    assert AuditEvent.objects.filter(event=events.SSO_FAILED.code).count() == 1


def test_cancelling_at_the_provider_says_so_in_danish(client, sso):
    state = parse_qs(urlsplit(start_sso(client)).query)["state"][0]

    response = client.get(CALLBACK_PATH, {"error": "access_denied", "state": state}, follow=True)

    assert "Log-in afbrudt" in response.content.decode()
    assert AuditEvent.objects.filter(event=events.SSO_FAILED.code).exists()


def test_a_provider_that_does_not_answer_gives_a_calm_page(client, sso, settings):
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        nobody = f"http://127.0.0.1:{closed.getsockname()[1]}/o"
    settings.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"][0]["settings"]["server_url"] = nobody
    button = _button_url(client.get(reverse("account_login")).content.decode())

    response = client.post(button)

    assert response.status_code == 503
    assert "svarer ikke i øjeblikket" in response.content.decode()
    assert AuditEvent.objects.filter(event=events.SSO_FAILED.code).exists()


def test_nobody_attaches_a_provider_login_to_their_account_themselves(client, sso):
    person = factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    client.force_login(person)
    sso.person(sub="someone-else", email="mallory@example.dk", email_verified=True)
    login_url = reverse("openid_connect_login", kwargs={"provider_id": "kommune"})

    started = client.post(f"{login_url}?process=connect")
    back = urlsplit(sso.log_in(started.url))
    response = client.get(f"{back.path}?{back.query}")

    assert response.status_code == 403
    assert "Det er en administrator, der bestemmer" in response.content.decode()
    assert not SocialAccount.objects.exists()


def test_nobody_removes_their_pinned_subject_themselves(client, sso):
    person = factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    account = SocialAccount.objects.create(user=person, provider="kommune", uid="oid-1")
    client.force_login(person)

    response = client.post(reverse("socialaccount_connections"), {"account": account.pk})

    assert response.status_code == 200
    assert "Kun en administrator" in response.content.decode()
    assert SocialAccount.objects.filter(pk=account.pk).exists()


def _with_authenticator(person):
    Authenticator.objects.create(
        user=person, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return person


def test_the_provider_s_mfa_is_not_followed_by_a_second_totp_prompt(client, sso):
    person = _with_authenticator(factories.user(Role.LINK_WORKER, email="birgitte@fjordbro.dk"))
    sso.person(sub="oid-1", email="birgitte@fjordbro.dk", email_verified=True, amr=["mfa"])

    response = sso_login(client, sso)

    assert response.url != reverse("mfa_authenticate")
    assert logged_in(client) == person
    assert client.get(reverse("home")).status_code == 200


@pytest.mark.django_db(transaction=True)  # allauth announces the new app after the commit
def test_staff_without_the_provider_s_mfa_set_up_brobyggers_own(client, sso):
    from allauth.mfa.totp.internal.auth import hotp_value

    factories.user(Role.LINK_WORKER, email="birgitte@fjordbro.dk")
    sso.person(sub="oid-1", email="birgitte@fjordbro.dk", email_verified=True, amr=["pwd"])
    sso_login(client, sso)
    assert client.get(reverse("home")).url == reverse("mfa_activate_totp")

    # As after a password log-in, allauth asks for the Brobygger password before the set-up.
    again = client.get(reverse("mfa_activate_totp"))
    assert reverse("account_reauthenticate") in again.url
    client.post(again.url, {"password": factories.PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = page.context["form"].secret
    code = f"{hotp_value(secret, int(time.time()) // 30):06d}"
    client.post(reverse("mfa_activate_totp"), {"code": code})

    assert client.get(reverse("home")).status_code == 200


def test_staff_whose_provider_did_mfa_need_no_authenticator_app_of_brobygger(client, sso):
    person = factories.user(Role.LINK_WORKER, email="birgitte@fjordbro.dk")
    sso.person(sub="oid-1", email="birgitte@fjordbro.dk", email_verified=True, amr=["mfa"])

    sso_login(client, sso)

    assert logged_in(client) == person
    assert client.get(reverse("home")).status_code == 200


def test_opening_the_provider_link_directly_asks_before_leaving_in_danish(client, sso):
    login_url = reverse("openid_connect_login", kwargs={"provider_id": "kommune"})

    page = client.get(login_url)

    assert page.status_code == 200
    text = page.content.decode()
    assert "Log ind med Fjordbro Kommune" in text
    assert "Fortsæt" in text


def test_staff_see_which_login_their_account_is_tied_to(client, sso):
    person = factories.user(Role.ANALYST, email="birgitte@fjordbro.dk")
    SocialAccount.objects.create(user=person, provider="kommune", uid="oid-1")
    client.force_login(person)

    text = client.get(reverse("socialaccount_connections")).content.decode()

    assert "Du kan logge ind med:" in text
    assert "Fjordbro Kommune" in text
