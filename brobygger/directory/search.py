"""Public search over the directory: free text (Danish stemming and synonyms), filters, distance.

PostgreSQL searches a stored ``tsvector`` built with the Danish configuration (see migration
0002); SQLite, for the demo and quick tests, matches the same expanded terms as substrings of
the stored search document. Both get the same words from ``brobygger.danish``.
"""

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import Case, Exists, F, FloatField, OuterRef, Q, QuerySet, Value, When
from django.db.models.expressions import CombinedExpression, OrderBy, RawSQL
from django.db.models.functions import ACos, Cos, Greatest, Least, Radians, Sin

from brobygger import danish
from brobygger.areas.services import EARTH_RADIUS_KM
from brobygger.danish import spelling

from .freetext import NEAR_KM, Gazetteer, ReadText, Unit, read_text
from .models import Offer, OfferStatus

SAFE_TERM = re.compile(r"^[0-9a-zæøåéü]+$")
MIN_PREFIX = 4


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
    """Free text as search terms: every group must match (via one of its alternatives), or
    the document carries a concept that the whole query evokes ("spille kort" → cards).
    ``boosts`` rank first the offers that carry a taxonomy term the text asks for."""

    groups: list[list[str]]
    phrase_tags: list[str]
    # The stems of the words as typed: only these match as prefixes ("strik" → "strikker");
    # synonyms and tags match whole indexed terms, which keeps the GIN index selective.
    typed_stems: frozenset[str] = frozenset()
    # Every stem as typed (short ones too): ranked above what the words were expanded to.
    typed_terms: frozenset[str] = frozenset()
    boosts: tuple[tuple[str, float], ...] = ()  # (term token, weight)

    def __bool__(self) -> bool:
        return bool(self.groups or self.phrase_tags)


# A concept of the language module → the directory term that offers it ("need:gangbesvaeret",
# a walker, is met by step-free access).
_CONCEPT_TERMS: dict[str, tuple[tuple[str, float], ...]] = {
    **{code: ((f"interest:{code}", 1.0),) for code in danish.INTEREST_CODES},
    "need:koerestol": (("access:koerestol", 1.0),),
    "need:gangbesvaeret": (("access:koerestol", 1.0), ("access:ekstra-stoette", 0.5)),
    "need:teleslynge": (("access:teleslynge", 1.0),),
    "need:demensvenlig": (("access:demensvenlig", 1.0),),
    "need:ekstra-stoette": (("access:ekstra-stoette", 1.0),),
    "wish:foelgeven": (("access:foelgeven", 1.0),),
    "wish:transport": (("access:transport", 1.0),),
    "target:maend": (("target:maend", 1.0),),
    "target:kvinder": (("target:kvinder", 1.0),),
    "target:sorg": (("target:sorg", 1.0),),
    "target:paaroerende": (("target:paaroerende", 1.0),),
}


def term_token(code: str) -> str:
    """The search token an offer carrying a taxonomy term stores ("interest:sang" →
    "kpinterestsangkp"): a concept tag for the code, so text never produces it."""
    return danish.concept_tag(code)


def _unit_terms(unit: Unit) -> tuple[list[str], dict[str, float]]:
    """(search terms, term code → weight) for one thing the visitor asked for."""
    terms: list[str] = []
    codes: dict[str, float] = {}
    if unit.own:
        # A word of the search vocabulary means only what it is given: itself where listed
        # ("ensom"), not a misspelling ("kafe") nor the words of a phrase ("uden trapper").
        listed = {w for word in unit.words for w in danish.tokenize(word)}
        terms += [danish.stem(w) for w in danish.tokenize(unit.meant) if w in listed]
    else:
        terms += danish.expand_query(unit.meant)
        for concept, weight in danish.concepts(unit.meant).items():
            if weight >= danish.terms.QUERY_MIN_WEIGHT:
                for code, factor in _CONCEPT_TERMS.get(concept, ()):
                    codes[code] = max(codes.get(code, 0.0), weight * factor)
    for word in unit.words:
        terms += [danish.stem(w) for w in danish.tokenize(word)]
    for code, weight in unit.terms:
        codes[code] = max(codes.get(code, 0.0), weight)
    terms += [term_token(code) for code in codes]
    return terms, codes


