"""The matching engine: a citizen and the directory in, the offers that fit out, best first.

Plain typed Python without Django, so the web app, the ``brobygger match`` command and the
benchmarks share one implementation. The contract is ``docs/matching.md`` (in the shared docs):

1. **Hard rules** (``hard_rule_violations``) are never bent: an offer that breaks one is not a
   match, whatever its score. They mirror ``tools/score_matching.py`` exactly (string-compared
   ``HH:MM`` times, the same great-circle formula and tolerance, "no cost option = free" …).
2. **Ranking** (``rank``) combines, for the offers that pass:

   - *interest fit*: what the citizen wants (interest codes, and concepts understood from the
     free-text wishes by :mod:`brobygger.lib.danish`, with their weights) against what the
     offer is about (its ``interest:`` attributes first, its name and description second,
     weighted lower because descriptions add noise: "Kaffe i pausen" is not a café);
     related activities count a little ("gåture" is also exercise); rejected concepts
     ("gider ikke dans") are penalised;
   - *soft wishes*: a companion or transport when wanted, target groups the wishes point to
     (men, women, the bereaved, relatives), accessibility a need in the text asks for;
   - *distance* (closer is better, gently), *regularity* (more sessions in their free time)
     and *cost* (free is a little better).

   Every match carries short Danish reasons a citizen can check ("Tirsdag kl. 10–12 passer
   med dine tider", "1,2 km fra din adresse", "Du nævnte „synge“ – her er der sang og kor").
3. **Speed**: each offer is analysed once (``OfferIndex``, cached per list of offers); a query
   filters with cheap checks first (a grid of cells for the distance limit, bit masks for
   needs) and scores fully only the offers that can still reach the top.
"""

from __future__ import annotations

import csv
import functools
import heapq
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brobygger.lib import danish
from brobygger.matching.lexicon_extra import (
    ALREADY_FACTOR,
    already_clauses,
    extra_concepts,
    without_inability,
)

__all__ = [
    "HARD_NEEDS",
    "WEEKDAYS",
    "ByDay",
    "Citizen",
    "Location",
    "Match",
    "MatchInputError",
    "Offer",
    "OfferIndex",
    "Proposal",
    "Schedule",
    "Window",
    "citizen_from_json",
    "citizens_from_json",
    "from_hsds",
    "hard_rule_violations",
    "offers_from_json",
    "propose",
    "rank",
]

WEEKDAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
HARD_NEEDS: tuple[str, ...] = ("koerestol", "demensvenlig", "teleslynge", "ekstra-stoette")
SOFT_NEEDS: tuple[str, ...] = ("foelgeven", "transport")
INTERESTS: frozenset[str] = frozenset(danish.INTEREST_CODES)
EARTH_RADIUS_KM = 6371.0088  # the mean radius score_matching.py uses
DISTANCE_TOLERANCE_KM = 1e-6  # ditto: a limit of exactly 3 km admits 3.0000004 km

# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


class MatchInputError(ValueError):
    """Bad input, with the JSON pointer of the place ("/3/schedules/0/byday") and a Danish
    message a person can act on."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(f"{pointer or '/'}: {message}")
        self.pointer = pointer
        self.message = message


def _child(pointer: str, key: str | int) -> str:
    """RFC 6901: "~" and "/" in a key are escaped."""
    return f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _kind(value: object) -> str:
    """The JSON name of a value's type, in Danish, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "sand/falsk"
    if isinstance(value, int | float):
        return "et tal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "en liste"
    if isinstance(value, dict):
        return "et objekt"
    return type(value).__name__


def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise MatchInputError(where, f"forventede et objekt, fandt {_kind(value)}")
    return value


def _list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise MatchInputError(where, f"forventede en liste, fandt {_kind(value)}")
    return value


