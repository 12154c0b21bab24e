"""What HSDS 3.0 has no field for comes in too: kinds as attributes, pauses from the alert,
summary, host and capacity as extra fields; and a fresh import does not look up each new row."""

import copy
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from brobygger.demo import package
from brobygger.directory.models import (
    Location,
    LocationKind,
    Offer,
    Organisation,
    OrganisationKind,
    Pause,
    Term,
)
from brobygger.hsds import serializers
from brobygger.hsds.importer import import_path
from brobygger.hsds.queries import with_full_details
from tests import factories

pytestmark = pytest.mark.usefixtures("reference_data")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _danish() -> Any:
    with translation.override("da"):
        yield


def load(tmp_path: Path, data: Any) -> Any:
    path = tmp_path / "services.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return import_path(path)


def service() -> dict[str, Any]:
    return json.loads((DATA / "service_full_da.json").read_text(encoding="utf-8"))


def exported(offer: Offer) -> dict[str, Any]:
    return serializers.service_full(with_full_details(Offer.objects.filter(pk=offer.pk)).get())


def pauses(offer_id: str) -> list[tuple[date, date, bool, str]]:
    offer = Offer.objects.get(hsds_id=offer_id)
    return [(p.starts_on, p.ends_on, p.every_year, p.note) for p in offer.pauses.all()]


# Pauses -----------------------------------------------------------------------------------


def test_pauses_come_back_from_our_own_alert(tmp_path: Path) -> None:
    year = timezone.localdate().year
    offer = factories.offer("Seniorkoret")
    Pause.objects.create(
        offer=offer, starts_on=date(year, 12, 20), ends_on=date(year + 1, 1, 5), every_year=True
    )
    Pause.objects.create(
        offer=offer,
        starts_on=date(2026, 7, 1),
        ends_on=date(2026, 7, 31),
        every_year=False,
        note="Kirken males",
    )
    data = exported(offer)
    assert "Holder pause" in data["alert"]
    before = pauses(data["id"])
    Pause.objects.all().delete()

    report = load(tmp_path, data)
    assert report.problems == []
    assert pauses(data["id"]) == before
    stamp = Offer.objects.get(hsds_id=data["id"]).updated_at
    report = load(tmp_path, data)
    assert report.counts["offers"]["unchanged"] == 1
    assert Offer.objects.get(hsds_id=data["id"]).updated_at == stamp


def test_a_yearly_pause_is_the_same_pause_next_year(tmp_path: Path) -> None:
    data = service() | {"alert": "Holder pause hvert år 26.06.–09.08."}
    load(tmp_path, data)
    year = timezone.localdate().year
    assert pauses(data["id"]) == [(date(year, 6, 26), date(year, 8, 9), True, "")]
    # Written in last year: importing the same file now changes nothing.
    last_year = Pause.objects.get()
    Pause.objects.filter(pk=last_year.pk).update(
        starts_on=date(year - 1, 6, 26), ends_on=date(year - 1, 8, 9)
    )
    report = load(tmp_path, data)
    assert report.counts["offers"]["unchanged"] == 1
    assert list(Pause.objects.values_list("pk", flat=True)) == [last_year.pk]


def test_a_pause_over_new_year_ends_the_year_after(tmp_path: Path) -> None:
    data = service() | {
        "alert": "Lukket i dag på grund af sygdom. Holder pause hvert år 20.12.–05.01."
    }
    report = load(tmp_path, data)
    assert report.problems == []  # the other notice is simply not a pause
    year = timezone.localdate().year
    assert pauses(data["id"]) == [(date(year, 12, 20), date(year + 1, 1, 5), True, "")]


def test_impossible_pauses_are_warnings(tmp_path: Path) -> None:
    alert = (
        "Holder pause hvert år 31.02.–09.08.. Holder pause 01.07.2026–30.06.2026. "
        "Holder pause 01.07.9999–31.07.9999"
    )
    report = load(tmp_path, service() | {"alert": alert})
    assert report.saved
    warnings = [str(p) for p in report.problems if p.warning]
    assert len(warnings) == 3
    assert all("ved /alert: pausen »Holder pause" in w for w in warnings)
    assert pauses(service()["id"]) == []


def test_pauses_follow_the_schedules(tmp_path: Path) -> None:
    """A list item without schedules or alert keeps our pauses; a full service without an
    alert has none."""
    full = service() | {"alert": "Holder pause hvert år 26.06.–09.08."}
    load(tmp_path, full)
    brief = {k: full[k] for k in ("id", "name", "status", "description", "organization")}
    load(tmp_path, brief)
    assert len(pauses(full["id"])) == 1
    without = copy.deepcopy(full)
    del without["alert"]
    load(tmp_path, without)
    assert pauses(full["id"]) == []


