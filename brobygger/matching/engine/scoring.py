"""Scoring: how well each offer that keeps the rules fits the query."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .index import OfferIndex
from .model import ByDay, Offer, Schedule
from .profile import Profile
from .query import Query
from .rules import great_circle_km
from .weights import (
    NEAR_KM,
    P_NOT_BEREAVED,
    P_NOT_RELATIVE,
    P_REJECTED,
    P_SPECIALISED,
    SOFT_DAMPING,
    SPECIALISED,
    VIRTUAL_NEAR,
    W_COST,
    W_COVERAGE,
    W_FOCUS,
    W_NEAR,
    W_REGULAR,
    W_SOFT,
)


@dataclass(slots=True)
class Interest:
    """Per distinct profile of the index: how well it fits this query."""

    coverage: list[float]  # 0..1: how much of what the citizen wants the offer gives
    focus: list[float]  # 0..1: how much of what the offer is about the citizen wants
    part: list[float]  # their weighted sum, the bulk of the score


def interest_fit(index: OfferIndex, query: Query) -> Interest:
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
    return Interest(coverage, focus, part)


def _soft_match(concept: str, offer: Offer, profile: Profile) -> float:
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
class Parts:
    coverage: float
    focus: float
    soft: float
    near: float
    km: float | None  # None: online only, or no origin known
    regular: float
    cost: float
    penalty: float
    total: float = 0.0


def fitting_schedules(query: Query, offer: Offer) -> list[tuple[Schedule, list[ByDay]]]:
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


def nearness(query: Query, places: tuple[tuple[float, float], ...]) -> tuple[float, float | None]:
    """(0..1 closeness, km) from where the citizen lives to the offer's nearest place."""
    if query.origin is None or not places:
        return VIRTUAL_NEAR, None
    lat, lon = query.origin
    km = min(great_circle_km(lat, lon, a, b) for a, b in places)
    return math.exp(-km / NEAR_KM), km


def score_offer(query: Query, index: OfferIndex, i: int, interest: Interest) -> Parts:
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
    near, km = nearness(query, index.places[i])
    if query.windows:
        per_month = sum(s.sessions_per_month(days) for s, days in fitting_schedules(query, offer))
        regular = min(1.0, per_month / 4.0)
    else:
        regular = index.regular_max[i]
    cost = index.cost_score[i]
    parts = Parts(coverage, focus, soft, near, km, regular, cost, penalty)
    parts.total = (
        interest.part[position]
        + W_SOFT * soft
        + W_NEAR * near
        + W_REGULAR * regular
        + W_COST * cost
        - penalty
    )
    return parts
