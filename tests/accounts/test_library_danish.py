"""Texts that come from libraries — allauth's log-in, password and two-step pages, Django's form
messages and password rules — read as plain Danish, in our words (adgangskode, e-mailadresse,
totrinslogin, godkendelsesapp), never English or the libraries' stiff Danish.

The wording lives in brobygger/locale_overrides (docs/translations.md)."""

import re
import time
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.totp.internal.auth import hotp_value
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from brobygger.accounts.roles import Role
from tests import factories
from tests.people import TOTP_SECRET, two_factor

OVERRIDES = Path(__file__).resolve().parents[2] / "brobygger" / "locale_overrides"
EMAIL = "grethe@forening.dk"

# English a page must not show, and the libraries' own Danish we replaced.
ENGLISH = re.compile(
    r"\b(password|email|sign (in|out)|your|the|please|enter|required|valid|authenticator|"
    r"recovery|confirm|cancel|activate|generate|account|code)\b",
    re.IGNORECASE,
)
STIFF_DANISH = (
    "password",
    "emailadresse",
    "e-mail-adresse",
    "succesfuldt",
    "autentific",
    "din/dit",
    "påkrævet",
    "Indtast",
    "Genautentificer",
    "Gendannelseskode",
    "To-faktor",
    "med success",
)


