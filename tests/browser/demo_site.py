"""The demo municipality in the test database, one login per role: the pages each person meets
are the ones the demo shows, with cases, volunteers and offers in every state."""

import re
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

from django.urls import Resolver404, resolve

from brobygger.accounts.models import User
from brobygger.accounts.roles import CITIZEN_DATA_ROLES, Role
from brobygger.demo import generate
from tests.people import two_factor


class Login(NamedTuple):
    role: Role | None  # None: a citizen who is not logged in
    email: str | None


# One demo login per role (the first in people.toml), and the public.
LOGINS: list[Login] = [Login(None, None)] + [
    Login(role, next(u.email for u in generate.DEMO_USERS if u.role == role)) for role in Role
]


def login_id(login: Login) -> str:
    return login.role.value if login.role else "anonymous"


def load_demo() -> None:
    """The demo as ``brobygger demo`` loads it; those who see citizens' data get an
    authenticator app, as a real log-in outside the demo would ask of them."""
    assert generate.load()
    for user in User.objects.all():
        if user.is_staff or user.has_role(*CITIZEN_DATA_ROLES):
            two_factor(user)


# Addresses a crawler must not follow: log-out, files, the machine-readable API, language
# switching (a POST anyway), and anything outside the site.
NOT_A_PAGE = re.compile(
    r"(^/konto/logout|\.(ics|csv|xlsx|pdf|json)$|^/api/|^/i18n/|^/jsi18n/|^/static/|^/media/"
    r"|/download|[?&]format=(ics|csv|xlsx|pdf|json)\b)"
)
# Pages that look the same whoever looks: the public ones and one's own account.
PUBLIC_PAGES = {
    "directory:search",
    "directory:offer",
    "directory:organisation",
    "api_docs",
    "referrals:self_referral",
    "volunteers:sign_up",
}


def same_for_everyone(path: str) -> bool:
    try:
        view = resolve(path).view_name
    except Resolver404:
        return False
    return path.startswith("/konto/") or view in PUBLIC_PAGES


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def pattern(url: str) -> str:
    """One address per kind of page: ids become N, tokens U, and a query string only its keys
    (``/tilbud/12/`` and ``/tilbud/13/`` are the same page to check; ``/?side=2`` is not
    ``/``)."""
    parts = urlsplit(url)
    path = re.sub(r"\d+", "N", UUID.sub("U", parts.path))
    keys = sorted({key for key, _value in parse_qsl(parts.query, keep_blank_values=True)})
    return path + ("?" + "&".join(keys) if keys else "")
