import re

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference_data")]


@pytest.fixture
def directory(transactional_db, reference_data):
    factories.area("Roskilde By", ("4000",))
    choir = factories.offer(
        "Seniorkoret Fjordstemmerne",
        description="Vi synger danske sange og salmer.",
        terms=("interest:sang", "access:koerestol"),
        contact_phone="+45 46 31 22 10",
        contact_name="Bente",
    )
    factories.offer(
        "Fællessang på biblioteket",
        description="Kom og syng med.",
        schedule=("MONTHLY", "1TH", "14:00-15:30"),
    )
    factories.offer(
        "Petanque i parken", terms=("interest:spil",), schedule=("WEEKLY", "FR", "13:00-15:00")
    )
    return choir


def test_a_citizen_searches_for_singing(page, directory):
    page.goto("/")
    page.get_by_label("Hvad har du lyst til?").fill("synge")
    page.get_by_role("button", name="Søg", exact=True).click()
    expect(page.get_by_role("heading", name="2 fællesskaber")).to_be_visible()
    results = page.locator(".offer-list")
    expect(results).to_contain_text("Seniorkoret Fjordstemmerne")
    expect(results).to_contain_text("Fællessang på biblioteket")
    expect(results).not_to_contain_text("Petanque")
    page.get_by_role("link", name="Seniorkoret Fjordstemmerne").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Seniorkoret Fjordstemmerne")
    expect(page.get_by_role("link", name=re.compile("Ring"))).to_have_attribute(
        "href", "tel:+4546312210"
    )


def test_filters_work_without_a_map(page, directory):
    page.goto("/")
    page.locator("summary").click()
    page.get_by_label("Fredag").check()
    page.get_by_role("button", name="Vis resultater").click()
    expect(page.get_by_role("heading", name="1 fællesskab")).to_be_visible()
    expect(page.locator(".offer-list")).to_contain_text("Petanque i parken")


def test_bad_postal_code_is_explained_at_the_top_and_at_the_field(page, directory):
    page.goto("/?postnr=12")
    expect(page.locator('[data-module="error-summary"]')).to_contain_text("fire cifre")
    expect(page.locator(".form-error-message")).to_contain_text("fire cifre")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=synge&postnr=4000&afstand=10",
        "offer",
        "/aabne-data/",
        "/konto/login/",
        "/?postnr=12",
    ],
)
def test_public_pages_have_no_serious_accessibility_violations(page, directory, path):
    url = f"/tilbud/{directory.pk}/" if path == "offer" else path
    page.goto(url)
    assert serious_violations(page) == []


def test_phone_layout_and_large_text(phone, directory):
    phone.goto(f"/tilbud/{directory.pk}/")
    size = phone.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    phone.get_by_role("button", name="Større tekst").click()
    expect(phone.get_by_role("button", name="Normal tekst")).to_be_visible()
    phone.wait_for_load_state("load")  # the stylesheet, not only the markup
    larger = phone.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert larger > size >= 16
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, "no sideways scrolling on a phone"
    assert serious_violations(phone) == []


def test_ticking_a_filter_updates_the_list_in_place(page, directory):
    page.goto("/")
    page.locator("summary").click()
    page.get_by_label("Fredag").check()
    expect(page.get_by_role("heading", name="1 fællesskab")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("1 fællesskab fundet")
    assert "dag=FR" in page.url
    expect(page.get_by_label("Fredag")).to_be_checked()


# A 1×1 grey PNG: map tiles load without the network, so a console error is the page's own.
TILE = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415408d763b8b8b800000285014155e0d1a80000000049454e44ae426082"
)


@pytest.fixture
def spread_directory(transactional_db, reference_data):
    """Three offers at three places, so each search shows its own markers."""
    factories.offer(
        "Seniorkoret Fjordstemmerne",
        description="Vi synger danske sange.",
        loc=factories.location("Kulturhuset", latitude=55.6415, longitude=12.0803),
    )
    factories.offer(
        "Fællessang på biblioteket",
        description="Kom og syng med.",
        loc=factories.location("Biblioteket", latitude=55.6310, longitude=12.1010),
    )
    factories.offer(
        "Petanque i parken",
        description="Vi spiller petanque.",
        loc=factories.location("Byparken", latitude=55.6505, longitude=12.0602),
    )


