"""``generate.load``: the package through the HSDS importer, then the people; all of it intact.

The demo is loaded once for the module (in a transaction rolled back at the end); every test
compares the database with the package or the people file.
"""

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.db import transaction
from django.utils import timezone

from brobygger.accounts.models import User
from brobygger.demo import generate, package
from brobygger.directory.models import Contact, Location, Offer, Organisation, Pause, Schedule
from brobygger.directory.search import OfferQuery, search_offers
from brobygger.hsds.importer import import_path
from brobygger.referrals.models import Case
from brobygger.volunteers.models import Assignment, Course, OpenSlot, Volunteer

from .test_directory_package import kinds


@pytest.fixture(scope="module")
def demo(django_db_setup: None, django_db_blocker: pytest.FixtureRequest) -> Iterator[date]:
    from brobygger.areas.models import Municipality, PostalCode
    from brobygger.areas.reference import load_reference_data

    with django_db_blocker.unblock(), transaction.atomic():  # type: ignore[attr-defined]
        if not PostalCode.objects.exists():
            load_reference_data(Municipality, PostalCode)
        assert generate.load()
        yield timezone.localdate()
        transaction.set_rollback(True)


pytestmark = pytest.mark.usefixtures("demo")


def offers_by_id() -> dict[str, Offer]:
    return {
        str(o.hsds_id): o
        for o in Offer.objects.select_related("location").prefetch_related("terms", "schedules")
    }


@pytest.mark.django_db
def test_the_directory_is_the_package() -> None:
    assert Organisation.objects.count() == len(package.table("organizations.csv"))
    assert Location.objects.count() == len(package.table("locations.csv"))
    assert Offer.objects.count() == len(package.offers())
    assert Schedule.objects.count() == len(package.table("schedules.csv"))
    org_contacts = [c for c in package.table("contacts.csv") if not c["service_id"]]
    assert Contact.objects.count() == len(org_contacts)
    loaded = offers_by_id()
    for spec in package.offers():
        offer = loaded[spec.id]
        assert (offer.title, offer.summary, offer.description) == (
            spec.title,
            spec.summary,
            spec.description,
        )
        assert (offer.status, offer.has_places, offer.capacity, offer.host) == (
            spec.status,
            not spec.full,
            spec.capacity,
            spec.host,
        )
        assert (offer.price_kr, offer.price_note) == (spec.price_kr, spec.price_note)
        assert (offer.contact_name, offer.contact_phone) == (spec.contact_name, spec.contact_phone)
        assert (offer.min_age, offer.max_age) == (spec.min_age, spec.max_age)
        assert str(offer.location.hsds_id) == spec.location
        assert sorted(t.code for t in offer.terms.all()) == sorted(spec.codes)
        rules = [
            (s.freq, s.interval, s.byday if spec.rules[0].freq != "ONCE" else "", s.date)
            for s in offer.schedules.all()
        ]
        assert rules == [(r.freq, r.interval, r.byday, r.date) for r in spec.rules]
        assert [
            (f"{s.opens_at:%H:%M}", f"{s.closes_at:%H:%M}", s.note) for s in offer.schedules.all()
        ] == [(r.opens, r.closes, r.note) for r in spec.rules]


@pytest.mark.django_db
def test_kinds_of_organisers_and_places_come_from_their_attributes() -> None:
    places = {str(p.hsds_id): p.kind for p in Location.objects.all()}
    assert places == kinds("location", "location-kind")
    organisers = {str(o.hsds_id): o.kind for o in Organisation.objects.all()}
    assert organisers == kinds("organization", "organisation-kind")
    assert Counter(places.values())["nursing_home"] == 8


@pytest.mark.django_db
def test_pauses_recur_every_year_from_this_year(demo: date) -> None:
    with_pause = [o for o in package.offers() if o.alert]
    assert Pause.objects.count() == len(with_pause)
    assert set(Pause.objects.values_list("every_year", flat=True)) == {True}
    choir = Offer.objects.get(title="Seniorkoret Fjordstemmerne")
    assert [(p.starts_on, p.ends_on) for p in choir.pauses.all()] == [
        (date(demo.year, 6, 26), date(demo.year, 8, 9))
    ]
    over_new_year = Pause.objects.filter(starts_on__month=12).first()
    assert over_new_year is not None and over_new_year.ends_on.year == demo.year + 1


@pytest.mark.django_db
def test_confirmation_dates_keep_their_age(demo: date) -> None:
    loaded = offers_by_id()
    for spec in package.offers():
        age = (package.written() - spec.assured).days
        assert timezone.localdate(loaded[spec.id].last_confirmed_at) == demo - timedelta(age)
    stale = sum(o.is_stale() for o in loaded.values())
    assert 0.07 <= stale / len(loaded) <= 0.14


@pytest.mark.django_db
def test_danish_search_finds_the_demo_offers() -> None:
    def titles(text: str) -> set[str]:
        return {o.title for o in search_offers(OfferQuery(text=text))}

    assert {
        "Seniorkoret Fjordstemmerne",
        "Fællessang på biblioteket",
        "Syng med \N{EN DASH} salmer og sange",
    } <= titles("synge")
    assert titles("svømning") == {
        "Lær at svømme \N{EN DASH} for voksne",
        "Morgensvømning for seniorer",
        "Vandgymnastik i varmtvandsbassin",
        "Vinterbadning ved Jyllinge Havn",
    }
    assert {"Mandeklubben", "Walking football for mænd"} <= titles("mænd")
    assert {"IT-café på biblioteket", "Tablet-kursus for begyndere"} <= titles("computer")


@pytest.mark.django_db
def test_the_people_are_there() -> None:
    assert {u.email for u in User.objects.all()} == {u.email for u in generate.DEMO_USERS}
    forening = User.objects.get(email="forening@fjordbro.example")
    assert sorted(forening.role_assignments.values_list("organisation__name", flat=True)) == [
        "Historieforeningen for Tune og Gadstrup",
        "Ældre Sagen Fjordbro",
    ]
    assert Case.objects.count() == len(generate.PEOPLE["citizens"])
    assert Counter(Case.objects.values_list("state", flat=True))["matched"] == 1
    assert Volunteer.objects.count() == len(generate.PEOPLE["volunteers"])
    villy = Volunteer.objects.get(user__email="frivillig@fjordbro.example")
    assert villy.full_name == "Villy Frivillig"
    assert Assignment.objects.filter(volunteer=villy, case__isnull=False).exists()
    jens = Volunteer.objects.get(full_name="Jens Kofoed")
    assert Assignment.objects.filter(volunteer=jens).count() >= 6
    assert OpenSlot.objects.exists()
    assert Course.objects.count() == 2


@pytest.mark.django_db
def test_loading_again_does_nothing() -> None:
    before = Offer.objects.count()
    assert not generate.load()
    assert Offer.objects.count() == before


@pytest.mark.django_db
def test_importing_the_package_again_changes_nothing() -> None:
    stamps = dict(Offer.objects.values_list("pk", "updated_at"))
    pauses = list(Pause.objects.values_list("pk", flat=True).order_by("pk"))
    report = import_path(Path(package.DIRECTORY))
    assert report.problems == [] and report.saved
    for entity in ("organisations", "locations", "offers", "schedules", "contacts"):
        assert report.counts[entity]["created"] == report.counts[entity]["updated"] == 0
    assert dict(Offer.objects.values_list("pk", "updated_at")) == stamps
    assert list(Pause.objects.values_list("pk", flat=True).order_by("pk")) == pauses
