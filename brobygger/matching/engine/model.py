"""The engine's view of offers and citizens, and what it proposes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from brobygger.vocabulary import ACCESS_NEEDS, ACCESS_WISHES, INTEREST_CODES

WEEKDAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
HARD_NEEDS: tuple[str, ...] = ACCESS_NEEDS
SOFT_NEEDS: tuple[str, ...] = ACCESS_WISHES
INTERESTS: frozenset[str] = frozenset(INTEREST_CODES)


@dataclass(frozen=True, slots=True)
class Location:
    latitude: float | None
    longitude: float | None
    virtual: bool = False
    name: str = ""
    postal_code: str = ""
    city: str = ""


@dataclass(frozen=True, slots=True)
class ByDay:
    """One BYDAY entry: "TU" (every Tuesday), "1TH" (first Thursday), "-1FR" (last Friday)."""

    weekday: str
    ordinal: int | None = None


@dataclass(frozen=True, slots=True)
class Schedule:
    freq: str | None
    byday: tuple[ByDay, ...]
    opens: int | None  # minutes after midnight
    closes: int | None
    interval: int = 1

    @property
    def weekdays(self) -> frozenset[str]:
        return frozenset(d.weekday for d in self.byday)

    def sessions_per_month(self, days: Iterable[ByDay] | None = None) -> float:
        """How often it meets (on the given entries of its BYDAY), roughly, per month."""
        entries = self.byday if days is None else tuple(days)
        weekly = sum(1 for d in entries if d.ordinal is None)
        monthly = len(entries) - weekly
        if self.freq == "MONTHLY":
            return len(entries) / self.interval
        if self.freq == "YEARLY":
            return len(entries) / (12 * self.interval)
        return (weekly * 4.35 + monthly) / self.interval


@dataclass(eq=False, slots=True)
class Offer:
    """One service of the directory as the engine sees it.

    ``eq=False``: offers are compared by identity, so a list of them can key the index cache
    cheaply (see ``OfferIndex.for_offers``).
    """

    id: str
    name: str
    description: str = ""
    status: str | None = "active"
    codes: frozenset[str] = frozenset()
    interests: tuple[str, ...] = ()  # interest codes in the order the directory gives them
    locations: tuple[Location, ...] = ()
    schedules: tuple[Schedule, ...] = ()
    minimum_age: float | None = None
    maximum_age: float | None = None
    cheapest_cost: float = 0.0  # no cost option means free
    cost_note: str = ""  # "pr. gang" … of the cheapest option
    organization: str = ""

    @property
    def full(self) -> bool:
        return "status:fuldt" in self.codes

    @property
    def physical_locations(self) -> tuple[Location, ...]:
        return tuple(loc for loc in self.locations if not loc.virtual)


@dataclass(frozen=True, slots=True)
class Window:
    weekday: str
    start: int  # minutes after midnight
    end: int


@dataclass(frozen=True, slots=True)
class Citizen:
    id: str | int
    age: float | None = None
    gender: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    postal_code: str | None = None
    interests: tuple[str, ...] = ()
    wishes: str = ""
    needs: frozenset[str] = frozenset()
    max_distance_km: float | None = None
    max_cost_kr: float | None = None
    available: tuple[Window, ...] = ()

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True, slots=True)
class Match:
    """One proposed offer. ``broken`` is empty for a match and names the one rule a near miss
    (``Proposal.relaxed``) breaks."""

    service_id: str
    name: str
    score: float
    reasons: tuple[str, ...]
    broken: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "service_id": self.service_id,
            "score": round(self.score, 4),
            "reasons": list(self.reasons),
        }
        if self.broken:
            out["broken"] = list(self.broken)
        return out


@dataclass(frozen=True, slots=True)
class Proposal:
    """The matches (all rules hold), and separately labelled near misses (one rule bent)."""

    citizen: Citizen
    matches: tuple[Match, ...]
    relaxed: tuple[Match, ...] = ()