def _watch_console(page):
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.route(
        re.compile(r"^https://tile\.openstreetmap\.org/"),
        lambda route: route.fulfill(status=200, content_type="image/png", body=TILE),
    )
    return problems


def _search(page, words):
    page.get_by_label("Hvad har du lyst til?").fill(words)
    page.get_by_role("button", name="Søg", exact=True).click()
    # htmx pushes the address once the new list has settled: the search is done then.
    expect(page).to_have_url(re.compile(rf"[?&]q={words}(&|$)"))
    page.wait_for_load_state("networkidle")


def _markers(page):
    return sorted(
        page.locator(".js-map .leaflet-marker-icon").evaluate_all(
            "icons => icons.map(icon => icon.getAttribute('alt'))"
        )
    )


def _assert_controls_inside_the_map(page):
    box = page.locator(".js-map").bounding_box()
    controls = page.locator(".js-map .leaflet-control")
    assert controls.count() >= 2, "zoom and attribution"
    for control in controls.all():
        inner = control.bounding_box()
        assert inner is not None and inner["width"] > 0
        assert inner["x"] >= box["x"] - 0.5, control.inner_text()
        assert inner["y"] >= box["y"] - 0.5, control.inner_text()
        assert inner["x"] + inner["width"] <= box["x"] + box["width"] + 0.5, control.inner_text()
        assert inner["y"] + inner["height"] <= box["y"] + box["height"] + 0.5, control.inner_text()


def _contrast(page, selector):
    """WCAG contrast ratio of an element's text against its own (opaque) background."""
    return page.locator(selector).first.evaluate(
        """el => {
          const rgb = c => c.match(/[\\d.]+/g).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => {
            v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
          }).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          let back = el;
          while (back && rgb(getComputedStyle(back).backgroundColor)[3] === 0) {
            back = back.parentElement;
          }
          const bg = rgb(getComputedStyle(back).backgroundColor);
          if (bg.length === 4 && bg[3] < 1) return 0;  // see-through: depends on the tiles
          const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(bg)].sort((x, y) => y - x);
          return (a + 0.05) / (b + 0.05);
        }"""
    )


@pytest.mark.parametrize("device", ["phone", "page"])
def test_the_map_follows_each_search(device, request, spread_directory):
    page = request.getfixturevalue(device)
    problems = _watch_console(page)
    page.goto("/")
    expect(page.locator(".js-map .leaflet-marker-icon")).to_have_count(3)

    _search(page, "synge")
    expect(page.get_by_role("heading", name="2 fællesskaber")).to_be_visible()
    expect(page.locator(".js-map .leaflet-marker-icon")).to_have_count(2)
    assert _markers(page) == ["Fællessang på biblioteket", "Seniorkoret Fjordstemmerne"]

    _search(page, "petanque")
    expect(page.get_by_role("heading", name="1 fællesskab")).to_be_visible()
    expect(page.locator(".js-map .leaflet-marker-icon")).to_have_count(1)
    assert _markers(page) == ["Petanque i parken"]
    assert page.locator(".leaflet-container").count() == 1, "the old map is gone"

    page.locator(".js-map .leaflet-control-zoom-in").click()
    _assert_controls_inside_the_map(page)
    assert _contrast(page, ".leaflet-control-attribution") >= 4.5
    assert _contrast(page, ".leaflet-control-attribution a") >= 4.5
    assert problems == []


def test_the_map_comes_back_after_going_back(page, spread_directory):
    problems = _watch_console(page)
    page.goto("/")
    _search(page, "synge")
    _search(page, "petanque")
    page.go_back()
    expect(page.get_by_role("heading", name="2 fællesskaber")).to_be_visible()
    expect(page.locator(".js-map .leaflet-marker-icon")).to_have_count(2)
    _assert_controls_inside_the_map(page)
    assert problems == []


def test_the_offer_page_shows_its_place_on_the_map(phone, directory):
    problems = _watch_console(phone)
    phone.goto(f"/tilbud/{directory.pk}/")
    expect(phone.locator(".js-map .leaflet-marker-icon")).to_have_count(1)
    _assert_controls_inside_the_map(phone)
    assert problems == []