def _text(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise MatchInputError(where, f"forventede tekst, fandt {_kind(value)}")
    return value


def _number(value: object, where: str, *, low: float | None = None) -> float | None:
    if value is None:
        return None
    # bool is an int in Python, but true/false is not a number in JSON.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise MatchInputError(where, f"forventede et tal, fandt {_kind(value)}")
    if low is not None and value < low:
        raise MatchInputError(where, f"tallet {value} må ikke være mindre end {low:g}")
    return float(value)


def _coordinate(value: object, where: str, limit: float) -> float | None:
    number = _number(value, where)
    if number is not None and not -limit <= number <= limit:
        axis = "breddegrad" if limit == 90 else "længdegrad"
        raise MatchInputError(
            where, f"umulig {axis} {value} (skal ligge mellem -{limit:g} og {limit:g})"
        )
    return number


_TIME = re.compile(r"(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_CLOCK = re.compile(r"(\d{2}):(\d{2})")


def _time(value: object, where: str, pattern: re.Pattern[str] = _TIME) -> int | None:
    """Minutes after midnight of "HH:MM" (schedules may add seconds and a time zone, which
    are ignored).

    Strict on purpose: the contract compares times as text ("opens_at"[:5] against "from"), so
    "9:00" (after "10:00" as text) or "09:00:00" (before "09:00") would be judged differently
    there; such input is refused rather than silently read another way.
    """
    text = _text(value, where)
    if text is None:
        return None
    match = pattern.fullmatch(text)
    if not match:
        raise MatchInputError(where, f"ugyldigt klokkeslæt {text!r} (brug TT:MM, fx 09:30)")
    hours, minutes = int(match[1]), int(match[2])
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise MatchInputError(where, f"ugyldigt klokkeslæt {text!r} (brug TT:MM, fx 09:30)")
    return hours * 60 + minutes


def _weekday_error(where: str, value: str) -> MatchInputError:
    return MatchInputError(where, f"ukendt ugedag {value!r} (brug MO, TU, WE, TH, FR, SA eller SU)")


# ---------------------------------------------------------------------------------------------
# The engine's view of offers and citizens
# ---------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------
_BYDAY = re.compile(r"([+-]?)(\d{1,2})?([A-Z]{2})")


def _byday(value: object, where: str) -> tuple[ByDay, ...]:
    text = _text(value, where)
    if not text:
        return ()
    days: list[ByDay] = []
    for part in text.split(","):
        match = _BYDAY.fullmatch(part)
        if not match or match[3] not in WEEKDAYS:
            raise _weekday_error(where, part)
        ordinal = None
        if match[2] is not None:
            ordinal = int(match[2]) * (-1 if match[1] == "-" else 1)
            if not 1 <= abs(ordinal) <= 5:
                raise MatchInputError(
                    where, f"ugyldig uge i måneden i {part!r} (brug 1–5 eller -1 for den sidste)"
                )
        elif match[1]:
            raise _weekday_error(where, part)
        days.append(ByDay(match[3], ordinal))
    return tuple(days)


def _schedule(value: object, where: str) -> Schedule:
    data = _object(value, where)
    freq = _text(data.get("freq"), _child(where, "freq"))
    interval = _number(data.get("interval"), _child(where, "interval"), low=1)
    return Schedule(
        freq=freq.upper() if freq else None,
        byday=_byday(data.get("byday"), _child(where, "byday")),
        opens=_time(data.get("opens_at"), _child(where, "opens_at")),
        closes=_time(data.get("closes_at"), _child(where, "closes_at")),
        interval=int(interval) if interval else 1,
    )


def _location(value: object, where: str) -> Location:
    data = _object(value, where)
    kind = _text(data.get("location_type"), _child(where, "location_type"))
    lat = _coordinate(data.get("latitude"), _child(where, "latitude"), 90)
    lon = _coordinate(data.get("longitude"), _child(where, "longitude"), 180)
    postal, city = "", ""
    for n, address in enumerate(_list(data.get("addresses"), _child(where, "addresses"))):
        at = _child(_child(where, "addresses"), n)
        address = _object(address, at)
        postal = postal or str(address.get("postal_code") or "")
        city = city or str(address.get("city") or "")
    return Location(
        latitude=lat,
        longitude=lon,
        virtual=kind == "virtual",
        name=_text(data.get("name"), _child(where, "name")) or "",
        postal_code=postal,
        city=city,
    )


def from_hsds(data: object, where: str = "") -> Offer:
    """An ``Offer`` from one HSDS 3 "service_full" object; ``where`` is its JSON pointer."""
    service = _object(data, where)
    raw_id = service.get("id")
    if not isinstance(raw_id, str) or not raw_id:
        raise MatchInputError(_child(where, "id"), "hvert tilbud skal have et id (tekst)")
    codes: list[str] = []
    for n, attribute in enumerate(_list(service.get("attributes"), _child(where, "attributes"))):
        at = _child(_child(where, "attributes"), n)
        attribute = _object(attribute, at)
        term = attribute.get("taxonomy_term")
        if term is None:
            continue  # an attribute without a term says nothing the rules or ranking use
        term = _object(term, _child(at, "taxonomy_term"))
        code = _text(term.get("code"), _child(_child(at, "taxonomy_term"), "code"))
        if code:
            codes.append(code)  # as written: the rules compare codes exactly
    interests = tuple(dict.fromkeys(c.split(":", 1)[1] for c in codes if c.startswith("interest:")))
    locations: list[Location] = []
    sal_where = _child(where, "service_at_locations")
    for n, sal in enumerate(_list(service.get("service_at_locations"), sal_where)):
        at = _child(sal_where, n)
        sal = _object(sal, at)
        locations.append(_location(sal.get("location"), _child(at, "location")))
    schedules = tuple(
        _schedule(s, _child(_child(where, "schedules"), n))
        for n, s in enumerate(_list(service.get("schedules"), _child(where, "schedules")))
    )
    cheapest: tuple[float, str] | None = None
    cost_where = _child(where, "cost_options")
    for n, option in enumerate(_list(service.get("cost_options"), cost_where)):
        at = _child(cost_where, n)
        option = _object(option, at)
        # A cost option without an amount is free, as in the contract's reference scorer.
        amount = _number(option.get("amount"), _child(at, "amount")) or 0.0
        note = _text(option.get("option"), _child(at, "option")) or ""
        if cheapest is None or amount < cheapest[0]:
            cheapest = (amount, note)
    organization = service.get("organization")
    org_name = organization.get("name") if isinstance(organization, dict) else None
    return Offer(
        id=raw_id,
        name=_text(service.get("name"), _child(where, "name")) or "",
        description=_text(service.get("description"), _child(where, "description")) or "",
        status=_text(service.get("status"), _child(where, "status")),
        codes=frozenset(codes),
        interests=interests,
        locations=tuple(locations),
        schedules=schedules,
        minimum_age=_number(service.get("minimum_age"), _child(where, "minimum_age")),
        maximum_age=_number(service.get("maximum_age"), _child(where, "maximum_age")),
        cheapest_cost=cheapest[0] if cheapest else 0.0,
        cost_note=cheapest[1] if cheapest else "",
        organization=org_name if isinstance(org_name, str) else "",
    )


def offers_from_json(data: object) -> list[Offer]:
    """Offers from a JSON array of HSDS services (pointers are "/3/…")."""
    if not isinstance(data, list):
        raise MatchInputError(
            "", f"forventede en liste (JSON-array) af tilbud, fandt {_kind(data)}"
        )
    return [from_hsds(item, f"/{n}") for n, item in enumerate(data)]


def _strings(value: object, where: str) -> tuple[str, ...]:
    items: list[str] = []
    for n, item in enumerate(_list(value, where)):
        text = _text(item, _child(where, n))
        if text is None:
            raise MatchInputError(_child(where, n), "forventede tekst, fandt null")
        if text.strip():
            items.append(text.strip())
    return tuple(items)


def _window(value: object, where: str) -> Window:
    data = _object(value, where)
    weekday = data.get("weekday")
    if not isinstance(weekday, str) or weekday not in WEEKDAYS:
        if not isinstance(weekday, str):
            raise MatchInputError(
                _child(where, "weekday"), f"forventede en ugedag som tekst, fandt {_kind(weekday)}"
            )
        raise _weekday_error(_child(where, "weekday"), weekday)
    start = _time(data.get("from"), _child(where, "from"), _CLOCK)
    end = _time(data.get("to"), _child(where, "to"), _CLOCK)
    if start is None or end is None:
        missing = "from" if start is None else "to"
        raise MatchInputError(_child(where, missing), "tidsrummet mangler et klokkeslæt")
    if end < start:
        raise MatchInputError(_child(where, "to"), "tidsrummet slutter, før det begynder")
    return Window(weekday, start, end)


def citizen_from_json(data: object, where: str = "") -> Citizen:
    """A ``Citizen`` from the JSON object of the contract; ``where`` is its JSON pointer."""
    person = _object(data, where)
    raw_id = person.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int) or raw_id == "":
        raise MatchInputError(_child(where, "id"), "borgeren skal have et id (tekst eller tal)")
    lat = lon = None
    location = person.get("location")
    if location is not None:
        at = _child(where, "location")
        location = _object(location, at)
        lat = _coordinate(location.get("latitude"), _child(at, "latitude"), 90)
        lon = _coordinate(location.get("longitude"), _child(at, "longitude"), 180)
        if lat is None or lon is None:
            missing = "latitude" if lat is None else "longitude"
            raise MatchInputError(_child(at, missing), "positionen mangler en koordinat")
    age = _number(person.get("age"), _child(where, "age"), low=0)
    if age is not None and age > 130:
        raise MatchInputError(_child(where, "age"), f"umulig alder {person.get('age')}")
    postal = person.get("postal_code")
    if isinstance(postal, int) and not isinstance(postal, bool):
        postal = str(postal)
    available_at = _child(where, "available")
    return Citizen(
        id=raw_id,
        age=age,
        gender=(_text(person.get("gender"), _child(where, "gender")) or "").strip().lower() or None,
        latitude=lat,
        longitude=lon,
        postal_code=_text(postal, _child(where, "postal_code")),
        interests=_strings(person.get("interests"), _child(where, "interests")),
        wishes=_text(person.get("wishes"), _child(where, "wishes")) or "",
        needs=frozenset(_strings(person.get("needs"), _child(where, "needs"))),
        max_distance_km=_number(
            person.get("max_distance_km"), _child(where, "max_distance_km"), low=0
        ),
        max_cost_kr=_number(person.get("max_cost_kr"), _child(where, "max_cost_kr"), low=0),
        available=tuple(
            _window(w, _child(available_at, n))
            for n, w in enumerate(_list(person.get("available"), available_at))
        ),
    )


def citizens_from_json(data: object) -> tuple[list[Citizen], bool]:
    """Citizens from one JSON object or an array of them; True when it was an array."""
    if isinstance(data, list):
        return [citizen_from_json(item, f"/{n}") for n, item in enumerate(data)], True
    if isinstance(data, dict):
        return [citizen_from_json(data)], False
    raise MatchInputError(
        "", f"forventede et borger-objekt eller en liste af dem, fandt {_kind(data)}"
    )


# ---------------------------------------------------------------------------------------------
# The hard rules
# ---------------------------------------------------------------------------------------------


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance, computed exactly as the reference scorer does (same formula and
    order of operations), so a limit right at the edge is judged the same way."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _nearest_km(citizen: Citizen, offer: Offer) -> float | None:
    """Distance to the nearest physical location; None when there is none (virtual only) or
    the citizen's location is unknown; inf when a physical location has no coordinates (it
    cannot be shown to be near)."""
    if citizen.latitude is None or citizen.longitude is None:
        return None
    best: float | None = None
    for loc in offer.physical_locations:
        if loc.latitude is None or loc.longitude is None:
            d = math.inf
        else:
            d = _km(citizen.latitude, citizen.longitude, loc.latitude, loc.longitude)
        best = d if best is None else min(best, d)
    return best


def _fits_time(citizen: Citizen, offer: Offer) -> bool:
    for schedule in offer.schedules:
        if schedule.opens is None or schedule.closes is None:
            continue
        days = schedule.weekdays
        for window in citizen.available:
            if (
                window.weekday in days
                and schedule.opens >= window.start
                and schedule.closes <= window.end
            ):
                return True
    return False


def hard_rule_violations(citizen: Citizen, offer: Offer) -> list[str]:
    """The hard rules of the contract this offer breaks for this citizen (empty: none).

    Codes as in the reference scorer: ``status``, ``full``, ``need:<need>``, ``distance``,
    ``time``, ``age``, ``cost``, ``gender``.
    """
    broken: list[str] = []
    if offer.status != "active":
        broken.append("status")
    if offer.full:
        broken.append("full")
    for need in sorted(citizen.needs & set(HARD_NEEDS)):
        if f"access:{need}" not in offer.codes:
            broken.append(f"need:{need}")
    if citizen.max_distance_km is not None and citizen.has_location:
        nearest = _nearest_km(citizen, offer)
        if nearest is not None and nearest > citizen.max_distance_km + DISTANCE_TOLERANCE_KM:
            broken.append("distance")
    if citizen.available and not _fits_time(citizen, offer):
        broken.append("time")
    if citizen.age is not None and (
        (offer.minimum_age is not None and citizen.age < offer.minimum_age)
        or (offer.maximum_age is not None and citizen.age > offer.maximum_age)
    ):
        broken.append("age")
    if citizen.max_cost_kr is not None and offer.cheapest_cost > citizen.max_cost_kr:
        broken.append("cost")
    if (citizen.gender == "kvinde" and "target:maend" in offer.codes) or (
        citizen.gender == "mand" and "target:kvinder" in offer.codes
    ):
        broken.append("gender")
    return broken


# ---------------------------------------------------------------------------------------------
# Vocabulary for ranking and reasons
# ---------------------------------------------------------------------------------------------
# What an offer about one interest also gives someone who asked for another. Directed: a dance
# class is exercise (0.6), but an exercise class is only a little bit dance (0.2). General
# knowledge of activities, not tuned to any data set.
RELATED: dict[str, dict[str, float]] = {
    "dans": {"bevaegelse": 0.6, "musik": 0.3},
    "svoemning": {"bevaegelse": 0.6},
    "gaatur": {"bevaegelse": 0.5, "have": 0.3},
    "cykling": {"bevaegelse": 0.5, "have": 0.2, "kultur": 0.2},
    "bevaegelse": {"dans": 0.2, "gaatur": 0.2, "svoemning": 0.2},
    "sang": {"musik": 0.5, "cafe": 0.1},
    "musik": {"sang": 0.3, "dans": 0.2},
    "spil": {"cafe": 0.2},
    "haandarbejde": {"vaerksted": 0.3},
    "vaerksted": {"haandarbejde": 0.3},
    "have": {"gaatur": 0.2, "mad": 0.1},
    "mad": {"cafe": 0.4},
    "cafe": {"samtale": 0.2, "mad": 0.1},
    "samtale": {"cafe": 0.3},
    "foredrag": {"kultur": 0.3, "historie": 0.2},
    "historie": {"foredrag": 0.4, "kultur": 0.4},
    "kultur": {"historie": 0.3, "foredrag": 0.3},
    "tro": {"samtale": 0.2, "sang": 0.1},
    "dyr": {"have": 0.2},
    "generationer": {"hjaelpe": 0.2},
    "hjaelpe": {"generationer": 0.1},
}

# Lower-case phrases for sentences ("… – her er der sang og kor").
INTEREST_PHRASES: dict[str, str] = {
    "bevaegelse": "bevægelse og motion",
    "gaatur": "gåture",
    "dans": "dans",
    "svoemning": "svømning og vandtræning",
    "cykling": "cykling",
    "sang": "sang og kor",
    "musik": "musik",
    "spil": "kort- og brætspil",
    "haandarbejde": "håndarbejde og kreativitet",
    "vaerksted": "værksted og reparation",
    "have": "have og natur",
    "mad": "mad og fællesspisning",
    "cafe": "café og samvær",
    "foredrag": "foredrag og læsning",
    "historie": "historie",
    "it": "hjælp til IT",
    "kultur": "kultur og udflugter",
    "tro": "kirke og tro",
    "dyr": "dyr",
    "hjaelpe": "frivilligt arbejde for andre",
    "samtale": "samtale",
    "generationer": "samvær på tværs af generationer",
}
ACCESS_REASONS: dict[str, str] = {
    "koerestol": "Kørestolsvenligt",
    "teleslynge": "Der er teleslynge",
    "demensvenlig": "Demensvenligt",
    "ekstra-stoette": "Ekstra støtte på stedet",
    "foelgeven": "Følgeven første gang",
    "transport": "Transport kan arrangeres",
}
DAY_NAMES: dict[str, str] = {
    "MO": "mandag",
    "TU": "tirsdag",
    "WE": "onsdag",
    "TH": "torsdag",
    "FR": "fredag",
    "SA": "lørdag",
    "SU": "søndag",
}
ORDINALS: dict[int, str] = {1: "første", 2: "anden", 3: "tredje", 4: "fjerde", 5: "femte"}

# Needs found in an offer's *text* that make it an offer for people with that condition
# ("Demenscafé", "Kor for mennesker med Parkinson", "Passer til dig med dårlig balance"), and
# which citizen signals make someone one of them.
SPECIALISED: dict[str, frozenset[str]] = {
    "need:demensvenlig": frozenset({"need:demensvenlig"}),
    "need:ekstra-stoette": frozenset(
        {"need:ekstra-stoette", "need:demensvenlig", "need:koerestol", "need:gangbesvaeret"}
    ),
    "need:gangbesvaeret": frozenset(
        {"need:gangbesvaeret", "need:koerestol", "need:ekstra-stoette"}
    ),
}
SPECIALISED_MIN = 0.6  # how strongly the text must say it
SOFT_PREFIXES = ("need:", "wish:", "target:")

# ---------------------------------------------------------------------------------------------
# Ranking weights. One place, each with the reason for its size.
# ---------------------------------------------------------------------------------------------
# Text is weaker evidence than the offer's own interest attributes (descriptions mention the
# coffee in the break); with no interest attributes at all, the text is all there is.
NAME_FACTOR, DESCRIPTION_FACTOR = 0.6, 0.45
UNTAGGED_NAME_FACTOR, UNTAGGED_DESCRIPTION_FACTOR = 0.9, 0.75
ATTRIBUTE_BASE = 0.85  # an attribute alone; the text confirming it adds the rest
# What the citizen said, squared: a clear wish (1.0) counts far more than a hint (0.3).
WANT_POWER = 2.0
# Interest fit dominates; the rest orders offers that fit about equally well.
W_COVERAGE = 0.48  # how much of what the citizen wants the offer gives
W_FOCUS = 0.12  # how much of what the offer is about the citizen wants
W_SOFT = 0.16  # companion, transport, target group, accessibility the wishes ask for
W_NEAR = 0.10  # exp(-km / NEAR_KM): 1 km ≈ 0.09, 5 km ≈ 0.06, 20 km ≈ 0.01
NEAR_KM = 10.0
VIRTUAL_NEAR = 0.5  # an online offer counts as about 7 km away: no trip, but no meeting
W_REGULAR = 0.05  # weekly beats monthly: regular contact is what builds a community
W_COST = 0.04  # free is a little better; 50 kr. halves the bonus
COST_HALF_KR = 50.0
P_REJECTED = 0.35  # the offer is about something the citizen said no to
# A grief group for someone who has lost no one is wrong, not just weaker; a group for
# relatives (which often welcomes the person they care for too) a little less so.
P_NOT_BEREAVED = 0.2
P_NOT_RELATIVE = 0.12
P_SPECIALISED = 0.1  # an offer for a condition they do not have ("for mennesker med demens")
SOFT_DAMPING = 0.5  # soft fit = matched / (wanted + damping): one small wish is not everything
# Any offer where people meet gives some company (see _profile).
SOCIAL_FLOOR = 0.5
FOCUS_CAFE_FLOOR = 0.5
SECOND_REASON_MIN = 0.6  # a second "Du nævnte …" only for another clear wish
# With nothing understood, a little preference for plain company: that is what most referred
# citizens need.
DEFAULT_WANTS: dict[str, float] = {"cafe": 0.3}


# ---------------------------------------------------------------------------------------------
# Per-offer analysis (done once per distinct offer content)
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False, slots=True)
class _Profile:
    strength: dict[str, float]  # interest → how much the offer gives it (related ones too)
    direct: dict[str, float]  # interest → from the offer's own attributes and text only
    via: dict[str, str]  # interest given only through a related one → that one
    core: dict[str, float]  # what the offer is about (its interest attributes)
    core_total: float
    text_soft: dict[str, float]  # need:/wish:/target: concepts its text mentions
    specialised: tuple[str, ...]  # conditions the offer is for ("for mennesker med demens")


