import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from brobygger.accounts.roles import Role
from brobygger.directory.actions import notify_stale_offers
from brobygger.directory.models import Offer
from brobygger.directory.services import stale_offers
from tests import factories

pytestmark = pytest.mark.usefixtures("reference_data")


@pytest.fixture
def own_offer(db):
    return factories.offer(
        "Strikkeklubben",
        org=factories.organisation("Strikkeforeningen"),
        terms=("interest:haandarbejde",),
    )


@pytest.fixture
def contact(own_offer):
    return factories.user(
        Role.ASSOCIATION_CONTACT, organisation=own_offer.organisation, email="grethe@strik.dk"
    )


def _form_data(offer, **changes):
    data = {
        "version": offer.version,
        "title": offer.title,
        "summary": "",
        "description": "Vi strikker og drikker kaffe.",
        "status": "active",
        "has_places": "on",
        "capacity": "",
        "price_kr": "",
        "price_note": "",
        "interests": ["interest:haandarbejde"],
        "location": offer.location_id,
        "host": "",
        "registration": "",
        "contact_name": "Grethe",
        "contact_phone": "",
        "contact_email": "",
        "min_age": "",
        "max_age": "",
        "tider-TOTAL_FORMS": "1",
        "tider-INITIAL_FORMS": "0",
        "tider-MIN_NUM_FORMS": "0",
        "tider-MAX_NUM_FORMS": "6",
        "tider-0-freq": "MONTHLY",
        "tider-0-weekdays": ["TH"],
        "tider-0-week_of_month": "1",
        "tider-0-opens_at": "14:00",
        "tider-0-closes_at": "15:30",
        "pauser-TOTAL_FORMS": "1",
        "pauser-INITIAL_FORMS": "0",
        "pauser-MIN_NUM_FORMS": "0",
        "pauser-MAX_NUM_FORMS": "4",
    }
    data.update(changes)
    return data


def test_contact_updates_own_offer(client, own_offer, contact):
    factories.stale(own_offer)
    client.force_login(contact)
    url = reverse("directory:edit_offer", args=[own_offer.pk])
    response = client.post(url, _form_data(own_offer, title="Strikkecaféen"))
    assert response.status_code == 302
    own_offer.refresh_from_db()
    assert own_offer.title == "Strikkecaféen"
    assert [str(s) for s in own_offer.schedules.all()] == ["Første torsdag i måneden kl. 14–15.30"]
    assert own_offer.last_confirmed_by == contact
    assert not own_offer.is_stale()
    assert "strik" in own_offer.search_document


def test_bad_input_changes_nothing_and_says_why_in_danish(client, own_offer, contact):
    client.force_login(contact)
    url = reverse("directory:edit_offer", args=[own_offer.pk])
    data = _form_data(
        own_offer, title="", **{"tider-0-closes_at": "13:00", "contact_phone": "ring"}
    )
    response = client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Udfyld feltet." in page
    assert "Sluttidspunktet skal ligge efter starttidspunktet." in page
    assert "Skriv et telefonnummer med mindst 8 cifre." in page
    assert 'data-module="error-summary"' in page
    own_offer.refresh_from_db()
    assert own_offer.title == "Strikkeklubben"
    assert [str(s) for s in own_offer.schedules.all()] == ["Hver tirsdag kl. 10–12"]


def test_contact_cannot_see_other_associations_offers(client, contact):
    other = factories.offer("Andres klub")
    client.force_login(contact)
    assert client.get(reverse("directory:edit_offer", args=[other.pk])).status_code == 404
    assert client.post(reverse("directory:confirm_offer", args=[other.pk])).status_code == 404
    assert "Andres klub" not in client.get(reverse("directory:my_offers")).content.decode()