def text_query(read: ReadText) -> TextQuery:
    groups = []
    typed: set[str] = set()
    codes: dict[str, float] = {}
    for unit in read.units:
        terms, unit_codes = _unit_terms(unit)
        alternatives = sorted({t for t in terms if SAFE_TERM.match(t)})
        if alternatives and alternatives not in groups:  # "synge i kor": one concept, once
            groups.append(alternatives)
            typed.update(t for t in map(danish.stem, danish.tokenize(unit.meant)) if t in terms)
        for code, weight in unit_codes.items():
            codes[code] = max(codes.get(code, 0.0), weight)
    tags: list[str] = []
    words = [unit.meant for unit in read.units if not unit.own]
    if len(words) > 1:
        tags = sorted(
            {t for t in danish.expand_query(" ".join(words)) if _is_tag(t) and SAFE_TERM.match(t)}
        )
    boosts = tuple(
        (term_token(code), weight)
        for code, weight in sorted(codes.items())
        if SAFE_TERM.match(term_token(code))
    )
    # Short stems would match too much as prefixes ("kor" → "kort").
    prefixes = frozenset(t for t in typed if len(t) >= MIN_PREFIX)
    return TextQuery(groups, tags, prefixes, frozenset(typed), boosts)


def _is_tag(term: str) -> bool:
    return term.startswith("kp") and term.endswith("kp") and len(term) > 4


def build_document(*texts: str, terms: Iterable[str] = ()) -> str:
    """The stored search document: words, stems, compound parts and concept tags, each
    preceded by a space so a term can be matched at the start of a word; then a token for
    each taxonomy term the offer carries (``term_token``)."""
    text = " ".join(t for t in texts if t)
    tokens = [*danish.tokenize(text), *danish.document_terms(text)]
    tokens += [term_token(code) for code in sorted(set(terms))]
    return " " + " ".join(tokens) + " "


def _ts_term(term: str, typed_stems: frozenset[str]) -> str:
    return f"{term}:*" if term in typed_stems else term


def _in_title(ts_term: str) -> str:
    """The tsquery term matching only in the title (weight A): "syng:*" → "syng:*A"."""
    return f"{ts_term}A" if ts_term.endswith(":*") else f"{ts_term}:A"