Concepts = tuple[tuple[str, float], ...]
# Offer texts are analysed in parts, each cached: a title is often "what – where" or "what:
# which" ("Seniorkoret – Hvalsø", "Online foredrag: Danmarkshistorie"), and a description a few
# sentences of which many recur across a directory (chains, templates, standard phrases). A
# part's concepts combine by the strongest mention, so repeating a word does not inflate it.
_TITLE_PARTS = re.compile(r"\s+[-–—|]+\s+|:\s+")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


@functools.lru_cache(maxsize=200_000)
def _concepts(text: str) -> Concepts:
    """The concepts of one piece of text (sorted, hashable)."""
    if not text.strip():
        return ()
    found = dict(danish.analyse(text).concepts)
    for concept, (weight, _) in extra_concepts(text).items():
        found[concept] = max(found.get(concept, 0.0), weight)
    return tuple(sorted(found.items()))


def _text_concepts(text: str, splitter: re.Pattern[str]) -> Concepts:
    parts = [p for p in splitter.split(text) if p.strip()]
    if len(parts) <= 1:
        return _concepts(text.strip())
    found: dict[str, float] = {}
    for part in parts:
        for concept, weight in _concepts(part.strip()):
            found[concept] = max(found.get(concept, 0.0), weight)
    return tuple(sorted(found.items()))


