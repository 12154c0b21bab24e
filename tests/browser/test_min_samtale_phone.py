""" "Min samtale" read on a phone 390 px wide: large type, nothing wider than the screen."""

from datetime import date, time

import pytest

from brobygger.referrals import actions
from brobygger.referrals.documents import conversation_summary_html
from tests import factories

pytestmark = [pytest.mark.browser]


@pytest.fixture
def summary(case, worker):
    actions.take_case(case, acting_user=worker)
    actions.record_conversation(
        case,
        notes={"relations": "Enke siden sidste år, savner at have nogen at tale med"},
        wishes="Synge i kor igen",
        held_on=date(2026, 3, 2),
        acting_user=worker,
    )
    offer = factories.offer(
        "Seniorkoret Fjordstemmerne i Kulturhusets store sal",
        loc=factories.location("Kulturhuset", street="Torvet 3"),
    )
    actions.choose_offer(case, offer, reasons=[], acting_user=worker)
    actions.set_companion(
        case, name="Villy Jensen", phone="+45 20 11 22 33", volunteer=None, acting_user=worker
    )
    actions.plan_follow_ups(case, first_visit=date(2026, 3, 10), at=time(10), acting_user=worker)
    return conversation_summary_html(case, None)


def test_min_samtale_reads_large_on_a_phone(browser, summary):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    try:
        page = context.new_page()
        page.set_content(summary)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        sizes = page.evaluate(
            """() => [...document.querySelectorAll('p, li, dt, dd, a, strong')]
                 .filter(e => e.textContent.trim())
                 .map(e => parseFloat(getComputedStyle(e).fontSize))"""
        )
        assert sizes and min(sizes) >= 20
        body = page.evaluate(
            "(() => { const s = getComputedStyle(document.body);"
            " return [parseFloat(s.fontSize), parseFloat(s.lineHeight)]; })()"
        )
        assert body[0] >= 20 and body[1] >= 1.5 * body[0]
        visit = page.locator("section.visit")
        assert visit.is_visible()
        box = visit.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        assert "Tirsdag den 10. marts 2026" in visit.inner_text()
        assert "+45 20 11 22 33" in visit.inner_text()
    finally:
        context.close()
