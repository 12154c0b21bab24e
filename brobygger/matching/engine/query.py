"""A query: what the citizen wants, understood once (interests, wishes, needs, place, times)."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from brobygger import danish
from brobygger.danish import ALREADY_FACTOR, already_clauses, extra_concepts, without_inability

from .model import HARD_NEEDS, INTERESTS, SOFT_NEEDS, Citizen
from .weights import DEFAULT_WANTS, FOCUS_CAFE_FLOOR, RELATED, SOFT_PREFIXES, WANT_POWER


@dataclass(slots=True)
class Query:
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
    path = Path(__file__).resolve().parents[2] / "areas" / "data" / "postal_codes.csv"
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


def make_query(citizen: Citizen) -> Query:
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
    return Query(
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