def _profile(offer: Offer) -> _Profile:
    tagged = tuple(c for c in offer.interests if c in INTERESTS)
    return _build_profile(
        tagged,
        _text_concepts(offer.name, _TITLE_PARTS),
        _text_concepts(offer.description, _SENTENCES),
        bool(offer.physical_locations) or not offer.locations,
    )


# Offers with the same interests, texts and kind of place share one profile object: a big
# directory has many (chains, templates), which saves memory and lets a query score each
# distinct profile once.
@functools.lru_cache(maxsize=200_000)
def _build_profile(
    tagged: tuple[str, ...], name_items: Concepts, desc_items: Concepts, in_person: bool
) -> _Profile:
    name, description = dict(name_items), dict(desc_items)
    name_factor, desc_factor = (
        (NAME_FACTOR, DESCRIPTION_FACTOR)
        if tagged
        else (UNTAGGED_NAME_FACTOR, UNTAGGED_DESCRIPTION_FACTOR)
    )
    direct: dict[str, float] = {}
    for concept in {*tagged, *name, *description} & INTERESTS:
        said = max(name.get(concept, 0.0), description.get(concept, 0.0))
        if concept in tagged:
            value = ATTRIBUTE_BASE + (1 - ATTRIBUTE_BASE) * said
        else:
            value = max(
                name.get(concept, 0.0) * name_factor, description.get(concept, 0.0) * desc_factor
            )
        if value >= 0.05:
            direct[concept] = round(value, 4)
    strength = dict(direct)
    via: dict[str, str] = {}
    for source, value in sorted(direct.items()):
        for target, factor in RELATED.get(source, {}).items():
            if value * factor > strength.get(target, 0.0):
                strength[target] = round(value * factor, 4)
                via[target] = source
    if direct:
        # Every community offer is company, whatever it is about: someone who wants to be
        # "sammen med andre" is partly served by any of them (less so online).
        top_concept = max(direct, key=lambda c: (direct[c], c))
        floor = direct[top_concept] * (SOCIAL_FLOOR if in_person else 0.5 * SOCIAL_FLOOR)
        if floor > strength.get("cafe", 0.0):
            strength["cafe"] = round(floor, 4)
            via["cafe"] = top_concept
    core = {c: 1.0 for c in tagged} or {c: v for c, v in direct.items() if v >= 0.5}
    text_soft = {
        c: max(name.get(c, 0.0), description.get(c, 0.0))
        for c in (*name, *description)
        if c.startswith(SOFT_PREFIXES)
    }
    specialised = tuple(c for c in SPECIALISED if text_soft.get(c, 0.0) >= SPECIALISED_MIN)
    return _Profile(strength, direct, via, core, sum(core.values()), text_soft, specialised)


# ---------------------------------------------------------------------------------------------
# The index
# ---------------------------------------------------------------------------------------------
_CELL = 0.1  # degrees; about 11 × 6 km in Denmark
_KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180
_ACCESS_BITS = {need: 1 << n for n, need in enumerate(HARD_NEEDS)}


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL), math.floor(lon / _CELL)


def _cost_score(amount: float) -> float:
    return 1.0 / (1.0 + max(amount, 0.0) / COST_HALF_KR)


