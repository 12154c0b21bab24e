"""Public search over the directory: free text (Danish stemming and synonyms), filters, distance.

PostgreSQL searches a stored ``tsvector`` built with the Danish configuration (see migration
0002); SQLite, for the demo and quick tests, matches the same expanded terms as substrings of
the stored search document. Both get the same words from ``brobygger.danish``.
"""

import math
import re
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When
from django.db.models.expressions import CombinedExpression, OrderBy, RawSQL
from django.db.models.functions import ACos, Cos, Greatest, Least, Radians, Sin

from brobygger import danish
from brobygger.areas.services import EARTH_RADIUS_KM

from .models import Offer, OfferStatus

SAFE_TERM = re.compile(r"^[0-9a-zæøåéü]+$")
MAX_QUERY_WORDS = 12


@dataclass
class OfferQuery:
    text: str = ""
    interests: list[str] = field(default_factory=list)  # term codes, e.g. "interest:sang"
    access: list[str] = field(default_factory=list)  # term codes, e.g. "access:koerestol"
    area: str = ""  # local area slug
    point: tuple[float, float] | None = None  # where "distance" is measured from
    max_km: float | None = None
    weekdays: list[str] = field(default_factory=list)  # "MO".."SU"
    periods: list[str] = field(default_factory=list)  # morning / afternoon / evening
    free_only: bool = False
    places_only: bool = False
    include_inactive: bool = False
    sort: str = "relevance"  # relevance / distance / title


@dataclass(frozen=True)
class TextQuery:
    """Free text as search terms: every word must match (via one of its alternatives), or
    the document carries a concept that the whole query evokes ("spille kort" → cards)."""

    groups: list[list[str]]
    phrase_tags: list[str]
    # The stems of the words as typed: only these match as prefixes ("strik" → "strikker");
    # synonyms and tags match whole indexed terms, which keeps the GIN index selective.
    typed_stems: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.groups or self.phrase_tags)


def parse_text(text: str) -> TextQuery:
    words = danish.tokenize(text)[:MAX_QUERY_WORDS]
    groups = []
    for word in words:
        alternatives = [t for t in danish.expand_query(word) if SAFE_TERM.match(t)]
        if alternatives:
            groups.append(sorted(set(alternatives)))
    tags: list[str] = []
    if len(words) > 1:
        tags = sorted(
            {t for t in danish.expand_query(" ".join(words)) if _is_tag(t) and SAFE_TERM.match(t)}
        )
    return TextQuery(groups, tags, frozenset(danish.stem(w) for w in words))


def _is_tag(term: str) -> bool:
    return term.startswith("kp") and term.endswith("kp") and len(term) > 4


def build_document(*texts: str) -> str:
    """The stored search document: words, stems, compound parts and concept tags, each
    preceded by a space so a term can be matched at the start of a word."""
    text = " ".join(t for t in texts if t)
    return " " + " ".join([*danish.tokenize(text), *danish.document_terms(text)]) + " "


def _ts_term(term: str, typed_stems: frozenset[str]) -> str:
    return f"{term}:*" if term in typed_stems else term


def _text_filter(qs: QuerySet[Offer], query: TextQuery) -> QuerySet[Offer]:
    if connection.vendor == "postgresql":
        words = " & ".join(
            "(" + " | ".join(_ts_term(term, query.typed_stems) for term in group) + ")"
            for group in query.groups
        )
        tags = " | ".join(query.phrase_tags)
        tsquery = " | ".join(f"({part})" for part in (words, tags) if part)
        ts_rank = RawSQL(
            "ts_rank(directory_offer.search_vector, to_tsquery('danish', %s))", (tsquery,)
        )
        # extra() is untyped in the stubs; it keeps the queryset's model.
        matching: QuerySet[Offer] = qs.extra(
            where=["directory_offer.search_vector @@ to_tsquery('danish', %s)"],
            params=[tsquery],
        )
        return matching.annotate(rank=ts_rank)
    # Without PostgreSQL's ranking, a word found in the title or summary counts most.
    condition = Q()
    rank: Any = Value(0.0, output_field=FloatField())
    for group in query.groups:
        alternatives, in_title, in_summary = Q(), Q(), Q()
        for term in group:
            alternatives |= Q(search_document__contains=f" {term}")
            in_title |= Q(title__icontains=term)
            in_summary |= Q(summary__icontains=term)
        condition &= alternatives
        rank = rank + Case(
            When(in_title, then=Value(1.0)), default=Value(0.0), output_field=FloatField()
        )
        rank = rank + Case(
            When(in_summary, then=Value(0.5)), default=Value(0.0), output_field=FloatField()
        )
    for tag in query.phrase_tags:
        condition |= Q(search_document__contains=f" {tag} ")
    return qs.filter(condition).annotate(rank=rank)