def _text_filter(qs: QuerySet[Offer], query: TextQuery) -> QuerySet[Offer]:
    if connection.vendor == "postgresql":
        words = " & ".join(
            "(" + " | ".join(_ts_term(term, query.typed_stems) for term in group) + ")"
            for group in query.groups
        )
        tags = " | ".join(query.phrase_tags)
        tsquery = " | ".join(f"({part})" for part in (words, tags) if part)
        typed = sorted(_ts_term(t, query.typed_stems) for t in query.typed_terms)
        title = sorted({_ts_term(t, query.typed_stems) for group in query.groups for t in group})
        # As on SQLite: any word in the title counts 1, a word as typed in the title 1 more
        # and anywhere 0.75 ("stavgang" before what it was expanded to), then the terms.
        checks: list[tuple[str, float]] = [(" | ".join(_in_title(t) for t in title), 1.0)]
        if typed:
            checks += [(" | ".join(_in_title(t) for t in typed), 1.0), (" | ".join(typed), 0.75)]
        checks += list(query.boosts)
        rank_sql = "ts_rank(directory_offer.search_vector, to_tsquery('danish', %s))"
        params: list[object] = [tsquery]
        for check, weight in checks:
            rank_sql += (
                " + CASE WHEN directory_offer.search_vector @@ to_tsquery('danish', %s)"
                " THEN %s ELSE 0 END"
            )
            params += [check, weight]
        # extra() is untyped in the stubs; it keeps the queryset's model.
        matching: QuerySet[Offer] = qs.extra(
            where=["directory_offer.search_vector @@ to_tsquery('danish', %s)"],
            params=[tsquery],
        )
        # The SQL is put together from the constant pieces above; every value is a parameter.
        ranking = RawSQL(rank_sql, params, output_field=FloatField())  # noqa: S611  # nosec B611
        return matching.annotate(rank=ranking)
    # Without PostgreSQL's ranking, a word found in the title or summary counts most, a word
    # as typed more than what it was expanded to.
    condition = Q()
    rank: Any = Value(0.0, output_field=FloatField())
    for group in query.groups:
        alternatives, in_title, in_summary, typed_in_title, typed_anywhere = Q(), Q(), Q(), Q(), Q()
        for term in group:
            # As on PostgreSQL, only the words as typed match as prefixes.
            end = "" if term in query.typed_stems else " "
            alternatives |= Q(search_document__contains=f" {term}{end}")
            in_title |= Q(title__icontains=term)
            in_summary |= Q(summary__icontains=term)
            if term in query.typed_terms:
                typed_in_title |= Q(title_document__contains=f" {term}{end}")
                typed_anywhere |= Q(search_document__contains=f" {term}{end}")
        condition &= alternatives
        rank = rank + _when(in_title, 1.0) + _when(in_summary, 0.5)
        if typed_in_title:
            rank = rank + _when(typed_in_title, 1.0) + _when(typed_anywhere, 0.75)
    for tag in query.phrase_tags:
        condition |= Q(search_document__contains=f" {tag} ")
    for token, weight in query.boosts:
        rank = rank + _when(Q(search_document__contains=f" {token} "), weight)
    return qs.filter(condition).annotate(rank=rank)


def _when(condition: Q, weight: float) -> Case:
    return Case(When(condition, then=Value(weight)), default=Value(0.0), output_field=FloatField())


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


def load_gazetteer() -> Gazetteer:
    """The places a search may name: towns where an offer meets, the local areas and the
    municipality itself (two small queries)."""
    from brobygger.areas.models import LocalArea, PostalCode

    from .models import Location

    towns = PostalCode.objects.filter(
        Exists(Location.objects.filter(postal_code=OuterRef("pk")))
    ).values_list("code", "name", "latitude", "longitude")
    areas = LocalArea.objects.values_list("slug", "name")
    return _gazetteer(tuple(towns), tuple(areas), settings.MUNICIPALITY_NAME)


@functools.lru_cache(maxsize=4)
def _gazetteer(
    towns: tuple[tuple[str, str, float | None, float | None], ...],
    areas: tuple[tuple[str, str], ...],
    municipality: str,
) -> Gazetteer:
    # The same places as last time (nearly always): the names are not spelt out again.
    return Gazetteer.build(towns, areas, municipality)


def understand(text: str) -> ReadText:
    """A visitor's free text, read with the directory's places (no query for empty text)."""
    words = danish.tokenize(text)
    if not words:
        return ReadText(text)
    if all(spelling.in_vocabulary(w) for w in words):
        # Only words of the lexicon ("synge", "gåtur"): no place to look up.
        return read_text(text)
    return read_text(text, load_gazetteer())


def search_offers(query: OfferQuery, read: ReadText | None = None) -> QuerySet[Offer]:
    """The offers for a search, best first. ``read`` is ``understand(query.text)`` when the
    caller needs it too (the page shows its corrections)."""
    if read is None:
        read = understand(query.text)
    qs = Offer.objects.select_related("organisation", "location", "location__postal_code")
    place = read.place
    if place is not None and not query.area and query.point is None:
        # A place in the text narrows the search unless the form already names one.
        if read.near and place.point is not None:
            query = replace(query, point=place.point, max_km=NEAR_KM)
        elif place.area:
            query = replace(query, area=place.area)
        elif place.postal_codes:
            qs = qs.filter(location__postal_code_id__in=place.postal_codes)
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
    text = text_query(read)
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
