"""Reading the contract's JSON: HSDS services into ``Offer`` objects, citizens into ``Citizen``.

Bad input raises ``MatchInputError`` with the JSON pointer of the place and a Danish message.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from .model import WEEKDAYS, ByDay, Citizen, Location, Offer, Schedule, Window


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
