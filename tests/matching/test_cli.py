"""``brobygger match`` as a user runs it: a subprocess, files in, JSON or Danish text out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from brobygger.matching.cli import main

from .conftest import REPO, ROSKILDE, citizen, offset, service, weekly, window

SERVICES = [
    service("sang", codes=("interest:sang", "access:koerestol"), places=[offset(1.2)]),
    service(
        "kort",
        name="Whist og kaffe",
        description="Vi spiller whist og drikker kaffe.",
        codes=("interest:spil", "interest:cafe"),
        schedules=[weekly("TH", "13:00", "16:00")],
        costs=[15],
    ),
    service("lukket", status="inactive"),
]
ANNA = citizen(
    "anna",
    age=81,
    gender="kvinde",
    location={"latitude": ROSKILDE[0], "longitude": ROSKILDE[1]},
    needs=["koerestol"],
    max_distance_km=5,
    wishes="Jeg savner at synge sammen med andre.",
    available=[window("TU", "09:00", "13:00")],
)
BENT = citizen("bent", wishes="Vil gerne spille kort og møde nogen.")


def run(tmp_path: Path, services: Any, citizens: Any, *extra: str, raw: bool = False):
    directory, people = tmp_path / "services.json", tmp_path / "citizens.json"
    directory.write_text(services if raw else json.dumps(services), encoding="utf-8")
    people.write_text(json.dumps(citizens), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "brobygger.cli", "match", "--directory", str(directory),
         "--citizen", str(people), *extra],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=120, check=False,
    )  # fmt: skip


def test_one_citizen_gives_one_object(tmp_path: Path) -> None:
    done = run(tmp_path, SERVICES, ANNA, "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["citizen"] == "anna"
    assert [m["service_id"] for m in answer["matches"]] == ["sang"]
    match = answer["matches"][0]
    assert isinstance(match["score"], float)
    assert "Tirsdag kl. 10–12 passer med dine tider" in match["reasons"]
    assert "1,2 km fra din adresse" in match["reasons"]
    assert "Kørestolsvenligt" in match["reasons"]
    assert any(r.startswith("Du nævnte „synge“") for r in match["reasons"])


def test_an_array_of_citizens_gives_an_array_and_top_is_respected(tmp_path: Path) -> None:
    done = run(tmp_path, SERVICES, [ANNA, BENT], "--json", "--top", "1")
    assert done.returncode == 0, done.stderr
    answers = json.loads(done.stdout)
    assert [a["citizen"] for a in answers] == ["anna", "bent"]
    assert [m["service_id"] for m in answers[1]["matches"]] == ["kort"]


def test_without_json_a_danish_listing(tmp_path: Path) -> None:
    done = run(tmp_path, SERVICES, [ANNA, citizen("ingen", needs=["teleslynge"])])
    assert done.returncode == 0, done.stderr
    assert "Borger anna: 1 forslag" in done.stdout
    assert "Fællessang i sognehuset" in done.stdout
    assert "Ingen tilbud opfylder alle borgerens krav." in done.stdout


def test_same_input_same_output(tmp_path: Path) -> None:
    first = run(tmp_path, SERVICES, [ANNA, BENT], "--json")
    second = run(tmp_path, SERVICES, [ANNA, BENT], "--json")
    assert first.returncode == 0 and first.stdout == second.stdout


BAD_SERVICES = [
    ("not json", "[{", "ikke gyldig JSON", "linje 1"),
    ("wrong shape", {"id": "x"}, "liste", "Fejl i"),
    ("unknown weekday", [service("s", schedules=[weekly("TU,XY", "10:00", "11:00")])],
     "/0/schedules/0/byday", "ukendt ugedag 'XY'"),
    ("impossible latitude", [service("s", places=[(91.0, 12.0)])],
     "/0/service_at_locations/0/location/latitude", "umulig breddegrad"),
    ("bad time", [service("s", schedules=[weekly("TU", "kl 10", "11:00")])],
     "/0/schedules/0/opens_at", "klokkeslæt"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "services", "place", "words"), BAD_SERVICES)
def test_bad_directories_are_refused_clearly(
    tmp_path: Path, label: str, services: Any, place: str, words: str
) -> None:
    done = run(tmp_path, services, ANNA, "--json", raw=isinstance(services, str))
    assert done.returncode != 0, label
    assert "Traceback" not in done.stderr
    assert "services.json" in done.stderr and place in done.stderr and words in done.stderr
    assert done.stdout == ""


BAD_CITIZENS = [
    ("unknown weekday", [ANNA, citizen("x", available=[window("XX", "09:00", "10:00")])],
     "Fejl i", "ved /1/available/0/weekday: ukendt ugedag 'XX' (brug MO, TU, WE, TH, FR, SA "
     "eller SU)."),
    ("impossible longitude", citizen("x", location={"latitude": 55.0, "longitude": 200}),
     "ved /location/longitude", "umulig længdegrad"),
    ("wrong shape", "anna", "citizens.json", "forventede et borger-objekt"),
    ("wrong type", [citizen("x", max_distance_km="fem")], "/0/max_distance_km", "tal"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "people", "place", "words"), BAD_CITIZENS)
def test_bad_citizens_are_refused_clearly(
    tmp_path: Path, label: str, people: Any, place: str, words: str
) -> None:
    done = run(tmp_path, SERVICES, people, "--json")
    assert done.returncode != 0, label
    assert "Traceback" not in done.stderr
    assert "citizens.json" in done.stderr and place in done.stderr and words in done.stderr


def test_a_missing_file_and_bad_arguments(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    done = subprocess.run(
        [sys.executable, "-m", "brobygger.cli", "match", "--directory", str(missing),
         "--citizen", str(missing), "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode != 0
    assert "nowhere.json" in done.stderr and "findes ikke" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--citizen", "x.json"],
        ["--directory", "a.json", "--citizen", "b.json", "--top", "0"],
        ["--directory", "a.json", "--citizen", "b.json", "--top", "ti"],
        ["--directory", "a.json", "--citizen", "b.json", "--unknown"],
    ],
)
def test_bad_arguments_exit_non_zero_in_danish(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "brobygger match" in err and "Traceback" not in err


def test_main_in_process_writes_utf8_json(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    directory, people = tmp_path / "s.json", tmp_path / "c.json"
    directory.write_text(json.dumps(SERVICES), encoding="utf-8")
    people.write_text(json.dumps(ANNA), encoding="utf-8")
    assert main(["--directory", str(directory), "--citizen", str(people), "--json"]) == 0
    answer = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert answer["matches"][0]["reasons"]


def test_not_utf8_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    directory, people = tmp_path / "s.json", tmp_path / "c.json"
    directory.write_bytes(b'[{"id": "\xff"}]')
    people.write_text(json.dumps(ANNA), encoding="utf-8")
    assert main(["--directory", str(directory), "--citizen", str(people)]) == 2
    assert "UTF-8" in capsys.readouterr().err
