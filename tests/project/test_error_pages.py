"""Error pages are Danish, in the site's layout, with the municipality's phone number; JSON
under /api/; a database outage is a calm 503 that keeps what was typed."""

import json
from contextlib import contextmanager
from unittest import mock

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client
from django.urls import path

from brobygger import urls as project_urls
from brobygger.lib import errors
from tests.people import TwoStepClient

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


def _boom(request):
    raise ValueError("a bug")


def _forbidden(request):
    raise PermissionDenied


def _db_in_view(request):
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [
    *project_urls.urlpatterns,
    path("test/boom/", _boom),
    path("test/forbidden/", _forbidden),
    path("test/db/", _db_in_view),
    path("api/test/boom", _boom),
    path("api/test/forbidden", _forbidden),
]
handler400 = project_urls.handler400
handler403 = project_urls.handler403
handler404 = project_urls.handler404
handler500 = project_urls.handler500

PHONE = settings.MUNICIPALITY_PHONE


@contextmanager
def database_down():
    """Every query fails the way a lost PostgreSQL server fails."""
    failure = OperationalError("could not connect to server: Connection refused")
    with (
        mock.patch.object(CursorWrapper, "execute", side_effect=failure),
        mock.patch.object(CursorWrapper, "executemany", side_effect=failure),
    ):
        yield


def _page(response, status):
    assert response.status_code == status
    html = response.content.decode()
    assert '<html lang="da"' in html
    assert 'class="header"' in html and "<footer>" in html, "the site's own layout"
    assert PHONE in html
    return html


