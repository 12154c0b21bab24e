"""``brobygger import-hsds``: JSON and CSV in, idempotent, every bad row reported by place."""

import csv
import json
import shutil
from datetime import date, time
from decimal import Decimal
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone, translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brobygger.directory.models import (
    Contact,
    Location,
    LocationKind,
    Offer,
    OfferStatus,
    Organisation,
    Schedule,
    Taxonomy,
    Term,
)
from brobygger.directory.search import OfferQuery, search_offers
from brobygger.hsds import serializers
from brobygger.hsds.importer import import_path
from tests import factories

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
HSDS_EXAMPLES = Path("/work/shared/standards/hsds-3/examples")
MATCHING_DEV = Path("/work/shared/data/matching-dev/services.json")


@pytest.fixture(autouse=True)
def _danish() -> Any:
    """The command speaks the default language, Danish, whatever an earlier test chose."""
    with translation.override("da"):
        yield


def run(path: Path | str, *args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_hsds", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def fail(path: Path | str, *args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match=r"fejl i .*, så intet blev importeret"):
        call_command("import_hsds", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def counts(out: str, entity: str) -> dict[str, int]:
    """The row of the summary table for one entity (by its Danish word)."""
    line = next(row for row in out.splitlines() if row.split()[:1] == [entity])
    values = [int(v) for v in line.split()[1:]]
    return dict(zip(["created", "updated", "unchanged", "skipped"], values, strict=True))


def snapshot() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Organisation, Contact, Location, Offer, Schedule, Term, Taxonomy)
    }


