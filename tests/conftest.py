import os

import pytest

pytest_plugins = ["tests.people"]

# Playwright's sync API runs an event loop in the test thread; Django's ORM must still be usable.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def reference_data(db):
    """Postal codes come from a data migration, but transactional tests flush them."""
    from brobygger.areas.models import Municipality, PostalCode
    from brobygger.areas.reference import load_reference_data
    from brobygger.directory.services import ensure_vocabulary

    if not PostalCode.objects.exists():
        load_reference_data(Municipality, PostalCode)
    ensure_vocabulary()


@pytest.fixture(autouse=True, scope="session")
def _audit_log_flushable_between_tests():
    """The audit table refuses DELETE and TRUNCATE; only this harness empties it after a
    transactional test (see tests/audit/harness.py and docs/audit.md)."""
    from tests.audit.harness import audit_table_flushable_by_the_test_harness

    with audit_table_flushable_by_the_test_harness():
        yield


@pytest.fixture(autouse=True)
def _fresh_cache(request):
    """Rate limits and one-time proofs live in the cache: each test starts from none. As in
    production the cache is a database table, so only tests that use the database have one."""
    from django.core.cache import cache

    if "django_db_setup" not in request.fixturenames and not request.node.get_closest_marker(
        "django_db"
    ):
        return
    request.getfixturevalue("django_db_setup")
    with request.getfixturevalue("django_db_blocker").unblock():
        cache.clear()


@pytest.fixture(autouse=True)
def _fast_and_plain(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the whole run, shared by every folder's browser tests
    (a second Playwright in the same process would clash with the first)."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, FLAGS

    if not os.path.exists(CHROMIUM):
        # A fresh machine with Python and uv alone still runs the suite; CI sets the variable,
        # so it never passes without the browser tests.
        message = "Chromium mangler: browsertestene springes over (apt-get install chromium)."
        if os.environ.get("BROBYGGER_REQUIRE_BROWSER"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield instance
        instance.close()


def pytest_report_header(config: pytest.Config) -> str:
    """One line at the top of every run: whether the browser tests can run here."""
    from tests.browser.conftest import CHROMIUM

    if os.path.exists(CHROMIUM):
        return f"Chromium: {CHROMIUM}"
    return "Chromium mangler – browsertestene springes over. Installér: apt-get install chromium"