def _json(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert set(body) == {"detail"} and body["detail"]
    return body["detail"]


def test_404_is_danish_in_the_layout_with_the_phone_number(client):
    html = _page(client.get("/findes-ikke/"), 404)
    assert "Siden findes ikke" in html


def test_404_under_api_is_json(client):
    assert _json(client.get("/api/findes-ikke"), 404) == "Adressen findes ikke."


def test_403_is_danish(client):
    html = _page(client.get("/test/forbidden/"), 403)
    assert "Du har ikke adgang til siden" in html
    assert _json(client.get("/api/test/forbidden"), 403) == "Du har ikke adgang til dette."


def test_refused_form_token_is_a_danish_403_that_keeps_the_text(reference_data):
    browser = Client(enforce_csrf_checks=True)
    html = _page(browser.post("/vil-gerne-vaere-med/", {"citizen_name": "Inger"}), 403)
    assert "Formularen kunne ikke sendes" in html
    assert "data-draft-kept" in html


@pytest.mark.parametrize(
    "request_args",
    [
        ("get", "/", {"q": "sang\x00"}),
        ("post", "/tekststoerrelse/", {"next": "/\x00"}),
        ("post", "/vil-gerne-vaere-med/", {"citizen_name": "Inger\x00"}),
    ],
)
def test_nul_characters_are_a_danish_400(client, reference_data, request_args):
    method, url, data = request_args
    html = _page(getattr(client, method)(url, data), 400)
    assert "Forespørgslen kunne ikke forstås" in html


def test_the_hsds_api_keeps_naming_the_bad_parameter(client):
    response = client.get("/api/hsds/services", {"search": "sang\x00"})
    assert response.status_code == 400
    assert json.loads(response.content)["parameter"] == "search"


def test_500_is_danish_in_the_layout(client):
    crashing = Client(raise_request_exception=False)
    html = _page(crashing.get("/test/boom/"), 500)
    assert "Der skete en fejl" in html and "ikke din skyld" in html
    assert _json(crashing.get("/api/test/boom"), 500).startswith("Der skete en fejl")


def test_500_page_renders_while_the_database_is_down(rf):
    from django.contrib.auth import get_user
    from django.utils.functional import SimpleLazyObject

    request = rf.get("/")
    request.session = mock.MagicMock()
    request.user = SimpleLazyObject(lambda: get_user(request))  # would query if touched
    with database_down():
        try:
            raise ValueError("a bug in a view")
        except ValueError:
            response = errors.server_error(request)
    assert response.status_code == 500
    assert PHONE in response.content.decode()


def test_500_falls_back_to_plain_danish_when_even_the_template_fails(rf):
    with mock.patch.object(errors, "_standalone", side_effect=RuntimeError("broken")):
        try:
            raise ValueError("a bug")
        except ValueError:
            response = errors.server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Der skete en fejl" in response.content.decode() and PHONE in response.content.decode()


def _unavailable(response):
    html = _page(response, 503)
    assert response["Retry-After"] == str(errors.RETRY_AFTER_SECONDS)
    assert "midlertidigt utilgængelig" in html
    return html


def test_database_outage_in_a_view_is_a_calm_503(client):
    _unavailable(client.get("/test/db/"))


def test_database_outage_on_the_public_search_is_a_calm_503(reference_data):
    browser = Client(raise_request_exception=False)
    with database_down():
        _unavailable(browser.get("/"))


@pytest.mark.parametrize("url", ["/vil-gerne-vaere-med/", "/henvis/"])
def test_referral_that_cannot_be_saved_says_so_and_keeps_the_text(teams, url):
    from tests.public_forms import hidden_fields

    browser = Client(raise_request_exception=False)
    form = hidden_fields(browser.get(url).content.decode())
    referral = {
        "citizen_name": "Inger Hansen",
        "citizen_phone": "20 30 40 50",
        "citizen_postal_code": "4000",
        "interests_text": "Jeg savner at synge",
        "consent_contact": "on",
        "reasons": "loneliness",
        "referrer_kind": "gp",
        "referrer_name": "Dr. Holm",
        "referrer_email": "holm@laege.dk",
        "urgency": "normal",
        "feedback": "none",
    }
    with database_down():
        html = _unavailable(browser.post(url, {**form, **referral}))
    assert "Det, du sendte, er ikke gemt endnu" in html
    assert "data-draft-kept" in html
    assert "brobygger/drafts.js" in html


def test_database_outage_for_a_logged_in_person_is_a_calm_503(teams, worker):
    browser = TwoStepClient(raise_request_exception=False)
    browser.force_login(worker)
    with database_down():
        _unavailable(browser.get("/brobygger/"))


def test_database_outage_under_api_is_json_503(client):
    crashing = Client(raise_request_exception=False)
    with database_down():
        response = crashing.get("/api/hsds/services")
    assert _json(response, 503).startswith("Tjenesten er midlertidigt utilgængelig")
    assert response["Retry-After"] == str(errors.RETRY_AFTER_SECONDS)


def test_every_page_loads_the_draft_keeper(client, reference_data):
    assert "brobygger/drafts.js" in client.get("/vil-gerne-vaere-med/").content.decode()


def test_a_section_sent_with_htmx_gets_a_notice_to_put_above_its_form(teams, worker, case):
    browser = TwoStepClient(raise_request_exception=False)
    browser.force_login(worker)
    url = f"/brobygger/forloeb/{case.pk}/samtale/"
    with database_down():
        response = browser.post(url, {"wishes": "Synge"}, headers={"HX-Request": "true"})
    assert response.status_code == 503
    assert response["Retry-After"] == str(errors.RETRY_AFTER_SECONDS)
    html = response.content.decode()
    assert "<html" not in html, "a fragment, not a page"
    assert "data-save-failed" in html and "Det kunne ikke gemmes lige nu" in html
    assert "Din tekst står stadig i formularen" in html and PHONE in html


def test_a_bug_behind_htmx_is_a_notice_too():
    crashing = Client(raise_request_exception=False)
    response = crashing.get("/test/boom/", headers={"HX-Request": "true"})
    assert response.status_code == 500
    assert "Det kunne ikke hentes lige nu" in response.content.decode()