def write_json(tmp_path: Path, data: Any, name: str = "services.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def line_of(path: Path, needle: str, after: int = 0) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if number > after and needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


# One service, in full --------------------------------------------------------------------


def test_imports_a_full_danish_service() -> None:
    out, err = run(DATA / "service_full_da.json")
    assert counts(out, "tilbud") == {"created": 1, "updated": 0, "unchanged": 0, "skipped": 0}
    assert err == ""

    offer = Offer.objects.select_related("organisation", "location__postal_code").get(
        hsds_id="0b6f7c0e-5a1d-4d6e-9a51-3c2f4b8d1e01"
    )
    assert offer.title == "Petanque i Byparken"
    assert offer.status == OfferStatus.ACTIVE
    assert (offer.min_age, offer.max_age) == (55, None)
    assert (offer.price_kr, offer.price_note) == (Decimal("20.00"), "pr. gang")  # the cheapest
    assert (offer.contact_name, offer.contact_phone, offer.contact_email) == (
        "Jens Hansen",
        "20 11 22 33",
        "petanque@example.dk",
    )
    assert offer.registration == "Ring til Jens, eller mød op."
    assert timezone.localdate(offer.last_confirmed_at) == date(2026, 2, 1)
    assert offer.has_places

    org = offer.organisation
    assert (org.name, org.phone, org.website) == (
        "Roskilde Petanqueklub",
        "46 31 22 33",
        "https://petanque.example.dk",
    )
    assert [(c.name, c.title, c.phone) for c in org.contacts.all()] == [
        ("Jens Hansen", "Formand", "20 11 22 33")
    ]

    place = offer.location
    assert (place.name, place.street, place.postal_code_id) == ("Byparken", "Byparken 1", "4000")
    # No coordinates given: the postal code's centre, marked as approximate.
    assert (place.latitude, place.longitude) == (
        place.postal_code.latitude,
        place.postal_code.longitude,
    )
    assert not place.position_exact
    assert place.wheelchair and not place.hearing_loop
    assert place.accessibility == "Banerne kan nås ad fast sti."
    assert place.organisation == org

    rules = [
        (
            s.freq,
            s.interval,
            s.byday,
            s.date,
            s.opens_at,
            s.closes_at,
            s.valid_from,
            s.valid_to,
            s.note,
        )
        for s in offer.schedules.order_by("hsds_id")
    ]
    assert rules == [
        (
            "WEEKLY",
            2,
            "WE",
            None,
            time(14),
            time(16),
            date(2026, 4, 1),
            date(2026, 10, 28),
            "Kun i sommerhalvåret",
        ),
        ("MONTHLY", 1, "-1FR", None, time(10), time(12), None, None, ""),
        # One-off, stored as the owners' form stores it: the weekday in byday.
        ("ONCE", 1, "SA", date(2026, 6, 20), time(10), time(15), None, None, ""),
    ]
    # Known terms match by code; unknown ones are created under their taxonomy; a term
    # whose value is "false" is left out.
    assert sorted(offer.terms.values_list("code", flat=True)) == [
        "interest:bevaegelse",
        "interest:petanque",
        "rammer:udendoers",
    ]
    assert (
        str(Term.objects.get(code="interest:bevaegelse").hsds_id)
        != "0b6f7c0e-5a1d-4d6e-9a51-3c2f4b8d1e0c"
    )
    new_term = Term.objects.get(code="interest:petanque")
    assert (new_term.taxonomy.slug, new_term.name) == ("interest", "Petanque")
    assert str(new_term.hsds_id) == "0b6f7c0e-5a1d-4d6e-9a51-3c2f4b8d1e0e"
    rammer = Taxonomy.objects.get(slug="rammer")
    assert (rammer.name, str(rammer.hsds_id)) == ("Rammer", "0b6f7c0e-5a1d-4d6e-9a51-3c2f4b8d1e11")

    # Searchable straight away, with Danish stemming.
    assert list(search_offers(OfferQuery(text="petanquen"))) == [offer]


def test_importing_again_changes_nothing() -> None:
    run(DATA / "service_full_da.json")
    before = snapshot()
    stamp = Offer.objects.get().updated_at
    out, _ = run(DATA / "service_full_da.json")
    assert snapshot() == before
    assert counts(out, "tilbud") == {"created": 0, "updated": 0, "unchanged": 1, "skipped": 0}
    assert counts(out, "mødetider")["unchanged"] == 3
    assert counts(out, "steder")["unchanged"] == 1
    assert Offer.objects.get().updated_at == stamp  # modified_after clients see no change


def test_importing_a_changed_service_updates_it(tmp_path: Path) -> None:
    run(DATA / "service_full_da.json")
    data = json.loads((DATA / "service_full_da.json").read_text())
    data["name"] = "Petanque i Byparken og Boldparken"
    data["schedules"] = data["schedules"][:1]
    data["schedules"][0]["byday"] = "WE,SA"
    data["attributes"] = data["attributes"][:1]
    data["status"] = "defunct"
    out, _ = run(write_json(tmp_path, data))
    offer = Offer.objects.get()
    assert counts(out, "tilbud")["updated"] == 1
    assert offer.title == "Petanque i Byparken og Boldparken"
    assert offer.status == OfferStatus.ENDED
    assert [s.byday for s in offer.schedules.all()] == ["WE,SA"]
    assert list(offer.terms.values_list("code", flat=True)) == ["interest:bevaegelse"]
    assert "mødetider, som ikke længere er i kilden, blev fjernet" in out


def test_a_service_list_item_leaves_lists_it_does_not_carry_alone(tmp_path: Path) -> None:
    run(DATA / "service_full_da.json")
    data = json.loads((DATA / "service_full_da.json").read_text())
    brief = {k: data[k] for k in ("id", "name", "status", "description", "organization")}
    page = {
        "total_items": 1,
        "total_pages": 1,
        "page_number": 1,
        "size": 1,
        "first_page": True,
        "last_page": True,
        "empty": False,
        "contents": [brief | {"description": "Ny beskrivelse"}],
    }
    run(write_json(tmp_path, page))
    offer = Offer.objects.get()
    assert offer.description == "Ny beskrivelse"
    assert offer.schedules.count() == 3
    assert offer.terms.count() == 3
    assert offer.location is not None and offer.price_kr == Decimal("20.00")


# The matching development set --------------------------------------------------------------


def test_imports_the_matching_development_set_twice_without_duplicates() -> None:
    services = json.loads(MATCHING_DEV.read_text())
    out, err = run(MATCHING_DEV)
    assert err == ""
    assert counts(out, "tilbud") == {
        "created": len(services),
        "updated": 0,
        "unchanged": 0,
        "skipped": 0,
    }
    assert counts(out, "begreber")["created"] == 0  # every code is in the starting vocabulary
    first = snapshot()
    assert first["Offer"] == len(services)
    assert first["Organisation"] == len({s["organization"]["id"] for s in services})

    out, _ = run(MATCHING_DEV)
    assert snapshot() == first
    assert counts(out, "tilbud") == {
        "created": 0,
        "updated": 0,
        "unchanged": len(services),
        "skipped": 0,
    }

    online = Offer.objects.get(title="Online foredrag: Danmarkshistorie")
    assert online.location.kind == LocationKind.VIRTUAL
    assert Offer.objects.filter(status=OfferStatus.PAUSED).count() == 1
    full = [
        s["id"]
        for s in services
        if any(a["taxonomy_term"]["code"] == "status:fuldt" for a in s["attributes"])
    ]
    assert {str(o.hsds_id) for o in Offer.objects.filter(has_places=False)} == set(full)
    choir = Offer.objects.get(hsds_id=services[0]["id"])
    assert choir.price_kr == Decimal("30.00")
    assert sorted(choir.terms.values_list("code", flat=True)) == sorted(
        a["taxonomy_term"]["code"] for a in services[0]["attributes"]
    )


# HSDS's own examples (not Danish) -------------------------------------------------------------


def test_hsds_example_is_refused_with_the_exact_places() -> None:
    path = HSDS_EXAMPLES / "service_full.json"
    _, err = fail(path)
    assert (
        f"fejl: service_full.json, linje {line_of(path, '"latitude": 100')}, ved "
        "/service_at_locations/0/location/latitude: latitude skal være mellem -90 og 90, "
        "ikke 100."
    ) in err
    assert (
        f"fejl: service_full.json, linje {line_of(path, '"currency": "gbp"')}, ved "
        "/cost_options/0/currency: currency »GBP« understøttes ikke"
    ) in err
    assert "adressen ligger uden for Danmark (US)" in err
    assert snapshot()["Offer"] == 0


def test_hsds_example_with_a_foreign_address_imports_without_postal_code(tmp_path: Path) -> None:
    data = json.loads((HSDS_EXAMPLES / "service_full.json").read_text())
    place = data["service_at_locations"][0]["location"]
    place["latitude"], place["longitude"] = 51.5072, -0.1276
    data["cost_options"][0]["currency"] = "DKK"
    _, err = run(write_json(tmp_path, data))
    assert "advarsel: services.json" in err and "importeres uden postnummer" in err
    offer = Offer.objects.select_related("location").get()
    assert offer.title == "Community Counselling"
    assert offer.location.postal_code is None
    assert offer.location.street == "1-30 Main Street, MyVillage"
    assert offer.location.position_exact
    assert offer.contact_phone == "+44 1234 234567"  # the example's stray quotes are gone
    assert offer.schedules.get().byday == "TH,FR"
    # The example's made-up term is created under its (new) taxonomy.
    assert list(offer.terms.values_list("code", flat=True)) == ["name:code"]


def test_hsds_example_csv_package_is_refused_row_by_row() -> None:
    _, err = fail(HSDS_EXAMPLES / "csv")
    assert (
        "fejl: locations.csv, linje 2, kolonne latitude: latitude skal være mellem -90 og 90, "
        "ikke 100." in err
    )
    assert "fejl: cost_options.csv, linje 2, kolonne currency: currency »GBP«" in err
    assert "fejl: attributes.csv, linje 2, kolonne link_id" in err
    assert snapshot()["Offer"] == 0


# CSV ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["csv", "csv/datapackage.json", "csv/services.csv"])
def test_imports_a_danish_csv_package(target: str) -> None:
    out, err = run(DATA / target)
    assert err == ""
    assert counts(out, "tilbud")["created"] == 3
    assert counts(out, "arrangører")["created"] == 3  # one has no services yet

    knit = Offer.objects.select_related("location").get(title="Strikkecafé på biblioteket")
    assert knit.description == "Vi strikker, hækler og drikker kaffe.\nAlle er velkomne."
    assert knit.is_free
    assert (knit.location.latitude, knit.location.position_exact) == (55.6402, True)
    assert sorted(knit.terms.values_list("code", flat=True)) == [
        "interest:cafe",
        "interest:haandarbejde",
    ]

    dance = Offer.objects.select_related("location").get(title="Seniordans i Tune")
    assert (dance.price_kr, dance.min_age) == (Decimal("25.00"), 60)
    assert (dance.contact_name, dance.contact_phone, dance.contact_email) == (
        "Karen Madsen",
        "30 40 50 60",
        "dans@example.dk",
    )
    assert sorted((s.freq, s.byday, s.note) for s in dance.schedules.all()) == [
        ("MONTHLY", "2TU", ""),
        ("WEEKLY", "MO", "Begyndere"),
    ]
    assert sorted(dance.terms.values_list("code", flat=True)) == [
        "interest:dans",
        "interest:linedance",
    ]
    assert dance.location.wheelchair
    assert dance.location.accessibility == "Niveaufri adgang og handicaptoilet."
    assert not dance.location.position_exact

    party = Offer.objects.get(title="Juleafslutning")
    assert (party.status, party.location) == (OfferStatus.PAUSED, None)
    assert [(s.freq, s.date) for s in party.schedules.all()] == [("ONCE", date(2026, 12, 10))]

    centre = Organisation.objects.get(name="Roskilde Frivilligcenter")
    assert centre.phone == "46 31 77 00"
    assert [c.name for c in centre.contacts.all()] == ["Lise Holm"]
    assert not Organisation.objects.get(name="Tune Seniorklub").contacts.exists()

    out, _ = run(DATA / target)
    assert counts(out, "tilbud")["unchanged"] == 3
    assert counts(out, "arrangører")["unchanged"] == 3


def edit_csv(folder: Path, name: str, row_id: str, **changes: str) -> None:
    path = folder / name
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["id"] == row_id:
            row.update(changes)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def broken_package(tmp_path: Path) -> Path:
    folder = tmp_path / "pakke"
    shutil.copytree(DATA / "csv", folder)
    dance = "b2000000-0000-4000-8000-000000000002"
    edit_csv(folder, "services.csv", dance, minimum_age="gammel")
    edit_csv(folder, "schedules.csv", "d4000000-0000-4000-8000-000000000007", byday="2XX")
    edit_csv(folder, "addresses.csv", "d4000000-0000-4000-8000-000000000002", postal_code="9999")
    return folder


def test_bad_csv_rows_are_all_reported_and_nothing_is_imported(broken_package: Path) -> None:
    _, err = fail(broken_package)
    # The first service's description spans two lines, so the dance starts on line 4.
    assert err.splitlines() == [
        "fejl: addresses.csv, linje 3, kolonne postal_code: postnummeret 9999 findes ikke i "
        "Danmark. Ret postnummeret.",
        "fejl: schedules.csv, linje 3, kolonne byday: byday »2XX« er ikke en ugedag. Brug MO, "
        "TU, WE, TH, FR, SA eller SU, eventuelt med et nummer foran (som 1TH).",
        "fejl: services.csv, linje 4, kolonne minimum_age: minimum_age skal være et tal, "
        "ikke »gammel«.",
    ]
    assert snapshot()["Offer"] == snapshot()["Organisation"] == 0


def test_skip_errors_imports_the_good_records(broken_package: Path) -> None:
    out, err = run(broken_package, "--skip-errors")
    assert err.count("fejl: ") == 3
    assert sorted(Offer.objects.values_list("title", flat=True)) == [
        "Juleafslutning",
        "Strikkecafé på biblioteket",
    ]
    assert counts(out, "tilbud") == {"created": 2, "updated": 0, "unchanged": 0, "skipped": 1}
    assert counts(out, "steder")["skipped"] == 1
    assert Organisation.objects.count() == 3


def test_dry_run_saves_nothing() -> None:
    out, _ = run(DATA / "csv", "--dry-run")
    assert "prøvekørsel, intet er gemt" in out
    assert counts(out, "tilbud")["created"] == 3
    assert snapshot()["Offer"] == 0
    assert counts(run(DATA / "csv")[0], "tilbud")["created"] == 3


# JSON errors ----------------------------------------------------------------------------------


def test_json_errors_name_the_index_pointer_and_line(tmp_path: Path) -> None:
    services = json.loads(MATCHING_DEV.read_text())[:3]
    services[1]["schedules"][0]["byday"] = "1XX"
    services[2]["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] = "0042"
    services[2]["status"] = "paused"
    path = write_json(tmp_path, services)
    byday = line_of(path, '"byday": "1XX"')
    _, err = fail(path)
    assert (
        f"fejl: services.json, linje {byday}, ved /1/schedules/0/byday: "
        "byday »1XX« er ikke en ugedag."
    ) in err
    assert (
        "ved /2/service_at_locations/0/location/addresses/0/postal_code: postnummeret 0042 "
        "findes ikke i Danmark." in err
    )
    assert (
        "ved /2/status: status skal være en af active, inactive, temporarily closed, "
        "defunct, ikke »paused«." in err
    )
    assert Offer.objects.count() == 0

    run(path, "--skip-errors")
    assert [str(o.hsds_id) for o in Offer.objects.all()] == [services[0]["id"]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[\n  {"id": 1,\n  ]', "fejl: bad.json, linje 3: filen er ikke gyldig JSON"),
        (
            '"just text"',
            "fejl: bad.json, linje 1: filen skal indeholde én service (et objekt), en liste af "
            "services",
        ),
        ('[{"name": "Uden id"}]', "fejl: bad.json, linje 1, ved /0/id: id mangler."),
        (
            "[1]",
            "fejl: bad.json, linje 1, ved /0: her skal stå en service (et objekt), men der står "
            "et tal.",
        ),
    ],
)
def test_malformed_json_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    _, err = fail(path)
    assert message in err


def test_schedule_problems(tmp_path: Path) -> None:
    service = json.loads(MATCHING_DEV.read_text())[0]
    good = service["schedules"][0]
    service["schedules"] = [
        good | {"id": "f0000000-0000-4000-8000-000000000001", "freq": "DAILY"},
        good | {"id": "f0000000-0000-4000-8000-000000000002", "byday": "1TU"},
        good | {"id": "f0000000-0000-4000-8000-000000000003", "closes_at": "09:00:00"},
        good | {"id": "f0000000-0000-4000-8000-000000000004", "opens_at": "kl. 10"},
        {k: v for k, v in good.items() if k != "freq"}
        | {"id": "f0000000-0000-4000-8000-000000000005"},
    ]
    _, err = fail(write_json(tmp_path, service))
    assert "/schedules/0/freq: freq »DAILY« understøttes ikke" in err
    assert (
        "/schedules/1/byday: byday »1TU«: et nummer foran ugedagen (som i 1TH) kræver freq "
        "MONTHLY" in err
    )
    assert "/schedules/2/closes_at: closes_at 09:00 ligger ikke efter opens_at 10:00" in err
    assert (
        "/schedules/3/opens_at: opens_at skal være et klokkeslæt skrevet TT:MM:SS, ikke »kl. 10«"
        in err
    )
    assert "/schedules/4/freq: freq mangler. Angiv WEEKLY eller MONTHLY" in err


def test_bad_taxonomy_terms(tmp_path: Path) -> None:
    service = json.loads(MATCHING_DEV.read_text())[0]
    service["attributes"] = [
        {
            "id": "f0000000-0000-4000-8000-000000000011",
            "taxonomy_term": {"code": "Mine Ting:x", "name": "X", "description": ""},
        },
        {
            "id": "f0000000-0000-4000-8000-000000000012",
            "taxonomy_term": {"code": "y", "name": "Y", "description": ""},
        },
        {
            "id": "f0000000-0000-4000-8000-000000000013",
            "taxonomy_term_id": "f0000000-0000-4000-8000-000000000014",
        },
    ]
    _, err = fail(write_json(tmp_path, service))
    assert "/attributes/0/taxonomy_term/code: code »Mine Ting:x«: ordlistens del før" in err
    assert "/attributes/1/taxonomy_term: et nyt begreb skal høre til en ordliste" in err
    assert (
        "/attributes/2/taxonomy_term_id: taxonomy_term_id "
        "f0000000-0000-4000-8000-000000000014 er ikke et begreb, vi kender"
    ) in err


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="filen eller mappen findes ikke"):
        call_command("import_hsds", str(tmp_path / "findes-ikke.json"))


def test_a_folder_without_services_is_not_a_package(tmp_path: Path) -> None:
    _, err = fail(tmp_path)
    assert "mappen er ikke en HSDS-pakke i CSV-form: services.csv mangler" in err


def test_output_is_plain_when_not_a_terminal_and_quiet_hides_warnings(tmp_path: Path) -> None:
    data = json.loads((HSDS_EXAMPLES / "service_full.json").read_text())
    data["service_at_locations"][0]["location"]["latitude"] = 51.5
    data["cost_options"] = []
    path = write_json(tmp_path, data)
    _, err = run(path, "--dry-run")
    assert "\r" not in err and "it/s" not in err  # no progress bar into a pipe
    assert "advarsel:" in err
    _, err = run(path, "--dry-run", "--quiet")
    assert err == ""


def test_the_console_command_maps_dashes_to_underscores(capsys: pytest.CaptureFixture[str]) -> None:
    from brobygger.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["import-hsds", "--help"])
    assert exit_info.value.code == 0
    assert "--skip-errors" in capsys.readouterr().out


