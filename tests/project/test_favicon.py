from django.contrib.staticfiles import finders
from django.urls import reverse


def test_every_page_has_a_favicon(client, db):
    page = client.get(reverse("directory:search")).content.decode()
    assert 'rel="icon" href="/static/brobygger/favicon.svg"' in page
    assert finders.find("brobygger/favicon.svg")
