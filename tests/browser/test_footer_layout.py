"""Nothing lies on top of the footer, at phone width and desktop width: the footer's box meets
no other element's box (a sticky bar, a floating button or a too-tall section would)."""

from datetime import date, timedelta

import pytest

from brobygger.accounts.models import OrganisationalUnit
from brobygger.accounts.roles import Role
from brobygger.referrals import actions
from tests import factories
from tests.browser.conftest import log_in
from tests.people import referral_data, two_factor

pytestmark = [pytest.mark.browser]

# Every element outside the footer (and not one of its ancestors) whose box, as drawn, meets
# the footer's box. Boxes of zero size and elements not drawn take no room.
OVERLAPS = """() => {
  const footer = document.querySelector("footer");
  const f = footer.getBoundingClientRect();
  const hits = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (footer.contains(el) || el.contains(footer)) continue;
    // Not drawn: display none, visibility hidden, or inside a closed <details>.
    if (!el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const meets = r.left < f.right && r.right > f.left && r.top < f.bottom && r.bottom > f.top;
    if (meets) hits.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className} `
      + `${Math.round(r.top)}-${Math.round(r.bottom)} vs footer ${Math.round(f.top)}`);
  }
  return {hits, footerHeight: f.height};
}"""


@pytest.fixture
def full_case(transactional_db, reference_data):
    area = factories.area("Roskilde By", ("4000",))
    team = OrganisationalUnit.objects.create(name="Brobyggerteam Roskilde", handles_unrouted=True)
    team.local_areas.add(area)
    worker = two_factor(factories.user(Role.LINK_WORKER, unit=team, full_name="Birgitte Brobygger"))
    lead = two_factor(factories.user(Role.TEAM_LEAD, unit=team, full_name="Tove Teamleder"))
    case = actions.receive_referral(
        referral_data(urgency="urgent", needs_text="Mistede sin mand i foråret")
    ).case
    actions.take_case(case, acting_user=worker)
    actions.record_conversation(
        case, notes={}, wishes="At synge", held_on=date.today(), acting_user=worker
    )
    for n in range(3):
        actions.add_task(
            case, title=f"Ring {n}", due_on=date.today() + timedelta(days=n), acting_user=worker
        )
        offer = factories.offer(f"Kor {n}", terms=("interest:sang",))
        actions.choose_offer(case, offer, reasons=["Synger"], acting_user=worker)
    return case, worker, lead


def _assert_footer_free(page, path):
    page.goto(path)
    page.wait_for_load_state("networkidle")
    found = page.evaluate(OVERLAPS)
    assert found["footerHeight"] > 0
    assert found["hits"] == [], path
    # Scrolled to the very end, where a sticky or fixed bar would sit on top of it.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert page.evaluate(OVERLAPS)["hits"] == [], path


@pytest.mark.parametrize("width", [390, 768, 1280])
def test_nothing_overlaps_the_footer(browser, live_server, full_case, width):
    from tests.browser.conftest import _new_page

    case, worker, lead = full_case
    context, page = _new_page(
        browser, live_server, viewport={"width": width, "height": 844 if width < 500 else 900}
    )
    try:
        for path in ("/", "/henvis/", "/vil-gerne-vaere-med/"):
            _assert_footer_free(page, path)
        for person in (worker, lead):
            log_in(page, person, live_server)
            for path in (f"/brobygger/forloeb/{case.pk}/", "/brobygger/", "/mit-overblik/"):
                _assert_footer_free(page, path)
            _assert_footer_free(page, f"/brobygger/forloeb/{case.pk}/?forslag=vis")
    finally:
        context.close()


def test_the_check_sees_a_bar_that_sits_on_the_footer(page, transactional_db, reference_data):
    """The check itself: a fixed bar at the bottom of the window is found once the page is
    scrolled to the footer."""
    page.goto("/henvis/")
    assert page.evaluate(OVERLAPS)["hits"] == []
    page.evaluate(
        """() => { const bar = document.createElement("div"); bar.id = "bar";
        bar.style.cssText = "position:fixed;bottom:0;left:0;right:0;height:60px";
        document.body.appendChild(bar); window.scrollTo(0, document.body.scrollHeight); }"""
    )
    assert any(hit.startswith("div#bar") for hit in page.evaluate(OVERLAPS)["hits"])