class OfferIndex:
    """Offers with everything a query needs precomputed: their text analysis (one profile per
    distinct content), posting lists from interest to profiles, bit masks of access codes, a
    grid of places. Build once per directory (``for_offers`` caches it for a list of offers)
    and rank many citizens against it."""

    _cache: OrderedDict[tuple[Offer, ...], OfferIndex] = OrderedDict()
    _cache_lock = threading.Lock()  # the web app ranks from several threads
    _CACHE_SIZE = 2

    def __init__(self, offers: Iterable[Offer]) -> None:
        self.offers: list[Offer] = list(offers)
        n = len(self.offers)
        self.profiles: list[_Profile] = []  # distinct profiles
        self.profile_of: list[int] = [0] * n  # offer → its profile's position
        self.need_mask = [0] * n
        self.places: list[tuple[tuple[float, float], ...]] = [()] * n
        self.unplaced = [False] * n  # a physical location without coordinates
        self.slots: list[tuple[tuple[str, int, int], ...]] = [()] * n
        self.cost_score = [0.0] * n
        self.regular_max = [0.0] * n  # regularity if every session fitted
        self.full = bytearray(n)
        self.active: list[int] = []  # status active (full ones too: near misses)
        self.exempt: list[int] = []  # active with no physical location: no distance limit
        self.grid: dict[tuple[int, int], list[int]] = {}
        positions: dict[int, int] = {}
        for i, offer in enumerate(self.offers):
            profile = _profile(offer)
            position = positions.get(id(profile))
            if position is None:
                position = positions[id(profile)] = len(self.profiles)
                self.profiles.append(profile)
            self.profile_of[i] = position
            mask = 0
            for need, bit in _ACCESS_BITS.items():
                if f"access:{need}" in offer.codes:
                    mask |= bit
            self.need_mask[i] = mask
            physical = offer.physical_locations
            self.places[i] = tuple(
                (loc.latitude, loc.longitude)
                for loc in physical
                if loc.latitude is not None and loc.longitude is not None
            )
            self.unplaced[i] = len(self.places[i]) < len(physical)
            self.slots[i] = tuple(
                (day, s.opens, s.closes)
                for s in offer.schedules
                if s.opens is not None and s.closes is not None
                for day in s.weekdays
            )
            self.cost_score[i] = _cost_score(offer.cheapest_cost)
            self.regular_max[i] = min(
                1.0,
                sum(
                    s.sessions_per_month()
                    for s in offer.schedules
                    if s.opens is not None and s.closes is not None
                )
                / 4.0,
            )
            self.full[i] = offer.full
            if offer.status != "active":
                continue
            self.active.append(i)
            if not physical:
                self.exempt.append(i)
            for cell in {_cell(lat, lon) for lat, lon in self.places[i]}:
                self.grid.setdefault(cell, []).append(i)
        # Interest → [(profile position, value)], for scoring only the profiles that matter.
        self.postings: dict[str, list[tuple[int, float]]] = {}
        self.core_postings: dict[str, list[tuple[int, float]]] = {}
        for position, profile in enumerate(self.profiles):
            for concept, value in profile.strength.items():
                self.postings.setdefault(concept, []).append((position, value))
            for concept, value in profile.core.items():
                self.core_postings.setdefault(concept, []).append((position, value))

    @classmethod
    def for_offers(cls, offers: Sequence[Offer] | OfferIndex) -> OfferIndex:
        """The index of these offers, built on first use and then reused: the key is the
        offers themselves (by identity), so a changed list gets a new index."""
        if isinstance(offers, OfferIndex):
            return offers
        key = tuple(offers)
        with cls._cache_lock:
            index = cls._cache.get(key)
            if index is not None:
                cls._cache.move_to_end(key)
                return index
        index = cls(key)  # outside the lock: building may take seconds
        with cls._cache_lock:
            cls._cache[key] = index
            while len(cls._cache) > cls._CACHE_SIZE:
                cls._cache.popitem(last=False)
        return index

    def near(self, lat: float, lon: float, km: float) -> list[int]:
        """Active offers with a place in the grid cells that cover km around (lat, lon): a
        superset of those within km (the exact distance is checked by the caller)."""
        dlat = km / _KM_PER_DEGREE + 0.01
        shrink = math.cos(math.radians(min(abs(lat) + dlat, 89.9)))
        dlon = km / (_KM_PER_DEGREE * max(shrink, 1e-3)) + 0.01
        if dlon >= 180 or dlat >= 90:
            return [i for i in self.active if self.places[i] or self.unplaced[i]]
        lat0, lon0 = _cell(lat - dlat, lon - dlon)
        lat1, lon1 = _cell(lat + dlat, lon + dlon)
        seen: set[int] = set()
        for a in range(lat0, lat1 + 1):
            for b in range(lon0, lon1 + 1):
                # Longitude wraps at ±180°.
                cell = (a, (b + 1800) % 3600 - 1800)
                seen.update(self.grid.get(cell, ()))
        return sorted(seen)


# ---------------------------------------------------------------------------------------------
# A query: what the citizen wants, understood once
# ---------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Query:
    citizen: Citizen
    said: dict[str, float]  # interest → weight as understood (0..1)
    wants: dict[str, float]  # interest → weight ** WANT_POWER, for coverage
    wants_sum: float
    focus_wants: dict[str, float]  # interest an offer may be about → how welcome it is
    rejected: frozenset[str]
    soft: dict[str, float]  # need:/wish:/target: → weight
    words: dict[str, list[str]]  # concept → the citizen's own words
    from_interests: frozenset[str]
    windows: dict[str, list[tuple[int, int]]]
    origin: tuple[float, float] | None  # where distance is measured from (soft ranking)
    origin_label: str  # "din adresse" or "4000 Roskilde"
    defaulted: bool


@functools.cache
def _postal_centroids() -> dict[str, tuple[float, float, str]]:
    """Postal code → (lat, lon, town): to rank by distance when only a postal code is known."""
    path = Path(__file__).resolve().parents[1] / "areas" / "data" / "postal_codes.csv"
    table: dict[str, tuple[float, float, str]] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                table[row["postal_code"]] = (
                    float(row["latitude"]),
                    float(row["longitude"]),
                    row["name"],
                )
    except (OSError, KeyError, ValueError):
        return {}
    return table


def _understand(text: str) -> danish.Analysis:
    """The language module's analysis, plus the few phrases it does not know yet."""
    if not text.strip():
        return danish.Analysis()
    rest, already = already_clauses(text)
    rest = rest if already else text
    analysis = danish.analyse(rest)
    if analysis.negated and (plain := without_inability(rest)) != rest:
        # "Kan ikke finde ud af e-Boks": help wanted with it, not a rejection of it.
        second = danish.analyse(plain)
        for concept in sorted(analysis.negated):
            if concept in second.concepts:
                analysis.negated.discard(concept)
                analysis.concepts[concept] = second.concepts[concept]
                analysis.matched_words[concept] = second.matched_words.get(concept, [])
    for concept, (weight, said) in extra_concepts(rest).items():
        if weight > analysis.concepts.get(concept, 0.0):
            analysis.concepts[concept] = weight
            analysis.matched_words.setdefault(concept, []).insert(0, said)
            analysis.negated.discard(concept)
    for clause in already:
        # What they already do still says something about them, but much less.
        found = danish.analyse(clause)
        for concept, weight in found.concepts.items():
            if weight * ALREADY_FACTOR > analysis.concepts.get(concept, 0.0):
                analysis.concepts[concept] = round(weight * ALREADY_FACTOR, 3)
                analysis.matched_words.setdefault(concept, []).extend(
                    found.matched_words.get(concept, [])
                )
    return analysis


