"""Ranking: candidates by the hard rules (cheap checks first), the best by full score, and
separately labelled near misses.
"""

from __future__ import annotations

import functools
import heapq
import math
from collections.abc import Iterable, Sequence

from .index import ACCESS_BITS, OfferIndex
from .model import Citizen, Match, Offer, Proposal
from .query import Query, make_query
from .reasons import reasons_for, relaxed_label
from .rules import DISTANCE_TOLERANCE_KM, great_circle_km, hard_rule_violations
from .scoring import Interest, Parts, interest_fit, nearness, score_offer
from .weights import VIRTUAL_NEAR, W_COST, W_NEAR, W_REGULAR, W_SOFT

RELAXABLE = frozenset({"full", "time", "distance", "cost"})
RELAXED_MIN_SCORE = 0.45  # a near miss is worth mentioning only if it fits them well
RELAXED_DISTANCE_FACTOR, RELAXED_DISTANCE_EXTRA_KM = 1.5, 2.0
RELAXED_COST_FACTOR, RELAXED_COST_EXTRA_KR = 1.5, 25.0
RELAXED_MIN_COVERAGE = 0.5


def _candidates(index: OfferIndex, query: Query, relaxed: bool) -> tuple[list[int], list[int]]:
    """(offers that keep every hard rule, near misses that bend exactly one relaxable rule).

    Cheap checks first; the distance limit through the grid, so only offers near the citizen
    are looked at. The result is checked against ``hard_rule_violations`` by the tests."""
    citizen = query.citizen
    need_mask = 0
    for need in citizen.needs:
        need_mask |= ACCESS_BITS.get(need, 0)
    offers = index.offers
    limit = citizen.max_distance_km
    origin: tuple[float, float] | None = None
    if citizen.latitude is not None and citizen.longitude is not None:  # has_location
        origin = (citizen.latitude, citizen.longitude)
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
        if (
            reach is not None
            and limit is not None
            and origin is not None
            and (places[i] or unplaced[i])
        ):
            nearest = (
                math.inf
                if unplaced[i]
                else min(great_circle_km(origin[0], origin[1], lat, lon) for lat, lon in places[i])
            )
            if nearest > limit + DISTANCE_TOLERANCE_KM:
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
    index: OfferIndex, query: Query, pool: list[int], top: int, interest: Interest
) -> list[tuple[float, int, Parts]]:
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
    best: list[tuple[float, _Desc, int, Parts]] = []  # a min-heap: the weakest on top
    for bound, i in bounds:
        if len(best) >= top and bound < best[0][0]:
            break
        if query.origin is not None and len(best) >= top:
            # A tighter bound with the real distance, before the full work.
            near, _ = nearness(query, index.places[i])
            if bound - W_NEAR * (1.0 - near) < best[0][0]:
                continue
        parts = score_offer(query, index, i, interest)
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
    query: Query, index: OfferIndex, score: float, i: int, parts: Parts, broken: tuple[str, ...]
) -> Match:
    offer = index.offers[i]
    profile = index.profiles[index.profile_of[i]]
    return Match(
        service_id=offer.id,
        name=offer.name,
        score=score,
        reasons=tuple(reasons_for(query, offer, profile, parts)),
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
    query = make_query(citizen)
    interest = interest_fit(index, query)
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
                label = relaxed_label(query, index.offers[i], broken[0])
                near.append(_match(query, index, score, i, parts, (label,)))
    return Proposal(citizen, matches, tuple(near))


def rank(citizen: Citizen, offers: Sequence[Offer] | OfferIndex, top: int = 10) -> list[Match]:
    """The offers that keep every hard rule for this citizen, best first, at most ``top``."""
    return list(propose(citizen, offers, top=top, relaxed=0).matches)