def _offers_with_terms(codes: list[str]) -> QuerySet[Any]:
    """Offer ids carrying any of these terms, straight from the link table (term ids are
    looked up first, so the database walks one small index instead of joining 100,000
    offers)."""
    from .models import Term

    term_ids = list(Term.objects.filter(code__in=codes).values_list("id", flat=True))
    return Offer.terms.through.objects.filter(term_id__in=term_ids).values("offer_id")


def distance_expression(lat: float, lon: float) -> CombinedExpression:
    """Great-circle distance in km from (lat, lon) to the offer's location, in the database."""
    lat_r, lon_r = Radians(Value(lat)), Radians(Value(lon))
    loc_lat, loc_lon = Radians(F("location__latitude")), Radians(F("location__longitude"))
    cosine = Sin(lat_r) * Sin(loc_lat) + Cos(lat_r) * Cos(loc_lat) * Cos(loc_lon - lon_r)
    # Clamp: rounding can push the cosine just past 1 for the same point.
    return ACos(Greatest(Least(cosine, Value(1.0)), Value(-1.0))) * Value(EARTH_RADIUS_KM)


def search_offers(query: OfferQuery) -> QuerySet[Offer]:
    qs = Offer.objects.select_related("organisation", "location", "location__postal_code")
    if not query.include_inactive:
        qs = qs.filter(status=OfferStatus.ACTIVE)
    if query.interests:
        # Several interests mean any of them (a citizen who likes song or music).
        qs = qs.filter(pk__in=_offers_with_terms(query.interests))
    for code in query.access:
        qs = qs.filter(pk__in=_offers_with_terms([code]))
    if query.area:
        qs = qs.filter(location__postal_code__area_link__local_area__slug=query.area)
    if query.weekdays or query.periods:
        from .models import Schedule

        schedules = Schedule.objects.all()
        if query.weekdays:
            day_q = Q()
            for day in query.weekdays:
                day_q |= Q(byday__contains=day)
            schedules = schedules.filter(day_q)
        if query.periods:
            from datetime import time

            period_q = Q()
            bounds = {
                "morning": (time(0), time(12)),
                "afternoon": (time(12), time(17)),
                "evening": (time(17), time(23, 59, 59)),
            }
            for period in query.periods:
                low, high = bounds[period]
                period_q |= Q(opens_at__gte=low, opens_at__lt=high)
            schedules = schedules.filter(period_q)
        qs = qs.filter(pk__in=schedules.values("offer_id"))
    if query.free_only:
        qs = qs.filter(Q(price_kr__isnull=True) | Q(price_kr=0))
    if query.places_only:
        qs = qs.filter(has_places=True)
    text = parse_text(query.text)
    if text:
        qs = _text_filter(qs, text)
    if query.point:
        qs = qs.annotate(distance=distance_expression(*query.point))
        if query.max_km is not None:
            # A bounding box first (it can use the index), then the exact distance.
            lat, lon = query.point
            dlat = query.max_km / 111.0
            dlon = query.max_km / (111.0 * max(0.01, math.cos(math.radians(lat))))
            qs = qs.filter(
                location__latitude__range=(lat - dlat, lat + dlat),
                location__longitude__range=(lon - dlon, lon + dlon),
                distance__lte=query.max_km,
            )
    order: list[str | OrderBy] = ["title", "pk"]
    if query.sort == "distance" and query.point:
        order = [F("distance").asc(nulls_last=True), "title", "pk"]
    elif query.sort == "relevance" and text:
        order = ["-rank", "title", "pk"]
    elif query.sort == "relevance" and query.point:
        order = [F("distance").asc(nulls_last=True), "title", "pk"]
    return qs.order_by(*order)
