"""Proposals for a case: the directory ranked by the matching engine for this citizen.

The engine (brobygger.matching) works on HSDS service objects and a citizen object, the same
shapes as the `brobygger match` contract, so the web app and the contract rank identically.
"""

import threading
from dataclasses import dataclass

from django.db.models import Count, Max

from brobygger.areas.services import postal_code_point
from brobygger.directory.models import Location, Offer, OfferStatus
from brobygger.hsds.queries import with_full_details
from brobygger.hsds.serializers import Context, service_full
from brobygger.matching.engine import (
    MatchInputError,
    OfferIndex,
    citizen_from_json,
    from_hsds,
    rank,
)

from .models import Case


@dataclass(frozen=True)
class Proposal:
    offer: Offer
    score: float
    reasons: list[str]


def citizen_for(case: Case) -> dict[str, object]:
    """The case in the citizen shape of docs/matching.md: the words the citizen used, the
    needs and times the link worker recorded."""
    citizen = case.citizen
    texts = [c.wishes for c in case.conversations.all()]
    texts += [r.interests_text for r in case.referrals.all()]
    texts.append(case.goals)
    data: dict[str, object] = {
        "id": str(case.pk),
        "wishes": " ".join(t for t in texts if t),
        "needs": [*case.needs, *case.wishes_support],
    }
    if citizen.age() is not None:
        data["age"] = citizen.age()
    if citizen.gender in {"kvinde", "mand"}:
        data["gender"] = citizen.gender
    if citizen.postal_code_id:
        data["postal_code"] = citizen.postal_code_id
        point = postal_code_point(citizen.postal_code_id)
        if point:
            data["location"] = {"latitude": point[0], "longitude": point[1]}
    if case.max_distance_km and "location" in data:
        data["max_distance_km"] = case.max_distance_km
    if case.max_cost_kr is not None:
        data["max_cost_kr"] = case.max_cost_kr
    if case.available:
        data["available"] = case.available
    return data


_lock = threading.Lock()
_index: tuple[tuple[object, ...], OfferIndex, dict[str, Offer]] | None = None


def _directory() -> tuple[OfferIndex, dict[str, Offer]]:
    """One analysed index per version of the directory, shared by the request threads: the
    per-offer language analysis is the expensive part, and offers change rarely."""
    global _index
    active = Offer.objects.filter(status=OfferStatus.ACTIVE)
    version = (
        *active.aggregate(n=Count("pk"), changed=Max("updated_at")).values(),
        Location.objects.aggregate(moved=Max("updated_at"))["moved"],
    )
    with _lock:
        if _index is not None and _index[0] == version:
            return _index[1], _index[2]
        offers = {str(o.hsds_id): o for o in with_full_details(active)}
        ctx = Context()
        services = []
        for offer in offers.values():
            try:
                services.append(from_hsds(service_full(offer, ctx)))
            except MatchInputError:
                continue  # an offer the engine cannot read is left out, not a crash
        _index = (version, OfferIndex(services), offers)
        return _index[1], _index[2]


def proposals_for(case: Case, top: int = 10) -> list[Proposal]:
    index, offers = _directory()
    matches = rank(citizen_from_json(citizen_for(case)), index, top=top)
    return [Proposal(offers[m.service_id], m.score, list(m.reasons)) for m in matches]
