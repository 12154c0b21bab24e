"""Headless Debian Chromium driven by Playwright, against pytest-django's live server."""

import os

import pytest

CHROMIUM = os.environ.get("BROBYGGER_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]


def _new_page(browser, live_server, **context_options):
    context = browser.new_context(base_url=live_server.url, locale="da-DK", **context_options)
    # No network here: map tiles fail the way they would on a bad connection.
    context.route(
        "**/*",
        lambda route: (
            route.abort()
            if not route.request.url.startswith(live_server.url)
            else route.continue_()
        ),
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    return context, page


@pytest.fixture
def page(browser, live_server):
    context, page = _new_page(browser, live_server, viewport={"width": 1280, "height": 900})
    yield page
    context.close()


@pytest.fixture
def phone(browser, live_server):
    context, page = _new_page(
        browser,
        live_server,
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    yield page
    context.close()


def serious_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def log_in(page, user, live_server):
    """Log a user in by session cookie, with both steps recorded the way a real log-in records
    them (two-factor login itself is tested in tests/accounts)."""
    from django.conf import settings

    from tests.people import TwoStepClient

    client = TwoStepClient()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
    )