class _Text(HTMLParser):
    """The words a person reads in <main>: text, labels' placeholders, buttons' names."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0
        self._in_main = 0

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self._in_main += 1
        if tag in {"script", "style"}:
            self._skip += 1
        if self._in_main:
            for name, value in attrs:
                if name in {"placeholder", "aria-label", "title", "alt"} and value:
                    self.parts.append(value)

    def handle_endtag(self, tag):
        if tag == "main":
            self._in_main -= 1
        if tag in {"script", "style"}:
            self._skip -= 1

    def handle_data(self, data):
        if self._in_main and not self._skip and data.strip():
            self.parts.append(" ".join(data.split()))


def visible_text(response) -> str:
    assert response.status_code == 200, response.status_code
    parser = _Text()
    parser.feed(response.content.decode())
    return "\n".join(parser.parts)


def assert_plain_danish(text: str, *wording: str) -> None:
    # E-mail addresses (grethe@forening.dk) and the apps' names are not language.
    words = re.sub(r"\S+@\S+|(Microsoft|Google) Authenticator", "", text)
    english = ENGLISH.findall(words)
    assert not english, f"English on the page: {english}\n{text}"
    for stiff in STIFF_DANISH:
        assert stiff.lower() not in text.lower(), f"{stiff!r} on the page:\n{text}"
    for expected in wording:
        assert expected in text, f"{expected!r} missing from:\n{text}"


@pytest.fixture
def person(db):
    return factories.user(Role.ASSOCIATION_CONTACT, email=EMAIL, full_name="Grethe Jensen")


@pytest.fixture
def visitor():
    return Client(REMOTE_ADDR="192.0.2.10")


def _login(client, password=factories.PASSWORD, login=EMAIL):
    return client.post(reverse("account_login"), {"login": login, "password": password})


def test_a_wrong_password_is_told_plainly(person, visitor):
    text = visible_text(_login(visitor, "forkert"))
    assert_plain_danish(text, "E-mailadressen eller adgangskoden passer ikke. Prøv igen.")


def test_an_invalid_or_missing_e_mail_address_is_told_plainly(person, visitor):
    assert_plain_danish(
        visible_text(_login(visitor, "x", login="ikke-en-adresse")),
        "Skriv en gyldig e-mailadresse, for eksempel navn@eksempel.dk.",
    )
    assert_plain_danish(visible_text(visitor.post(reverse("account_login"), {})), "Udfyld feltet.")


def test_the_lockout_is_told_plainly(person, visitor):
    for _ in range(5):
        _login(visitor, "forkert")
    text = visible_text(_login(visitor))
    assert_plain_danish(text, "For mange forkerte forsøg. Vent 15 minutter, og prøv så igen.")


def test_logging_in_and_out_greets_in_danish(person, visitor):
    home = visitor.get(_login(visitor).url, follow=True)
    assert_plain_danish(visible_text(home), "Du er logget ind som Grethe Jensen.")
    assert_plain_danish(visible_text(visitor.get(reverse("account_logout"))), "Vil du logge ud?")
    after = visitor.post(reverse("account_logout"), follow=True)
    assert "Du er logget ud." in visible_text(after)


def test_the_forgotten_password_pages_and_mail_are_danish(
    person, visitor, django_capture_on_commit_callbacks
):
    page = visible_text(visitor.get(reverse("account_reset_password")))
    assert_plain_danish(page, "Få en ny adgangskode", "Send mig et link")
    assert_plain_danish(
        visible_text(visitor.post(reverse("account_reset_password"), {"email": "x"})),
        "Skriv en gyldig e-mailadresse",
    )
    with django_capture_on_commit_callbacks(execute=True):
        sent = visitor.post(reverse("account_reset_password"), {"email": EMAIL}, follow=True)
    assert_plain_danish(visible_text(sent), "Hvis e-mailadressen hører til en konto")
    (message,) = mail.outbox
    assert "Vælg en ny adgangskode" in message.subject
    assert "formentlig dig selv" in message.body
    assert_plain_danish(re.sub(r"https?://\S+", "", message.subject + message.body))


def test_the_password_rules_are_danish_when_choosing_a_new_password(person, visitor):
    uid = user_pk_to_url_str(person)
    key = default_token_generator.make_token(person)
    form = visitor.get(
        reverse("account_reset_password_from_key", kwargs={"uidb36": uid, "key": key}),
        follow=True,
    )
    url = form.redirect_chain[-1][0]
    too_short = visible_text(visitor.post(url, {"password1": "kort", "password2": "kort"}))
    assert_plain_danish(too_short, "Adgangskoden er for kort. Den skal være på mindst 12 tegn.")
    like_email = visible_text(visitor.post(url, {"password1": EMAIL, "password2": EMAIL}))
    assert_plain_danish(like_email, "Adgangskoden ligner din e-mail for meget.")
    mismatch = visitor.post(
        url, {"password1": "blå-cykel-ved-fjorden", "password2": "blå-cykel-ved-fjorde"}
    )
    assert_plain_danish(visible_text(mismatch), "Skriv den samme adgangskode begge gange.")


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("password1234", "Adgangskoden er for almindelig og let at gætte."),
        ("12345678901234", "Adgangskoden består kun af tal. Brug også bogstaver."),
    ],
)
def test_changing_ones_password_is_danish(person, client, new, message):
    client.force_login(person)
    page = visible_text(client.get(reverse("account_change_password")))
    assert_plain_danish(
        page, "Skift adgangskode", "Den må ikke kun bestå af tal.", "Nuværende adgangskode"
    )
    wrong = client.post(
        reverse("account_change_password"),
        {"oldpassword": "forkert", "password1": new, "password2": new},
    )
    assert_plain_danish(visible_text(wrong), "Din nuværende adgangskode passer ikke.", message)


def test_the_second_step_of_the_log_in_is_danish(person, visitor):
    two_factor(person)
    first = _login(visitor)
    assert first.url == reverse("mfa_authenticate")
    assert_plain_danish(
        visible_text(visitor.get(first.url)),
        "Totrinslogin",
        "Skriv koden fra godkendelsesappen",
    )
    wrong = visitor.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert_plain_danish(visible_text(wrong), "Koden passer ikke.")
    code = f"{hotp_value(TOTP_SECRET, int(time.time()) // 30):06d}"
    assert visitor.post(reverse("mfa_authenticate"), {"code": code}).status_code == 302
    overview = visitor.get(reverse("mfa_index"))
    assert_plain_danish(
        visible_text(overview), "Godkendelsesapp", "Du logger ind med en godkendelsesapp."
    )


def test_setting_up_the_authenticator_app_is_danish(db, client):
    worker = factories.user(Role.LINK_WORKER, email="kasper@kommune.dk")
    client.force_login(worker)
    response = client.get(reverse("mfa_activate_totp"), follow=True)
    if response.redirect_chain and "reauthenticate" in response.redirect_chain[-1][0]:
        assert_plain_danish(visible_text(response), "Bekræft, at det er dig")
        response = client.post(
            response.redirect_chain[-1][0], {"password": factories.PASSWORD}, follow=True
        )
    assert_plain_danish(
        visible_text(response), "Sæt en godkendelsesapp op", "Nøgle til appen", "Kode fra appen"
    )


def test_every_override_is_translated_and_compiled():
    """The committed .mo says what the .po says (scripts/compile_overrides.py)."""
    catalogue = polib.pofile(str(OVERRIDES / "da" / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 50
    with translation.override("da"):
        for entry in catalogue:
            assert entry.translated(), entry.msgid
            if entry.msgid_plural:
                got = translation.ngettext(entry.msgid, entry.msgid_plural, 2)
                assert got == entry.msgstr_plural[1], entry.msgid
            else:
                assert translation.gettext(entry.msgid) == entry.msgstr, entry.msgid


def test_too_many_password_links_is_a_danish_page(person, visitor):
    # "reset_password": 3 per minute for one address (settings.ACCOUNT_RATE_LIMITS).
    responses = [
        visitor.post(reverse("account_reset_password"), {"email": EMAIL}) for _ in range(5)
    ]
    refused = responses[-1]
    assert refused.status_code == 429
    refused.status_code = 200  # visible_text reads the page like any other
    assert_plain_danish(visible_text(refused), "Du har prøvet mange gange", "Vent et kvarter")
