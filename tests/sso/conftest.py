"""A real OpenID Connect provider for the SSO tests: django-oauth-toolkit in a subprocess.

The provider is a small Django project of its own (``tests/sso/provider``) with its own SQLite
file in a temporary directory. One provider runs per test session (per xdist worker); each test
says who the provider's one user is by writing that user's claims.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import requests
from django.urls import reverse

from brobygger.settings import SSO_PROVIDER_ID, sso_provider_settings

ROOT = Path(__file__).resolve().parents[2]
CALLBACK_PATH = f"/konto/oidc/{SSO_PROVIDER_ID}/login/callback/"
USERNAME = "medarbejder"
PASSWORD = "provider-adgangskode"


@dataclass
class Provider:
    issuer: str
    directory: Path
    client_id: str = "brobygger"
    client_secret: str = "brobygger-hemmelighed-" + "s" * 20

    @property
    def origin(self) -> str:
        return "/".join(self.issuer.split("/")[:3])

    def person(self, **claims: object) -> None:
        """Who the provider's user is from now on (userinfo claims; amr and acr in the ID token)."""
        people = {USERNAME: {"password": PASSWORD, "claims": {"sub": "sub-1", **claims}}}
        (self.directory / "people.json").write_text(json.dumps(people))

    def log_in(self, authorize_url: str) -> str:
        """What a person does at the provider: log in. Returns where it sends them back to."""
        assert authorize_url.startswith(self.issuer), authorize_url
        browser = requests.Session()
        to_login = browser.get(authorize_url, allow_redirects=False, timeout=10)
        login_url = urljoin(authorize_url, to_login.headers["Location"])
        form = browser.get(login_url, timeout=10).text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        assert token, form
        logged_in = browser.post(
            login_url,
            data={"csrfmiddlewaretoken": token[1], "username": USERNAME, "password": PASSWORD},
            allow_redirects=False,
            timeout=10,
        )
        authorize = browser.get(
            urljoin(login_url, logged_in.headers["Location"]), allow_redirects=False, timeout=10
        )
        assert authorize.status_code == 302, authorize.text
        return authorize.headers["Location"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory):
    directory = tmp_path_factory.mktemp("oidc-provider")
    port = _free_port()
    provider = Provider(issuer=f"http://127.0.0.1:{port}/o", directory=directory)
    provider.person(email="someone@example.dk", email_verified=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BROBYGGER_"))} | {
        "DJANGO_SETTINGS_MODULE": "tests.sso.provider.settings",
        "SSO_PROVIDER_DIR": str(directory),
        "SSO_PROVIDER_ISSUER": provider.issuer,
        "PYTHONPATH": str(ROOT),
    }
    django = [sys.executable, "-m", "django"]
    prepared = subprocess.run(
        [
            *django,
            "prepare_provider",
            "--client-id",
            provider.client_id,
            "--client-secret",
            provider.client_secret,
            "--redirect-uri",
            f"http://testserver{CALLBACK_PATH}",
            # Any port: the browser test's live server picks one at random.
            "--redirect-uri",
            f"http://localhost{CALLBACK_PATH}",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert prepared.returncode == 0, prepared.stderr
    log = (directory / "server.log").open("w")
    server = subprocess.Popen(
        [*django, "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for(f"{provider.issuer}/.well-known/openid-configuration", server, directory)
        yield provider
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _wait_for(url: str, server: subprocess.Popen, directory: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(url, timeout=1).ok:
                return
        except requests.RequestException:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            log = (directory / "server.log").read_text()
            pytest.fail(f"the OIDC provider did not start:\n{log}")
        time.sleep(0.1)


@pytest.fixture
def sso(oidc_provider, settings):
    """Brobygger configured for the test provider, the way the environment variables would."""
    settings.SOCIALACCOUNT_PROVIDERS = sso_provider_settings(
        oidc_provider.issuer,
        oidc_provider.client_id,
        oidc_provider.client_secret,
        "Fjordbro Kommune",
        ["openid", "profile", "email"],
    )
    settings.SSO_MFA_ACR = ""
    settings.SSO_EMAIL_DOMAINS = []
    oidc_provider.person(email="someone@example.dk", email_verified=True)
    return oidc_provider


def start_sso(client) -> str:
    """Brobygger's log-in page → the staff button; returns the provider URL it redirects to."""
    page = client.get(reverse("account_login")).content.decode()
    action = re.search(r'<form method="post" action="([^"]*/oidc/[^"]*)"', page)
    assert action, "no SSO button on the log-in page"
    started = client.post(unescape(action[1]))
    assert started.status_code == 302, started.content.decode()
    return started.url


def sso_login(client, provider: Provider):
    """The whole round trip with Django's test client on Brobygger's side."""
    back = urlsplit(provider.log_in(start_sso(client)))
    assert (back.netloc, back.path) == ("testserver", CALLBACK_PATH), back
    return client.get(f"{back.path}?{back.query}")