# Round trip -----------------------------------------------------------------------------------


def build_directory() -> list[Offer]:
    org = factories.organisation(
        "Roskilde Seniorforening",
        description="For alle over 60.",
        email="info@senior.example.dk",
        phone="46 31 00 01",
        website="https://senior.example.dk",
    )
    hall = factories.location(
        "Kulturhuset",
        "4000",
        street="Rådhusbuen 1",
        organisation=org,
        latitude=55.6419,
        longitude=12.0878,
        position_exact=True,
        wheelchair=True,
        hearing_loop=True,
        accessibility="Elevator.",
    )
    library = factories.location("Tune Bibliotek", "4030")  # the postal code's centre
    online = factories.location("Online", "4000", kind=LocationKind.VIRTUAL)
    choir = factories.offer(
        "Seniorkoret",
        description="Vi synger.",
        org=org,
        loc=hall,
        terms=("interest:sang", "access:koerestol", "target:kvinder"),
        price_kr=Decimal("30.00"),
        price_note="pr. gang",
        min_age=60,
        max_age=95,
        contact_name="Birthe",
        contact_phone="20 30 40 50",
        contact_email="b@example.dk",
        registration="Ring først.",
    )
    Schedule.objects.create(
        offer=choir,
        freq="MONTHLY",
        byday="1TH,-1FR",
        opens_at=time(19),
        closes_at=time(21),
        valid_from=date(2026, 1, 1),
        valid_to=date(2026, 6, 30),
        note="Prøver",
    )
    walk = factories.offer(
        "Gåtur",
        org=org,
        loc=library,
        has_places=False,
        terms=("interest:gaatur",),
        schedule=("WEEKLY", "MO,TH", "09:30-11:00"),
        price_note="Kaffe for egen regning",
    )
    Schedule.objects.filter(offer=walk).update(interval=2, valid_from=date(2026, 1, 5))
    talk = factories.offer(
        "Foredrag",
        org=factories.organisation("Folkeuniversitetet"),
        loc=online,
        schedule=None,
        status=OfferStatus.PAUSED,
    )
    Schedule.objects.create(
        offer=talk,
        freq="ONCE",
        byday="TU",
        date=date(2026, 9, 1),
        opens_at=time(19),
        closes_at=time(20, 30),
    )
    ended = factories.offer("Kortklub", org=org, loc=library, status=OfferStatus.ENDED)
    homeless = factories.offer("Telefonven", org=org, loc=library)
    Offer.objects.filter(pk=homeless.pk).update(location=None)
    return [choir, walk, talk, ended, homeless]


