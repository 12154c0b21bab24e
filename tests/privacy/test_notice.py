"""Every public form that takes personal data links to a privacy notice (GDPR art. 13) that
says who is responsible, what, why, on which basis, for how long, who receives it, the rights
and whom to ask — with the retention periods the nightly run applies."""

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.privacy.notice import SECTIONS
from tests import factories

TEMPLATES = Path(__file__).resolve().parents[2] / "brobygger" / "templates"
NOTICE = reverse("privacy:notice")


def _notice(client) -> str:
    response = client.get(NOTICE)
    assert response.status_code == 200
    return response.content.decode()


def test_the_notice_is_public_and_answers_article_13(db, settings):
    settings.DPO_EMAIL = "dpo@kommune.example"
    page = _notice(Client())
    assert f"{settings.MUNICIPALITY_NAME} er dataansvarlig" in page
    assert 'href="mailto:dpo@kommune.example"' in page  # whom to ask
    assert "Datatilsynet" in page
    for heading in (
        "Hvilke oplysninger",
        "Hvorfor",
        "Retsgrundlag",
        "Hvem får oplysningerne",
        "Hvor længe gemmer vi dem",
        "Dine rettigheder",
    ):
        assert heading in page
    for section in SECTIONS:
        assert f'id="{section.anchor}"' in page


def test_the_notice_tells_the_retention_periods_in_force(db, settings):
    settings.RETENTION_CLOSED_CASE_YEARS = 7
    settings.RETENTION_UNUSED_SIGN_UP_MONTHS = 4
    page = _notice(Client())
    assert "Borgeren anonymiseres 7 år efter" in page
    assert "4 måneder" in page
    assert "5 år efter" not in page


def _form_html(page: str) -> str:
    """The <form> with the submit button in the page's <main> (not the header's forms)."""
    main = page[page.index("<main") :]
    forms = re.findall(r"<form\b.*?</form>", main, flags=re.S)
    return next(f for f in forms if 'type="submit"' in f and "csrfmiddlewaretoken" in f)


def _hand_over_page(client):
    client.force_login(factories.user(Role.REFERRER, email="hanne@hjemmepleje.dk"))
    return client.get(reverse("referrals:hand_over"))


@pytest.mark.parametrize(
    ("page", "anchor"),
    [
        (lambda client: client.get(reverse("referrals:refer")), "henvisning"),
        (lambda client: client.get(reverse("referrals:self_referral")), "vil-gerne-vaere-med"),
        (lambda client: client.get(reverse("volunteers:sign_up")), "frivillig"),
        (_hand_over_page, "henvisning"),
    ],
    ids=["refer", "self_referral", "volunteer_sign_up", "hand_over"],
)
def test_every_public_form_links_the_notice_next_to_its_button(
    client, reference_data, page, anchor
):
    response = page(client)
    assert response.status_code == 200
    form = _form_html(response.content.decode())
    link = f'href="{NOTICE}#{anchor}"'
    assert link in form
    assert form.index(link) < form.index('type="submit"')  # before the button, not after it
    assert f'id="{anchor}"' in _notice(client)


def test_every_form_guarded_as_public_includes_the_notice_link():
    """A public form added later (one that includes the public-form protection) fails here
    until it links the notice too."""
    guarded = [
        path
        for path in TEMPLATES.rglob("*.html")
        if "includes/public_form_protection.html" in path.read_text()
    ]
    assert len(guarded) >= 3
    for path in guarded:
        assert "includes/privacy_notice_link.html" in path.read_text(), path
