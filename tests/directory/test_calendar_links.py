"""Calendar feeds are offered as a subscription (webcal://, kept current by the calendar) beside
the one-off file, with a line of help for phones and one for Outlook, the same everywhere."""

import re
from datetime import timedelta

import icalendar
import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.volunteers.models import Volunteer
from tests import factories

pytestmark = pytest.mark.usefixtures("reference_data")


def _links(html: str, feed: str) -> None:
    """The subscription, the file and the help for ``feed`` (a path) are on the page."""
    assert f'href="webcal://testserver{feed}"' in html
    assert re.search(rf'href="{re.escape(feed)}" download>', html)
    assert 'value="http://testserver' + feed + '"' in html, "the address, to copy"
    assert "iPhone" in html and "Android" in html
    assert "Outlook" in html


def test_the_offer_page_offers_a_subscription_and_the_file(client, db):
    choir = factories.offer("Seniorkoret")
    html = client.get(reverse("directory:offer", args=[choir.pk])).content.decode()
    _links(html, reverse("directory:offer_ics", args=[choir.pk]))
    assert "Abonnér i din kalender" in html
    assert "personlig" not in html


def test_a_search_is_subscribed_to_with_its_words(client, db):
    factories.offer("Seniorkoret", description="Vi synger.")
    html = client.get(reverse("directory:search"), {"q": "synge", "gratis": "on"}).content
    feed = reverse("directory:search_ics") + "?q=synge&amp;gratis=on"
    _links(html.decode(), feed)


def test_the_htmx_list_carries_the_new_search_in_its_links(client, db):
    factories.offer("Seniorkoret", description="Vi synger.")
    html = client.get(
        reverse("directory:search"), {"q": "petanque"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert 'href="webcal://testserver/kalender.ics?q=petanque"' in html


def test_the_link_workers_day_offers_their_own_feed(client, worker):
    client.force_login(worker)
    html = client.get(reverse("referrals:day")).content.decode()
    _links(html, reverse("referrals:task_calendar", args=[worker.calendar_token]))
    assert "adressen er personlig" in html


def test_the_volunteers_page_offers_their_own_feed(client, db):
    user = factories.user(Role.VOLUNTEER)
    Volunteer.objects.create(full_name="Villy", user=user, stage="active")
    client.force_login(user)
    html = client.get(reverse("volunteers:mine")).content.decode()
    _links(html, reverse("volunteers:calendar", args=[user.calendar_token]))
    assert "adressen er personlig" in html


def test_a_subscribed_calendar_is_asked_to_fetch_the_feed_again(client, db):
    choir = factories.offer("Seniorkoret")
    feed = client.get(reverse("directory:offer_ics", args=[choir.pk])).content
    calendar = icalendar.Calendar.from_ical(feed)
    assert calendar["refresh-interval"].dt == timedelta(hours=12)
    assert b"X-PUBLISHED-TTL:PT12H" in feed