def export() -> list[dict[str, Any]]:
    from brobygger.hsds.queries import with_full_details

    offers = with_full_details(Offer.objects.order_by("title"))
    ctx = serializers.Context()
    exported = [serializers.service_full(o, ctx) for o in offers]
    for item in exported:
        del item["last_modified"]  # the import is a new write
    return exported


def differences(a: Any, b: Any, path: str = "") -> list[str]:
    """JSON paths where two exports differ, for a readable failure."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [
            d
            for key in sorted(set(a) | set(b))
            for d in differences(a.get(key), b.get(key), f"{path}/{key}")
        ]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in differences(x, y, f"{path}/{i}")
        ]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def test_round_trip_through_the_api_shape(tmp_path: Path) -> None:
    build_directory()
    first = export()
    path = write_json(tmp_path, first)
    Offer.objects.all().delete()
    Location.objects.all().delete()
    Organisation.objects.all().delete()
    assert snapshot()["Offer"] == 0

    out, err = run(path)
    assert err == ""
    assert counts(out, "tilbud")["created"] == 5
    again = export()
    assert [item["name"] for item in again] == [item["name"] for item in first]
    for before, after in zip(first, again, strict=True):
        assert differences(before, after) == []
    place = Location.objects.get(name="Tune Bibliotek")
    assert not place.position_exact  # still known to be the postal code's centre
    assert counts(run(path)[0], "tilbud")["unchanged"] == 5


# Robustness -----------------------------------------------------------------------------------


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
service_keys = [
    "id",
    "name",
    "status",
    "organization",
    "organization_id",
    "schedules",
    "attributes",
    "cost_options",
    "service_at_locations",
    "minimum_age",
    "maximum_age",
    "email",
    "contacts",
    "phones",
    "assured_date",
]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(overrides=st.dictionaries(st.sampled_from(service_keys), json_values, max_size=4))
def test_any_json_gives_a_report_not_a_crash(tmp_path: Path, overrides: dict[str, Any]) -> None:
    service = json.loads(MATCHING_DEV.read_text())[0] | overrides
    report = import_path(write_json(tmp_path, service, "fuzz.json"), dry_run=True)
    assert not report.saved
    for problem in report.problems:
        assert str(problem).startswith(("fejl: fuzz.json", "advarsel: fuzz.json"))
