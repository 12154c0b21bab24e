"""The e-mail code: the second factor for volunteers who read need-to-know notes."""

import re
import time

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from brobygger.accounts import email_code
from brobygger.accounts.roles import Role
from tests import factories

URL = reverse("accounts:email_code")


@pytest.fixture
def bare(db):
    """A volunteer logged in with the password only, as the log-in leaves them."""
    client = Client()
    client.post(
        reverse("account_login"),
        {"login": "vera@example.dk", "password": factories.PASSWORD},
    )
    return client


@pytest.fixture
def vera(db):
    return factories.user(Role.VOLUNTEER, email="vera@example.dk", full_name="Vera Hansen")


def _send(client, next_url="/min-side/"):
    client.post(f"{URL}?next={next_url}", {"send": "1"})
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def _passed(client):
    from brobygger.accounts.second_factor import passed_second_factor

    request = client.get(reverse("home")).wsgi_request
    return passed_second_factor(request)


def test_the_code_arrives_by_mail_and_lets_the_volunteer_on(vera, bare):
    page = bare.get(f"{URL}?next=/min-side/")
    assert page.status_code == 200
    assert "Send mig en kode" in page.content.decode()
    assert not _passed(bare)
    code = _send(bare)
    assert mail.outbox[-1].to == ["vera@example.dk"]
    assert code not in mail.outbox[-1].subject
    response = bare.post(f"{URL}?next=/min-side/", {"code": code})
    assert response.status_code == 302
    assert response.url == "/min-side/"
    assert _passed(bare)


def test_only_a_keyed_hash_of_the_code_is_kept(vera, bare):
    code = _send(bare)
    state = bare.session[email_code.SESSION_KEY]
    assert code not in str(state)


def test_a_code_with_a_space_is_fine(vera, bare):
    code = _send(bare)
    bare.post(URL, {"code": f"{code[:3]} {code[3:]}"})
    assert _passed(bare)


@pytest.mark.parametrize("typed", ["12345", "abcdef", "1234567", "１２３４５６"])
def test_malformed_codes_get_a_danish_message(vera, bare, typed):
    _send(bare)
    response = bare.post(URL, {"code": typed})
    assert response.status_code == 200
    assert "Koden er 6 cifre" in response.content.decode()


def test_a_wrong_code_is_refused_in_danish(vera, bare):
    code = _send(bare)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    response = bare.post(URL, {"code": wrong})
    assert response.status_code == 200
    assert "Koden passer ikke" in response.content.decode()
    assert not _passed(bare)


def test_five_wrong_tries_use_the_code_up(vera, bare):
    code = _send(bare)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for _ in range(email_code.MAX_TRIES):
        bare.post(URL, {"code": wrong})
    response = bare.post(URL, {"code": code}, follow=True)
    assert "Send en ny kode" in response.content.decode()
    assert not _passed(bare)


def test_the_code_expires_after_ten_minutes(vera, bare, monkeypatch):
    code = _send(bare)
    later = time.time() + email_code.LIFETIME_SECONDS + 1
    monkeypatch.setattr(email_code.time, "time", lambda: later)
    response = bare.post(URL, {"code": code}, follow=True)
    assert "Koden er udløbet" in response.content.decode()
    assert not _passed(bare)


def test_a_new_code_replaces_the_old(vera, bare):
    first = _send(bare)
    second = _send(bare)
    if first != second:
        bare.post(URL, {"code": first})
        assert not _passed(bare)
    bare.post(URL, {"code": second})
    assert _passed(bare)


def test_sending_is_rate_limited(vera, bare):
    for _ in range(3):
        _send(bare)
    response = bare.post(URL, {"send": "1"}, follow=True)
    assert len(mail.outbox) == 3
    assert "mange koder" in response.content.decode()


def test_wrong_codes_count_in_the_lockout_across_new_codes(vera, bare):
    # Five wrong tries per code, but asking for new codes does not give an attacker more.
    for _ in range(2):
        code = _send(bare)
        wrong = f"{(int(code) + 1) % 10**6:06d}"
        for _ in range(3):
            bare.post(URL, {"code": wrong})
    code = _send(bare)
    response = bare.post(URL, {"code": code})
    assert "For mange forkerte forsøg" in response.content.decode()
    assert not _passed(bare)


def test_a_code_from_another_session_does_not_work(vera, bare):
    code = _send(bare)
    other = Client()
    other.post(
        reverse("account_login"), {"login": "vera@example.dk", "password": factories.PASSWORD}
    )
    other.post(URL, {"code": code}, follow=True)
    assert not _passed(other)


def test_the_next_address_stays_on_this_site(vera, bare):
    code = _send(bare, next_url="https://angriber.example/")
    response = bare.post(f"{URL}?next=https://angriber.example/", {"code": code})
    assert response.url == reverse("home")


def test_anonymous_visitors_are_sent_to_log_in(db):
    response = Client().get(URL)
    assert response.status_code == 302
    assert reverse("account_login") in response.url


def test_the_mail_server_failing_is_a_danish_message_not_an_error(vera, bare, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("SMTP nede")

    monkeypatch.setattr(email_code, "send_mail", broken)
    response = bare.post(URL, {"send": "1"}, follow=True)
    assert response.status_code == 200
    assert "kunne ikke sende" in response.content.decode()
    assert not email_code.pending(response.wsgi_request)