def _query(citizen: Citizen) -> _Query:
    analysis = _understand(citizen.wishes)
    wants: dict[str, float] = {}
    soft: dict[str, float] = {}
    words = {c: list(w) for c, w in analysis.matched_words.items()}
    for concept, weight in analysis.concepts.items():
        if concept in INTERESTS:
            wants[concept] = weight
        elif concept.startswith(SOFT_PREFIXES):
            soft[concept] = weight
    from_interests: set[str] = set()
    for item in citizen.interests:
        code = item.removeprefix("interest:")
        if code in INTERESTS:
            wants[code] = 1.0
            from_interests.add(code)
            continue
        # Not a code: read it as Danish ("sang og kor", "kortspil").
        for concept, weight in danish.analyse(item).concepts.items():
            if concept in INTERESTS and weight > wants.get(concept, 0.0):
                wants[concept] = weight
                from_interests.add(concept)
    for need in citizen.needs:
        if need in SOFT_NEEDS:
            soft[f"wish:{need}"] = 1.0
        elif need in HARD_NEEDS or need == "gangbesvaeret":
            soft[f"need:{need}"] = 1.0
    # A wheelchair user is also someone who walks badly (for preferring step-free offers).
    if "need:koerestol" in soft:
        soft["need:gangbesvaeret"] = max(
            soft.get("need:gangbesvaeret", 0.0), soft["need:koerestol"]
        )
    soft = {k: v for k, v in soft.items() if v >= 0.3}
    defaulted = not wants
    if defaulted:
        wants = dict(DEFAULT_WANTS)
    powered = {c: w**WANT_POWER for c, w in wants.items()}
    focus_wants = dict(wants)
    for source, targets in RELATED.items():
        for target, factor in targets.items():
            # An offer about `source` is welcome in part to someone who wants `target`.
            value = wants.get(target, 0.0) * factor
            if value > focus_wants.get(source, 0.0):
                focus_wants[source] = value
    # Company is part of what every referred citizen is looking for: an offer that is also a
    # café is not off-topic.
    focus_wants["cafe"] = max(focus_wants.get("cafe", 0.0), FOCUS_CAFE_FLOOR)
    rejected = frozenset(c for c in analysis.negated if c in INTERESTS and c not in wants)
    windows: dict[str, list[tuple[int, int]]] = {}
    for w in citizen.available:
        windows.setdefault(w.weekday, []).append((w.start, w.end))
    origin: tuple[float, float] | None = None
    label = "din adresse"
    if citizen.latitude is not None and citizen.longitude is not None:
        origin = (citizen.latitude, citizen.longitude)
    elif citizen.postal_code and citizen.postal_code.strip() in _postal_centroids():
        lat, lon, town = _postal_centroids()[citizen.postal_code.strip()]
        origin, label = (lat, lon), f"{citizen.postal_code.strip()} {town}"
    return _Query(
        citizen=citizen,
        said=dict(wants),
        wants=powered,
        wants_sum=sum(powered.values()),
        focus_wants={c: min(1.0, w) for c, w in focus_wants.items()},
        rejected=rejected,
        soft=soft,
        words=words,
        from_interests=frozenset(from_interests),
        windows=windows,
        origin=origin,
        origin_label=label,
        defaulted=defaulted,
    )


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Interest:
    """Per distinct profile of the index: how well it fits this query."""

    coverage: list[float]  # 0..1: how much of what the citizen wants the offer gives
    focus: list[float]  # 0..1: how much of what the offer is about the citizen wants
    part: list[float]  # their weighted sum, the bulk of the score


def _interest(index: OfferIndex, query: _Query) -> _Interest:
    """Coverage and focus for every profile, from the posting lists of the concepts the
    citizen wants (a profile in none of them scores 0 without being visited)."""
    count = len(index.profiles)
    covered = [0.0] * count
    for concept, weight in query.wants.items():
        for position, value in index.postings.get(concept, ()):
            covered[position] += weight * value
    welcome = [0.0] * count
    for concept, value in query.focus_wants.items():
        if value > 0:
            for position, amount in index.core_postings.get(concept, ()):
                welcome[position] += amount * value
    total = query.wants_sum or 1.0
    coverage = [c / total for c in covered]
    focus = [
        w / p.core_total if p.core_total else 0.0
        for w, p in zip(welcome, index.profiles, strict=True)
    ]
    part = [W_COVERAGE * c + W_FOCUS * f for c, f in zip(coverage, focus, strict=True)]
    return _Interest(coverage, focus, part)


def _soft_match(concept: str, offer: Offer, profile: _Profile) -> float:
    """How well the offer meets one soft wish or need (0..1)."""
    codes = offer.codes
    said = profile.text_soft.get(concept, 0.0)
    if concept == "wish:foelgeven":
        return 1.0 if "access:foelgeven" in codes else 0.4 if "access:transport" in codes else 0.0
    if concept == "wish:transport":
        return 1.0 if "access:transport" in codes else 0.4 if "access:foelgeven" in codes else 0.0
    if concept.startswith("target:"):
        if concept in codes:
            return 1.0
        value = 0.6 * said
        if concept == "target:sorg" and "samtale" in profile.core:
            value = max(value, 0.4)  # a talking group helps in grief, too
        return value
    if concept == "need:gangbesvaeret":
        step_free = ("access:koerestol" in codes) + ("access:ekstra-stoette" in codes)
        return max(said, (0.0, 0.7, 1.0)[step_free])
    if concept.startswith("need:"):
        access = f"access:{concept[5:]}" in codes
        return 0.7 * access + 0.3 * min(1.0, said) if access else 0.3 * said
    return 0.0


@dataclass(slots=True)
class _Parts:
    coverage: float
    focus: float
    soft: float
    near: float
    km: float | None  # None: online only, or no origin known
    regular: float
    cost: float
    penalty: float
    total: float = 0.0


def _fitting_schedules(query: _Query, offer: Offer) -> list[tuple[Schedule, list[ByDay]]]:
    """The offer's schedules with the BYDAY entries that fall in the citizen's free time (all
    of them when the citizen gave no times)."""
    found: list[tuple[Schedule, list[ByDay]]] = []
    for schedule in offer.schedules:
        if schedule.opens is None or schedule.closes is None:
            continue
        if not query.windows:
            if schedule.byday:
                found.append((schedule, list(schedule.byday)))
            continue
        days = [
            d
            for d in schedule.byday
            if any(
                schedule.opens >= start and schedule.closes <= end
                for start, end in query.windows.get(d.weekday, ())
            )
        ]
        if days:
            found.append((schedule, days))
    return found


def _nearness(query: _Query, places: tuple[tuple[float, float], ...]) -> tuple[float, float | None]:
    """(0..1 closeness, km) from where the citizen lives to the offer's nearest place."""
    if query.origin is None or not places:
        return VIRTUAL_NEAR, None
    lat, lon = query.origin
    km = min(_km(lat, lon, a, b) for a, b in places)
    return math.exp(-km / NEAR_KM), km


def _score(query: _Query, index: OfferIndex, i: int, interest: _Interest) -> _Parts:
    offer = index.offers[i]
    position = index.profile_of[i]
    profile = index.profiles[position]
    coverage, focus = interest.coverage[position], interest.focus[position]
    # Soft wishes and needs.
    soft = 0.0
    if query.soft:
        matched = sum(w * _soft_match(c, offer, profile) for c, w in query.soft.items())
        soft = matched / (sum(query.soft.values()) + SOFT_DAMPING)
    penalty = 0.0
    if query.rejected:
        penalty += P_REJECTED * max(profile.direct.get(c, 0.0) for c in query.rejected)
    if "target:sorg" in offer.codes and "target:sorg" not in query.soft:
        penalty += P_NOT_BEREAVED
    if "target:paaroerende" in offer.codes and not (
        query.soft.keys() & {"target:paaroerende", "need:demensvenlig", "need:ekstra-stoette"}
    ):
        penalty += P_NOT_RELATIVE
    if any(not (query.soft.keys() & SPECIALISED[c]) for c in profile.specialised):
        penalty += P_SPECIALISED
    near, km = _nearness(query, index.places[i])
    if query.windows:
        per_month = sum(s.sessions_per_month(days) for s, days in _fitting_schedules(query, offer))
        regular = min(1.0, per_month / 4.0)
    else:
        regular = index.regular_max[i]
    cost = index.cost_score[i]
    parts = _Parts(coverage, focus, soft, near, km, regular, cost, penalty)
    parts.total = (
        interest.part[position]
        + W_SOFT * soft
        + W_NEAR * near
        + W_REGULAR * regular
        + W_COST * cost
        - penalty
    )
    return parts


