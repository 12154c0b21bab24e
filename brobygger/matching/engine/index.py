"""The index of a directory: every offer analysed once, posting lists, need masks, a grid."""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from .model import HARD_NEEDS, Offer
from .profile import Profile, offer_profile
from .rules import EARTH_RADIUS_KM
from .weights import COST_HALF_KR

_CELL = 0.1  # degrees; about 11 × 6 km in Denmark
_KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180
ACCESS_BITS = {need: 1 << n for n, need in enumerate(HARD_NEEDS)}


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
        self.profiles: list[Profile] = []  # distinct profiles
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
            profile = offer_profile(offer)
            position = positions.get(id(profile))
            if position is None:
                position = positions[id(profile)] = len(self.profiles)
                self.profiles.append(profile)
            self.profile_of[i] = position
            mask = 0
            for need, bit in ACCESS_BITS.items():
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