# Kinds ------------------------------------------------------------------------------------


def kind_attribute(code: str, link_id: str, entity: str, value: str = "") -> dict[str, Any]:
    term = {"id": str(package_uuid(code)), "code": code, "name": code, "description": code}
    return {
        "id": str(package_uuid(f"{link_id}:{code}")),
        "link_id": link_id,
        "link_entity": entity,
        "taxonomy_term": term,
        "value": value,
    }


def package_uuid(key: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, key)


def test_kinds_of_organisers_and_places_are_attributes(tmp_path: Path) -> None:
    data = service()
    org = data["organization"]
    place = data["service_at_locations"][0]["location"]
    org["attributes"] = [kind_attribute("organisation-kind:church", org["id"], "organization")]
    place["attributes"] = [
        kind_attribute("location-kind:library", place["id"], "location"),
        kind_attribute("access:koerestol", place["id"], "location"),
    ]
    report = load(tmp_path, data)
    assert report.problems == []
    assert Organisation.objects.get().kind == OrganisationKind.CHURCH
    library = Location.objects.get()
    assert (library.kind, library.wheelchair, library.hearing_loop) == (
        LocationKind.LIBRARY,
        True,
        False,
    )
    assert not Term.objects.filter(code__contains="-kind:").exists()

    # Absent, the kinds are left alone; unknown ones and other attributes are warnings.
    del org["attributes"]
    place["attributes"] = [kind_attribute("location-kind:castle", place["id"], "location")]
    report = load(tmp_path, data)
    assert [p.warning for p in report.problems] == [True]
    assert "typen »location-kind:castle« kendes ikke" in str(report.problems[0])
    assert Organisation.objects.get().kind == OrganisationKind.CHURCH
    assert Location.objects.get().kind == LocationKind.LIBRARY
    org["attributes"] = [kind_attribute("interest:sang", org["id"], "organization")]
    report = load(tmp_path, data)
    assert "en arrangør kan kun have attributten organisation-kind" in str(report.problems[0])


# Extra fields -----------------------------------------------------------------------------


def test_summary_host_and_capacity_are_extra_fields(tmp_path: Path) -> None:
    data = service() | {"summary": "Petanque for alle.", "host": "Jens (formand)", "capacity": 24}
    assert load(tmp_path, data).problems == []
    offer = Offer.objects.get()
    assert (offer.summary, offer.host, offer.capacity) == (
        "Petanque for alle.",
        "Jens (formand)",
        24,
    )
    # Another publisher knows none of them: ours stay.
    assert load(tmp_path, service()).counts["offers"]["unchanged"] == 1
    offer.refresh_from_db()
    assert (offer.summary, offer.host, offer.capacity) == (
        "Petanque for alle.",
        "Jens (formand)",
        24,
    )
    report = load(tmp_path, service() | {"capacity": "mange", "host": "x" * 151})
    assert not report.saved
    errors = "\n".join(str(p) for p in report.errors)
    assert "capacity skal være et tal, ikke »mange«" in errors
    assert "host er på 151 tegn, men der er kun plads til 150" in errors


# Speed ------------------------------------------------------------------------------------


def test_a_fresh_import_does_not_look_up_each_new_row() -> None:
    with CaptureQueriesContext(connection) as queries:
        report = import_path(package.DIRECTORY, dry_run=True)
    assert report.problems == []
    assert report.counts["offers"]["created"] == len(package.offers())
    reads = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    offer_reads = [sql for sql in reads if 'FROM "directory_offer"' in sql.split(" WHERE")[0]]
    # The planned ids that exist, then the search words in one batch: not one per offer.
    assert len(offer_reads) <= 3
    assert len(queries) < 10 * len(package.offers())


def test_a_second_meeting_with_the_same_schedule_id_still_finds_it(tmp_path: Path) -> None:
    """An id met twice in one import is looked up again, not assumed new."""
    first = service()
    second = copy.deepcopy(first)
    second["id"] = "0b6f7c0e-5a1d-4d6e-9a51-3c2f4b8d1eff"
    second["schedules"] = first["schedules"][:1]  # the same schedule, now the other offer's
    report = load(tmp_path, [first, second])
    assert report.problems == [] and report.saved
    moved = Offer.objects.get(hsds_id=second["id"]).schedules.get()
    assert str(moved.hsds_id) == first["schedules"][0]["id"]
