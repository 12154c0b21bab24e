import icalendar
import pytest
from django.urls import reverse
from django.utils import translation

from tests import factories

pytestmark = pytest.mark.usefixtures("reference_data")


@pytest.fixture
def choir(db):
    return factories.offer(
        "Seniorkoret Fjordstemmerne",
        description="Vi synger danske sange.",
        terms=("interest:sang", "access:koerestol"),
        contact_name="Bente Holm",
        contact_phone="+45 46 31 22 10",
        price_kr=20,
        price_note="inkl. kaffe",
        registration="Bare mød op",
    )


def test_detail_page_has_what_a_citizen_needs(client, choir):
    page = client.get(reverse("directory:offer", args=[choir.pk])).content.decode()
    for expected in (
        "Seniorkoret Fjordstemmerne",
        "Hver tirsdag kl. 10–12",
        "Medborgerhuset",
        "Skolevej 1",
        "20 kr.",
        "Bare mød op",
        'href="tel:+4546312210"',
        "Kørestolsvenligt",
        "De næste gange",
        "senest bekræftet",
    ):
        assert expected in page, expected


def test_ended_offers_are_gone_from_the_public(client, choir):
    choir.status = "ended"
    choir.save()
    assert client.get(reverse("directory:offer", args=[choir.pk])).status_code == 404


def test_calendar_feed_of_an_offer(client, choir):
    response = client.get(reverse("directory:offer_ics", args=[choir.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    assert str(events[0]["summary"]) == "Seniorkoret Fjordstemmerne"
    rule = events[0]["rrule"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["TU"]
    assert events[0]["dtstart"].dt.hour == 10


def test_calendar_feed_of_a_search(client, choir):
    factories.offer("Petanque", schedule=("WEEKLY", "FR", "13:00-15:00"))
    response = client.get(reverse("directory:search_ics"), {"q": "synge"})
    summaries = [
        str(e["summary"]) for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    ]
    assert summaries == ["Seniorkoret Fjordstemmerne"]


def test_organisation_page_lists_its_offers(client, choir):
    page = client.get(reverse("directory:organisation", args=[choir.organisation.pk]))
    assert "Seniorkoret Fjordstemmerne" in page.content.decode()


def test_english_is_available(client, choir):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("directory:offer", args=[choir.pk])).content.decode()
    assert "Every Tuesday 10:00–12:00" in page
    assert "Wheelchair accessible" in page
    translation.activate("da")


def test_large_text_toggle(client, db):
    response = client.post(reverse("directory:text_size"), {"next": "/"})
    assert response.cookies["tekst"].value == "stor"
    assert 'class="stor-tekst"' in client.get("/").content.decode()


def test_large_text_ignores_foreign_redirects(client, db):
    response = client.post(reverse("directory:text_size"), {"next": "https://evil.example/"})
    assert response.url == "/"


def test_security_headers_on_public_pages(client, db):
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