# ---------------------------------------------------------------------------------------------
# Reasons
# ---------------------------------------------------------------------------------------------
def _clock(minutes: int) -> str:
    """Danish clock: 10 → "10", 9:30 → "9.30"."""
    hours, rest = divmod(minutes, 60)
    return f"{hours}" if not rest else f"{hours}.{rest:02d}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _ordinal(n: int) -> str:
    return "sidste" if n == -1 else "næstsidste" if n == -2 else ORDINALS.get(n, f"{n}.")


def _when(schedule: Schedule, days: list[ByDay]) -> str:
    """ "Tirsdag og torsdag kl. 10–12", "Første torsdag i måneden kl. 14–15.30"."""
    clock = f"kl. {_clock(schedule.opens or 0)}–{_clock(schedule.closes or 0)}"
    every = f"hver {_ordinal(schedule.interval)} " if 1 < schedule.interval <= 5 else ""
    weekly = [DAY_NAMES[d.weekday] for d in days if d.ordinal is None]
    monthly = [f"{_ordinal(d.ordinal)} {DAY_NAMES[d.weekday]}" for d in days if d.ordinal]
    parts: list[str] = []
    if weekly:
        parts.append(every + _join(weekly))
    if monthly:
        parts.append(_join(monthly) + (f" {every}måned" if every else " i måneden"))
    text = " og ".join(parts)
    return f"{text[:1].upper()}{text[1:]} {clock}"


def _km_text(km: float) -> str:
    if km < 0.1:
        return "Under 100 m"
    if km < 10:
        return f"{km:.1f}".replace(".", ",") + " km"
    return f"{round(km)} km"


def _kr(amount: float) -> str:
    """Danish amounts: 1200 → "1.200", 12.5 → "12,50"."""
    if abs(amount - round(amount)) < 0.005:
        return f"{round(amount):,}".replace(",", ".")
    return f"{amount:.2f}".replace(".", ",")


def _quote(words: str, text: str) -> str:
    """The citizen's words as they wrote them ("e boks" → "e-Boks") when they can be found."""
    tokens = words.split()
    if tokens:
        pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, tokens)) + r"(?!\w)"
        found = re.search(pattern, text, re.IGNORECASE)
        if found:
            words = found.group()
            if found.start() == 0 or text[: found.start()].rstrip().endswith((".", "!", "?")):
                words = words[:1].lower() + words[1:]  # only a sentence start made it capital
    return f"„{words}“"


def _reasons(query: _Query, offer: Offer, profile: _Profile, parts: _Parts) -> list[str]:
    reasons: list[str] = []
    # 1. What they said, in their own words, strongest contribution first.
    if not query.defaulted:
        contributions = sorted(
            (
                (weight * profile.strength.get(c, 0.0), c)
                for c, weight in query.wants.items()
                if profile.strength.get(c, 0.0) >= 0.45 and weight >= 0.15
            ),
            reverse=True,
        )
        quoted: set[str] = set()
        for n, (_, concept) in enumerate(contributions):
            # One reason for the main thing; a second only for another clear wish.
            if len(reasons) >= 2 or (n and query.said.get(concept, 0.0) < SECOND_REASON_MIN):
                break
            source = profile.via.get(concept)
            gives = INTEREST_PHRASES[source or concept]
            if source is None:
                tail = f"her er der {gives}"
            elif concept == "cafe":
                tail = "her mødes man med andre"
            else:
                tail = f"{gives} giver også {INTEREST_PHRASES[concept]}"
            said = [w for w in query.words.get(concept, []) if w not in quoted]
            if concept in query.from_interests and not said:
                reasons.append(
                    f"Du er interesseret i {INTEREST_PHRASES[concept]}"
                    + ("" if source is None else f" – {tail}")
                )
            elif said:
                quoted.add(said[0])
                reasons.append(f"Du nævnte {_quote(said[0], query.citizen.wishes)} – {tail}")
    # 2. When.
    fitting = _fitting_schedules(query, offer)
    if fitting:
        schedule, days = max(fitting, key=lambda sd: sd[0].sessions_per_month(sd[1]))
        when = _when(schedule, days)
        reasons.append(f"{when} passer med dine tider" if query.windows else when)
    # 3. Where.
    if parts.km is not None:
        reasons.append(f"{_km_text(parts.km)} fra {query.origin_label}")
    elif offer.locations and not offer.physical_locations:
        reasons.append("Online – du kan være med hjemmefra")
    # 4. Access and soft wishes the citizen has.
    codes = offer.codes
    for need in HARD_NEEDS:
        if f"need:{need}" in query.soft and f"access:{need}" in codes:
            reasons.append(ACCESS_REASONS[need])
    if (
        "need:gangbesvaeret" in query.soft
        and "need:koerestol" not in query.soft
        and profile.text_soft.get("need:gangbesvaeret", 0.0) >= 0.5
    ):
        reasons.append("Tilrettelagt, så man kan være med, selvom benene driller")
    elif (
        "need:gangbesvaeret" in query.soft
        and "need:koerestol" not in query.soft
        and "access:koerestol" in codes
    ):
        reasons.append("Kørestolsvenligt – nemt at komme rundt")
    for wish in SOFT_NEEDS:
        if f"wish:{wish}" in query.soft and f"access:{wish}" in codes:
            reasons.append(ACCESS_REASONS[wish])
    gender = query.citizen.gender
    if "target:maend" in codes and (gender == "mand" or "target:maend" in query.soft):
        reasons.append("For mænd")
    if "target:kvinder" in codes and (gender == "kvinde" or "target:kvinder" in query.soft):
        reasons.append("For kvinder")
    if "target:sorg" in query.soft and "target:sorg" in codes:
        reasons.append("For dig, der har mistet en af dine nærmeste")
    if "target:paaroerende" in query.soft and "target:paaroerende" in codes:
        reasons.append("For pårørende")
    # 5. Price.
    if offer.cheapest_cost <= 0:
        reasons.append("Gratis")
    else:
        note = f" {offer.cost_note}" if 0 < len(offer.cost_note) <= 24 else ""
        reasons.append(f"{_kr(offer.cheapest_cost)} kr.{note}")
    return list(dict.fromkeys(reasons))


def _relaxed_label(query: _Query, offer: Offer, rule: str) -> str:
    citizen = query.citizen
    if rule == "full":
        return "Fuldt lige nu – spørg om venteliste"
    if rule == "time":
        return "Ligger uden for de tider, du har opgivet"
    if rule == "cost":
        return (
            f"Koster {_kr(offer.cheapest_cost)} kr. – mere end dine "
            f"{_kr(citizen.max_cost_kr or 0)} kr."
        )
    if rule == "distance":
        km = _nearest_km(citizen, offer) or 0.0
        return f"{_km_text(km)} væk – længere end dine {_kr(citizen.max_distance_km or 0)} km"
    return rule


