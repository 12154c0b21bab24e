"""The demo directory package read as plain rows, without Django or a database.

The demo itself loads the package through the HSDS importer (``generate.load``). This is for
what only needs the offers as text: the benchmarks use them as templates and the tests check
the content. Plain Python, so ``bench/matching.py`` runs without Django.
"""

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

DIRECTORY = Path(__file__).parent / "data" / "directory"
STATUS = {"active": "active", "inactive": "paused", "defunct": "ended"}  # HSDS → ours


@dataclass(frozen=True)
class Rule:
    """One meeting time: freq WEEKLY or MONTHLY (with interval and byday), or a one-off date."""

    freq: str
    interval: int
    byday: str
    date: date | None
    opens: str  # "10:00"
    closes: str
    note: str


@dataclass(frozen=True)
class DemoOffer:
    id: str
    title: str
    summary: str
    description: str
    organisation: str  # its id
    location: str  # its id
    status: str  # ours: active, paused or ended
    codes: tuple[str, ...]  # term codes, "interest:sang"; "status:fuldt" when full
    rules: tuple[Rule, ...]
    alert: str  # the pauses, in words
    price_kr: Decimal | None
    price_note: str
    capacity: int | None
    min_age: int | None
    max_age: int | None
    host: str
    registration: str
    contact_name: str
    contact_phone: str
    assured: date

    def codes_in(self, taxonomy: str) -> list[str]:
        """The short codes of one taxonomy: ["sang", "musik"] for "interest"."""
        prefix = f"{taxonomy}:"
        return [c.removeprefix(prefix) for c in self.codes if c.startswith(prefix)]

    @property
    def full(self) -> bool:
        return "status:fuldt" in self.codes


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of one CSV file of the package ("services.csv")."""
    with (DIRECTORY / name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def written() -> date:
    """The day the package was written; its assured dates are as of that day."""
    package = json.loads((DIRECTORY / "datapackage.json").read_text(encoding="utf-8"))
    return datetime.fromisoformat(package["created"]).date()


def _by(name: str, column: str) -> dict[str, list[dict[str, str]]]:
    groups = defaultdict(list)
    for row in table(name):
        groups[row[column]].append(row)
    return groups


def _whole(value: str) -> int | None:
    return int(value) if value else None


def _rule(row: dict[str, str]) -> Rule:
    once = not row["freq"]
    return Rule(
        freq=row["freq"] or "ONCE",
        interval=int(row["interval"] or 1),
        byday=row["byday"],
        date=date.fromisoformat(row["valid_from"]) if once else None,
        opens=row["opens_at"][:5],
        closes=row["closes_at"][:5],
        note=row["notes"],
    )


@cache
def offers() -> tuple[DemoOffer, ...]:
    """Every offer of the package, in the package's order."""
    codes = {t["id"]: t["code"] for t in table("taxonomy_terms.csv")}
    attributes = _by("attributes.csv", "link_id")
    schedules = _by("schedules.csv", "service_id")
    prices = _by("cost_options.csv", "service_id")
    places = _by("service_at_location.csv", "service_id")
    contacts = {c["service_id"]: c for c in table("contacts.csv") if c["service_id"]}
    phones = {p["contact_id"]: p["number"] for p in table("phones.csv") if p["contact_id"]}
    result = []
    for row in table("services.csv"):
        sid = row["id"]
        price = prices[sid][0] if prices[sid] else {"amount": "0", "option": ""}
        contact = contacts.get(sid, {"id": "", "name": ""})
        result.append(
            DemoOffer(
                id=sid,
                title=row["name"],
                summary=row["summary"],
                description=row["description"],
                organisation=row["organization_id"],
                location=places[sid][0]["location_id"] if places[sid] else "",
                status=STATUS[row["status"]],
                codes=tuple(codes[a["taxonomy_term_id"]] for a in attributes[sid]),
                rules=tuple(_rule(s) for s in schedules[sid]),
                alert=row["alert"],
                price_kr=Decimal(price["amount"]) or None,
                price_note=price["option"],
                capacity=_whole(row["capacity"]),
                min_age=_whole(row["minimum_age"]),
                max_age=_whole(row["maximum_age"]),
                host=row["host"],
                registration=row["application_process"],
                contact_name=contact["name"],
                contact_phone=phones.get(contact["id"], ""),
                assured=date.fromisoformat(row["assured_date"]),
            )
        )
    return tuple(result)