def test_staff_edit_every_offer(client, own_offer):
    from allauth.mfa.models import Authenticator

    worker = factories.user(Role.LINK_WORKER)
    Authenticator.objects.create(
        user=worker, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    client.force_login(worker)
    assert client.get(reverse("directory:edit_offer", args=[own_offer.pk])).status_code == 200


def test_confirming_keeps_the_directory_fresh(client, own_offer, contact):
    factories.stale(own_offer)
    assert list(stale_offers()) == [own_offer]
    client.force_login(contact)
    client.post(reverse("directory:confirm_offer", args=[own_offer.pk]))
    assert list(stale_offers()) == []


def test_anonymous_users_are_sent_to_login(client, own_offer):
    response = client.get(reverse("directory:edit_offer", args=[own_offer.pk]))
    assert response.status_code == 302 and "/konto/login/" in response.url


def test_stale_offers_are_flagged_to_owner_and_staff_once(
    own_offer, contact, django_capture_on_commit_callbacks
):
    coordinator = factories.user(Role.VOLUNTEER_COORDINATOR, email="karen@kommune.dk")
    factories.stale(own_offer)
    fresh = factories.offer("Ny klub")
    with django_capture_on_commit_callbacks(execute=True):
        assert notify_stale_offers() == 1
    # One mail each: nobody sees the other recipients' addresses.
    assert sorted(m.to[0] for m in mail.outbox) == sorted(["grethe@strik.dk", coordinator.email])
    assert "Strikkeklubben" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        assert notify_stale_offers() == 0  # not again until confirmed and stale again
    assert not Offer.objects.get(pk=fresh.pk).stale_notified_at


def test_my_offers_marks_stale_ones(client, own_offer, contact):
    factories.stale(own_offer)
    client.force_login(contact)
    page = client.get(reverse("directory:my_offers")).content.decode()
    assert "Skal bekræftes" in page
    assert own_offer.last_confirmed_at < timezone.now()


def test_new_offer_for_own_association(client, own_offer, contact):
    client.force_login(contact)
    data = _form_data(own_offer, title="Hækleholdet")
    data["organisation"] = own_offer.organisation_id
    response = client.post(reverse("directory:new_offer"), data)
    assert response.status_code == 302
    created = Offer.objects.get(title="Hækleholdet")
    assert created.organisation == own_offer.organisation


def test_no_places_is_also_the_full_attribute(client, own_offer, contact):
    client.force_login(contact)
    url = reverse("directory:edit_offer", args=[own_offer.pk])
    data = _form_data(own_offer)
    data.pop("has_places")
    client.post(url, data)
    assert own_offer.terms.filter(code="status:fuldt").exists()
    own_offer.refresh_from_db()  # the form is read again, at the new version
    client.post(url, _form_data(own_offer))
    assert not own_offer.terms.filter(code="status:fuldt").exists()


def test_an_offer_needs_a_meeting_time(client, own_offer, contact):
    client.force_login(contact)
    data = _form_data(
        own_offer,
        **{
            "tider-0-freq": "",
            "tider-0-weekdays": [],
            "tider-0-week_of_month": "",
            "tider-0-opens_at": "",
            "tider-0-closes_at": "",
        },
    )
    response = client.post(reverse("directory:edit_offer", args=[own_offer.pk]), data)
    assert "Angiv mindst én mødetid." in response.content.decode()
    assert own_offer.schedules.count() == 1


def test_summer_break_is_saved_and_shown(client, own_offer, contact):
    client.force_login(contact)
    data = _form_data(
        own_offer,
        **{
            "pauser-0-starts_on": "2026-06-27",
            "pauser-0-ends_on": "2026-08-09",
            "pauser-0-every_year": "on",
            "pauser-0-note": "Sommerferie",
        },
    )
    client.post(reverse("directory:edit_offer", args=[own_offer.pk]), data)
    pause = own_offer.pauses.get()
    assert (pause.every_year, pause.note) == (True, "Sommerferie")
    page = client.get(reverse("directory:offer", args=[own_offer.pk])).content.decode()
    assert "27. juni–9. august" in page


def test_a_pause_that_ends_before_it_starts_is_refused(client, own_offer, contact):
    client.force_login(contact)
    data = _form_data(
        own_offer, **{"pauser-0-starts_on": "2026-08-09", "pauser-0-ends_on": "2026-06-27"}
    )
    response = client.post(reverse("directory:edit_offer", args=[own_offer.pk]), data)
    assert "Pausen skal slutte samme dag eller efter" in response.content.decode()
    assert not own_offer.pauses.exists()


def test_a_stale_offer_edit_is_refused_and_the_text_kept(client, contact, own_offer):
    url = reverse("directory:edit_offer", args=[own_offer.pk])
    client.force_login(contact)
    assert 'name="version" value="1"' in client.get(url).content.decode()
    first = _form_data(own_offer, description="Nu også om torsdagen.")
    second = _form_data(own_offer, description="Vi holder sommerpause i juli.")
    assert client.post(url, first).status_code == 302
    response = client.post(url, second)
    page = response.content.decode()
    assert "efter du åbnede siden" in page and "Nu også om torsdagen." in page
    assert "Vi holder sommerpause i juli." in page  # the second writer's text is kept
    own_offer.refresh_from_db()
    assert own_offer.description == "Nu også om torsdagen." and own_offer.version == 2
