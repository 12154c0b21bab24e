"""The hard rules of the contract: an offer that breaks one is not a match, whatever its score.

They mirror ``tools/score_matching.py`` exactly (string-compared ``HH:MM`` times, the same
great-circle formula and tolerance, "no cost option = free" …).
"""

from __future__ import annotations

import math

from .model import HARD_NEEDS, Citizen, Offer

EARTH_RADIUS_KM = 6371.0088  # the mean radius score_matching.py uses
DISTANCE_TOLERANCE_KM = 1e-6  # ditto: a limit of exactly 3 km admits 3.0000004 km


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance, computed exactly as the reference scorer does (same formula and
    order of operations), so a limit right at the edge is judged the same way."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def nearest_km(citizen: Citizen, offer: Offer) -> float | None:
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
            d = great_circle_km(citizen.latitude, citizen.longitude, loc.latitude, loc.longitude)
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
        nearest = nearest_km(citizen, offer)
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
