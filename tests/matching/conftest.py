"""Helpers for the matching tests: builders for HSDS services and citizens, an independent
re-implementation of the hard rules, and the shared reference scorer when it is present."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
# In CI the shared folder (docs, tools, data) sits beside the repository.
SHARED = REPO.parent / "shared"
SCORER_PATH = SHARED / "tools" / "score_matching.py"
DEV_SET = SHARED / "data" / "matching-dev"
HELD_OUT = Path(__file__).resolve().parent / "data"

ROSKILDE = (55.6415, 12.0803)


def load_scorer() -> ModuleType | None:
    """The contract's reference scorer, imported from the shared tools (None if absent)."""
    if not SCORER_PATH.is_file():
        return None
    spec = importlib.util.spec_from_file_location("score_matching", SCORER_PATH)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    module = load_scorer()
    if module is None:
        pytest.skip(f"the reference scorer {SCORER_PATH} is not here")
    return module


def offset(km_north: float = 0.0, km_east: float = 0.0, origin=ROSKILDE) -> tuple[float, float]:
    """A point about km_north/km_east from origin."""
    per_degree = math.pi * 6371.0088 / 180
    lat = origin[0] + km_north / per_degree
    lon = origin[1] + km_east / (per_degree * math.cos(math.radians(origin[0])))
    return lat, lon


def service(
    sid: str,
    name: str = "Fællessang i sognehuset",
    description: str = "Vi synger sammen fra Højskolesangbogen og drikker kaffe.",
    *,
    codes: tuple[str, ...] = ("interest:sang",),
    status: str | None = "active",
    schedules: list[dict[str, Any]] | None = None,
    places: list[tuple[float, float] | None] | None = None,
    costs: list[float | None] | None = None,
    min_age: float | None = None,
    max_age: float | None = None,
) -> dict[str, Any]:
    """An HSDS "service_full" dict. places: (lat, lon) physical, None a virtual location."""
    if schedules is None:
        schedules = [weekly("TU", "10:00", "12:00")]
    if places is None:
        places = [ROSKILDE]
    data: dict[str, Any] = {
        "id": sid,
        "name": name,
        "description": description,
        "attributes": [
            {"taxonomy_term": {"code": code, "name": code.split(":", 1)[-1]}} for code in codes
        ],
        "schedules": schedules,
        "cost_options": [{} if c is None else {"amount": c} for c in (costs or [])],
        "service_at_locations": [
            {
                "location": (
                    {"location_type": "virtual", "name": "Online"}
                    if place is None
                    else {"location_type": "physical", "latitude": place[0], "longitude": place[1]}
                )
            }
            for place in places
        ],
    }
    if status is not None:
        data["status"] = status
    if min_age is not None:
        data["minimum_age"] = min_age
    if max_age is not None:
        data["maximum_age"] = max_age
    return data


def weekly(days: str, opens: str, closes: str) -> dict[str, Any]:
    return {"freq": "WEEKLY", "byday": days, "opens_at": f"{opens}:00", "closes_at": f"{closes}:00"}


def monthly(day: str, opens: str, closes: str) -> dict[str, Any]:
    return {"freq": "MONTHLY", "byday": day, "opens_at": f"{opens}:00", "closes_at": f"{closes}:00"}


def citizen(cid: str = "c1", **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": cid}
    data.update(fields)
    return data


def window(day: str, start: str, end: str) -> dict[str, str]:
    return {"weekday": day, "from": start, "to": end}


# --------------------------------------------------------------------------------------------
# The hard rules once more, written independently from the engine (straight from matching.md)
# --------------------------------------------------------------------------------------------
def reference_violations(person: dict[str, Any], offer: dict[str, Any]) -> set[str]:
    broken: set[str] = set()
    codes = {a["taxonomy_term"]["code"] for a in offer.get("attributes", [])}
    if offer.get("status") != "active":
        broken.add("status")
    if "status:fuldt" in codes:
        broken.add("full")
    for need in person.get("needs", []):
        hard = need in {"koerestol", "demensvenlig", "teleslynge", "ekstra-stoette"}
        if hard and f"access:{need}" not in codes:
            broken.add(f"need:{need}")
    limit, home = person.get("max_distance_km"), person.get("location")
    if limit is not None and home is not None:
        distances = []
        for sal in offer.get("service_at_locations", []):
            place = sal["location"]
            if place.get("location_type") == "virtual":
                continue
            a1, o1 = math.radians(home["latitude"]), math.radians(home["longitude"])
            a2, o2 = math.radians(place["latitude"]), math.radians(place["longitude"])
            h = (
                math.sin((a2 - a1) / 2) ** 2
                + math.cos(a1) * math.cos(a2) * math.sin((o2 - o1) / 2) ** 2
            )
            distances.append(2 * 6371.0088 * math.asin(math.sqrt(h)))
        if distances and min(distances) > limit + 1e-6:
            broken.add("distance")
    if person.get("available"):

        def days(rule: str) -> set[str]:
            return {part[-2:] for part in rule.split(",") if part}

        if not any(
            w["weekday"] in days(s.get("byday", ""))
            and s["opens_at"][:5] >= w["from"]
            and s["closes_at"][:5] <= w["to"]
            for s in offer.get("schedules", [])
            for w in person["available"]
        ):
            broken.add("time")
    age = person.get("age")
    if age is not None:
        if "minimum_age" in offer and age < offer["minimum_age"]:
            broken.add("age")
        if "maximum_age" in offer and age > offer["maximum_age"]:
            broken.add("age")
    if person.get("max_cost_kr") is not None:
        amounts = [c.get("amount") or 0 for c in offer.get("cost_options", [])]
        if amounts and min(amounts) > person["max_cost_kr"]:
            broken.add("cost")
    gender = person.get("gender")
    if (gender == "kvinde" and "target:maend" in codes) or (
        gender == "mand" and "target:kvinder" in codes
    ):
        broken.add("gender")
    return broken