# ---------------------------------------------------------------------------------------------
# Ranking
# ---------------------------------------------------------------------------------------------
RELAXABLE = frozenset({"full", "time", "distance", "cost"})
RELAXED_MIN_SCORE = 0.45  # a near miss is worth mentioning only if it fits them well
RELAXED_DISTANCE_FACTOR, RELAXED_DISTANCE_EXTRA_KM = 1.5, 2.0
RELAXED_COST_FACTOR, RELAXED_COST_EXTRA_KR = 1.5, 25.0
RELAXED_MIN_COVERAGE = 0.5


def _candidates(index: OfferIndex, query: _Query, relaxed: bool) -> tuple[list[int], list[int]]:
    """(offers that keep every hard rule, near misses that bend exactly one relaxable rule).

    Cheap checks first; the distance limit through the grid, so only offers near the citizen
    are looked at. The result is checked against ``hard_rule_violations`` by the tests."""
    citizen = query.citizen
    need_mask = 0
    for need in citizen.needs:
        need_mask |= _ACCESS_BITS.get(need, 0)
    offers = index.offers
    limit = citizen.max_distance_km
    origin = (citizen.latitude, citizen.longitude) if citizen.has_location else None
    reach: float | None = None  # how far a near miss may be
    pool: Iterable[int]
    if limit is not None and origin is not None:
        reach = limit * RELAXED_DISTANCE_FACTOR + RELAXED_DISTANCE_EXTRA_KM if relaxed else limit
        pool = [*index.near(origin[0], origin[1], reach), *index.exempt]
    else:
        pool = index.active
    age = citizen.age
    max_cost = citizen.max_cost_kr
    blocked = {"kvinde": "target:maend", "mand": "target:kvinder"}.get(citizen.gender or "")
    windows = query.windows
    places, unplaced, slots = index.places, index.unplaced, index.slots
    masks, full = index.need_mask, index.full
    passed: list[int] = []
    near_miss: list[int] = []
    for i in pool:
        # Rules that are never bent come first.
        if masks[i] & need_mask != need_mask:
            continue
        offer = offers[i]
        if age is not None and (
            (offer.minimum_age is not None and age < offer.minimum_age)
            or (offer.maximum_age is not None and age > offer.maximum_age)
        ):
            continue
        if blocked is not None and blocked in offer.codes:
            continue
        bent = full[i]
        if max_cost is not None and offer.cheapest_cost > max_cost:
            if offer.cheapest_cost > max_cost * RELAXED_COST_FACTOR + RELAXED_COST_EXTRA_KR:
                continue
            bent += 1
        if reach is not None and origin is not None and (places[i] or unplaced[i]):
            nearest = (
                math.inf
                if unplaced[i]
                else min(_km(origin[0], origin[1], lat, lon) for lat, lon in places[i])
            )
            if nearest > limit + DISTANCE_TOLERANCE_KM:  # type: ignore[operator]
                if nearest > reach:
                    continue
                bent += 1
        if bent > 1 or (bent and not relaxed):
            continue
        if windows and not any(
            opens >= start and closes <= end
            for day, opens, closes in slots[i]
            for start, end in windows.get(day, ())
        ):
            bent += 1
        if bent == 0:
            passed.append(i)
        elif bent == 1 and relaxed:
            near_miss.append(i)
    return passed, near_miss


def _top(
    index: OfferIndex, query: _Query, pool: list[int], top: int, interest: _Interest
) -> list[tuple[float, int, _Parts]]:
    """The best ``top`` of pool by full score, ties to the smaller id.

    An upper bound per offer (its exact interest part and cost, the most it could get for the
    rest) orders the pool; offers are scored fully only while their bound can still beat the
    current top. With nothing that varies beyond the bound, that stops right after the top."""
    if top <= 0 or not pool:
        return []
    profile_of, part = index.profile_of, interest.part
    cost, regular_max = index.cost_score, index.regular_max
    beyond = (W_SOFT if query.soft else 0.0) + (W_NEAR if query.origin else W_NEAR * VIRTUAL_NEAR)
    bounds = sorted(
        (
            (part[profile_of[i]] + W_COST * cost[i] + W_REGULAR * regular_max[i] + beyond, i)
            for i in pool
        ),
        key=lambda b: -b[0],
    )
    offers = index.offers
    best: list[tuple[float, _Desc, int, _Parts]] = []  # a min-heap: the weakest on top
    for bound, i in bounds:
        if len(best) >= top and bound < best[0][0]:
            break
        if query.origin is not None and len(best) >= top:
            # A tighter bound with the real distance, before the full work.
            near, _ = _nearness(query, index.places[i])
            if bound - W_NEAR * (1.0 - near) < best[0][0]:
                continue
        parts = _score(query, index, i, interest)
        entry = (parts.total, _Desc(offers[i].id), i, parts)
        if len(best) < top:
            heapq.heappush(best, entry)
        elif (entry[0], entry[1]) > (best[0][0], best[0][1]):
            heapq.heapreplace(best, entry)
    ordered = sorted(best, key=lambda e: (-e[0], offers[e[2]].id))
    return [(score, i, parts) for score, _, i, parts in ordered]


@functools.total_ordering
class _Desc:
    """An id that sorts backwards: in the min-heap of the best offers, the one with the larger
    id is dropped first on equal scores, so ties go to the smaller id (deterministic)."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.value == other.value

    def __lt__(self, other: _Desc) -> bool:
        return self.value > other.value

    def __hash__(self) -> int:
        return hash(self.value)


def _match(
    query: _Query, index: OfferIndex, score: float, i: int, parts: _Parts, broken: tuple[str, ...]
) -> Match:
    offer = index.offers[i]
    profile = index.profiles[index.profile_of[i]]
    return Match(
        service_id=offer.id,
        name=offer.name,
        score=score,
        reasons=tuple(_reasons(query, offer, profile, parts)),
        broken=broken,
    )


def propose(
    citizen: Citizen, offers: Sequence[Offer] | OfferIndex, top: int = 10, relaxed: int = 3
) -> Proposal:
    """Matches (every hard rule holds), best first, at most ``top``; and, separately, up to
    ``relaxed`` near misses that break exactly one of the rules a link worker may discuss
    (full, time, distance, cost; never needs, age, gender or an inactive offer), only when
    they fit well and better than the weakest match shown."""
    index = OfferIndex.for_offers(offers)
    query = _query(citizen)
    interest = _interest(index, query)
    passed, near_miss = _candidates(index, query, relaxed > 0)
    chosen = _top(index, query, passed, top, interest)
    matches = tuple(_match(query, index, s, i, p, ()) for s, i, p in chosen)
    near: list[Match] = []
    if relaxed > 0 and near_miss and not query.defaulted:
        floor = chosen[-1][0] if len(chosen) >= top else -math.inf
        coverage, profile_of = interest.coverage, index.profile_of
        pool = [i for i in near_miss if coverage[profile_of[i]] >= RELAXED_MIN_COVERAGE]
        for score, i, parts in _top(index, query, pool, relaxed, interest):
            if score <= floor or score < RELAXED_MIN_SCORE:
                continue
            broken = hard_rule_violations(citizen, index.offers[i])
            if len(broken) == 1 and broken[0] in RELAXABLE:  # never anything else
                label = _relaxed_label(query, index.offers[i], broken[0])
                near.append(_match(query, index, score, i, parts, (label,)))
    return Proposal(citizen, matches, tuple(near))


def rank(citizen: Citizen, offers: Sequence[Offer] | OfferIndex, top: int = 10) -> list[Match]:
    """The offers that keep every hard rule for this citizen, best first, at most ``top``."""
    return list(propose(citizen, offers, top=top, relaxed=0).matches)
