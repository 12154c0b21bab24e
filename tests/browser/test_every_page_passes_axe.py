"""Every page a role can reach passes axe-core (no serious or critical violation) at phone width
(390 px) and desktop width (1280 px).

For the public and for each role's demo login, a crawler starts on the page the person lands on
after log-in, follows the menu and every link on the site to a bounded depth, and checks each
kind of page once (``/tilbud/12/`` stands for every offer). Pages that look the same to everyone
(the public directory, one's own account) are checked once a run, by whoever meets them first.
A page wider than the screen counts as a problem too."""

from collections import deque
from typing import NamedTuple
from urllib.parse import urlsplit, urlunsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import _new_page, log_in
from tests.browser.demo_site import (
    LOGINS,
    NOT_A_PAGE,
    Login,
    load_demo,
    login_id,
    pattern,
    same_for_everyone,
)

pytestmark = [pytest.mark.browser]

AXE = Axe()
WIDTHS = (390, 1280)
MAX_PAGES = 40  # kinds of page per role: only the administrator (Django's admin) has more
MAX_DEPTH = 2  # clicks from the start page or a menu item


@pytest.fixture
def demo(transactional_db, reference_data):
    load_demo()


def _violations(page) -> list[str]:
    """What axe finds at each width, the page loaded once and axe injected once."""
    page.evaluate(AXE.axe_script)
    found = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        # Django's administration is laid out for a desktop; everything else fits a phone.
        admin = urlsplit(page.url).path.startswith("/administration/")
        if not admin and page.evaluate("document.documentElement.scrollWidth") > width:
            found.append(f"{width}px: the page is wider than the screen")
        results = page.evaluate("axe.run({resultTypes: ['violations']})")
        for violation in results["violations"]:
            if violation["impact"] in {"serious", "critical"}:
                nodes = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
                more = f" (+{len(nodes) - 3})" if len(nodes) > 3 else ""
                found.append(
                    f"{width}px {violation['id']} ({violation['impact']}): {nodes[:3]}{more}"
                )
    return found


def _links(page, origin: str) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    pages = []
    for href in hrefs:
        parts = urlsplit(href)
        address = parts.path + (f"?{parts.query}" if parts.query else "")
        if f"{parts.scheme}://{parts.netloc}" != origin or NOT_A_PAGE.search(address):
            continue
        pages.append(urlunsplit((*parts[:4], "")))  # the same page without its #fragment
    return pages


class Crawl(NamedTuple):
    checked: list[str]  # the pages checked here, one of each kind
    checked_before: list[str]  # pages the same for everyone, checked in another role's crawl
    problems: dict[str, list[str]]  # what axe (or the server) said, by page


def crawl(page, origin: str, start: str, checked_for_everyone: set[str]) -> Crawl:
    """Breadth first from the start page. A page that is the same for everyone is checked once
    a run, by whoever meets it first."""
    queue = deque([(start, 0)])
    seen: set[str] = set()
    result = Crawl([], [], {})
    while queue and len(result.checked) < MAX_PAGES:
        url, depth = queue.popleft()
        kind = pattern(url)
        if kind in seen:
            continue
        seen.add(kind)
        if depth and kind in checked_for_everyone:
            result.checked_before.append(urlsplit(url).path)
            continue
        if same_for_everyone(urlsplit(url).path):
            checked_for_everyone.add(kind)
        response = page.goto(url)
        if pattern(page.url) in seen and pattern(page.url) != kind:
            continue  # a redirect to a page checked already
        seen.add(pattern(page.url))
        landed = urlsplit(page.url)
        where = landed.path + (f"?{landed.query}" if landed.query else "")
        result.checked.append(where)
        found = [] if response is None or response.ok else [f"HTTP {response.status}"]
        found += _violations(page)
        if found:
            result.problems[where] = found
        if depth < MAX_DEPTH:
            queue.extend((link, depth + 1) for link in _links(page, origin))
    return result


@pytest.fixture(scope="session")
def checked_for_everyone() -> set[str]:
    return set()


@pytest.mark.parametrize("login", LOGINS, ids=login_id)
def test_no_serious_accessibility_violation_on_any_page(
    browser, live_server, demo, checked_for_everyone, login: Login
) -> None:
    from brobygger.accounts.models import User

    context, page = _new_page(browser, live_server, viewport={"width": 1280, "height": 900})
    try:
        if login.email:
            log_in(page, User.objects.get(email=login.email), live_server)
        start = "/start/" if login.email else "/"
        result = crawl(page, live_server.url, start, checked_for_everyone)
    finally:
        context.close()
    # The crawler found the site, not just a log-in page.
    assert len(result.checked) + len(result.checked_before) >= 3, result
    report = "\n".join(
        f"{where}\n  " + "\n  ".join(found) for where, found in sorted(result.problems.items())
    )
    count = f"{len(result.problems)} of {len(result.checked)} pages"
    assert not result.problems, f"{login_id(login)}: {count}\n{report}"
