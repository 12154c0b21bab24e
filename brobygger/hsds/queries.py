"""What the HSDS endpoints list: query parameters → filtered, prefetched, paged querysets.

Every parameter is checked here and a bad one raises ``BadParameter`` (the view answers 400),
so no input can reach the database unparsed. Filters are cumulative (AND), as HSDS requires.
"""

import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.directory.models import (
    Location,
    Offer,
    OfferStatus,
    Organisation,
    Pause,
    Schedule,
    Taxonomy,
    Term,
)
from brobygger.directory.search import OfferQuery, search_offers
from brobygger.lib.timezones import aware_local_lenient
from brobygger.lib.validation import EARLIEST_DATE, LATEST_DATE

from .serializers import FULL_CODE, STATUS_TO_HSDS
from .wording import shown

DEFAULT_PER_PAGE = 25
MAX_PER_PAGE = 100
MAX_SEARCH_LENGTH = 200
POSTCODE_RE = re.compile(r"[0-9]{4}")
HSDS_STATUSES = ("active", "inactive", "defunct", "temporarily closed")
# Ended offers are history, not something to join: hidden unless asked for with ?status=.
DEFAULT_STATUSES = ("active", "inactive", "temporarily closed")
OUR_STATUS = {hsds: ours for ours, hsds in STATUS_TO_HSDS.items()}


class BadParameter(ValueError):
    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.message = message


# Parsing ----------------------------------------------------------------------------------


def _values(params: QueryDict, name: str) -> list[str]:
    """Repeated (?a=1&a=2) and comma-separated (?a=1,2) values alike, blanks dropped."""
    return [
        part.strip() for value in params.getlist(name) for part in value.split(",") if part.strip()
    ]


def _single(params: QueryDict, name: str) -> str:
    values = params.getlist(name)
    if len(values) > 1:
        raise BadParameter(name, _("%(name)s må kun angives én gang.") % {"name": name})
    return values[0].strip() if values else ""


def _whole_number(params: QueryDict, name: str, default: int, low: int, high: int) -> int:
    raw = _single(params, name)
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit() or not low <= int(raw) <= high:
        values = {"name": name, "low": low, "high": high, "value": shown(raw)}
        if high < 10**9:
            message = _(
                "%(name)s skal være et helt tal mellem %(low)s og %(high)s, ikke »%(value)s«."
            )
        else:
            message = _("%(name)s skal være et helt tal på mindst %(low)s, ikke »%(value)s«.")
        raise BadParameter(name, message % values)
    return int(raw)


def parse_uuid(raw: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(raw)
    except ValueError:
        return None


def _uuids(params: QueryDict, name: str) -> list[uuid.UUID]:
    found = []
    for raw in _values(params, name):
        value = parse_uuid(raw)
        if value is None:
            raise BadParameter(
                name,
                _("%(name)s skal være et UUID, ikke »%(value)s«.")
                % {"name": name, "value": shown(raw)},
            )
        found.append(value)
    return found


def _boolean(params: QueryDict, name: str) -> bool:
    raw = _single(params, name).lower()
    if raw in ("", "false", "0", "no"):
        return False
    if raw in ("true", "1", "yes"):
        return True
    raise BadParameter(
        name,
        _("%(name)s skal være true eller false, ikke »%(value)s«.")
        % {"name": name, "value": shown(raw)},
    )


def parse_moment(raw: str) -> datetime | None:
    """An ISO 8601 date or date-time from 1900 to 2100; naive values are local
    (Europe/Copenhagen) time. None when it is not one."""
    # An unescaped "+" in a query string arrives as a space: "…T10:00:00 01:00".
    text = raw.strip().replace(" ", "+") if "T" in raw else raw.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    # Year 1 or 9999 overflows when converted to UTC for the database; nobody means it.
    if not EARLIEST_DATE.year <= moment.year <= LATEST_DATE.year:
        return None
    if len(text) == 10:  # a plain date means from the start of that day
        moment = datetime.combine(date.fromisoformat(text), time.min)
    if timezone.is_naive(moment):
        moment = aware_local_lenient(moment.date(), moment.time())
    return moment


def _moment(params: QueryDict, name: str) -> datetime | None:
    raw = _single(params, name)
    if not raw:
        return None
    moment = parse_moment(raw)
    if moment is None:
        raise BadParameter(
            name,
            _(
                "%(name)s skal være en dato eller et tidspunkt i ISO 8601-form mellem år "
                "%(first)s og %(last)s, for eksempel 2026-03-01 eller "
                "2026-03-01T12:00:00+01:00, ikke »%(value)s«."
            )
            % {
                "name": name,
                "first": EARLIEST_DATE.year,
                "last": LATEST_DATE.year,
                "value": shown(raw),
            },
        )
    return moment


def _search(params: QueryDict) -> str:
    text = _single(params, "search")
    if len(text) > MAX_SEARCH_LENGTH:
        raise BadParameter(
            "search",
            _("search må højst være på %(max)s tegn. Søg på færre ord.")
            % {"max": MAX_SEARCH_LENGTH},
        )
    return text


def check_common(params: QueryDict) -> None:
    """What every endpoint checks: text the database can take, and the one format offered."""
    for name, values in params.lists():
        if any("\x00" in value for value in values):
            # PostgreSQL cannot store or compare NUL characters; say so instead of failing.
            raise BadParameter(
                name,
                _("%(name)s indeholder et NUL-tegn, som ikke kan bruges. Fjern det.")
                % {"name": name},
            )
    value = _single(params, "format")
    if value not in ("", "json"):
        raise BadParameter(
            "format",
            _(
                "Kun format=json understøttes, ikke format=%(value)s. Udelad format, "
                "eller brug json."
            )
            % {"value": shown(value)},
        )


# Pages ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageRequest:
    number: int
    per_page: int


def page_request(params: QueryDict) -> PageRequest:
    return PageRequest(
        number=_whole_number(params, "page", 1, 1, 10**9),
        per_page=_whole_number(params, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
    )


def paginate(
    qs: QuerySet[Any], request: PageRequest, render: Callable[[Any], dict[str, Any]]
) -> dict[str, Any]:
    """The HSDS ``Page`` header around ``contents``; a page past the end is just empty."""
    total = qs.count()
    start = (request.number - 1) * request.per_page
    contents = (
        [render(item) for item in qs[start : start + request.per_page]] if start < total else []
    )
    total_pages = max(1, math.ceil(total / request.per_page))
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": request.number,
        "size": len(contents),
        "first_page": request.number == 1,
        "last_page": request.number >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


# Services ---------------------------------------------------------------------------------


def with_full_details(qs: QuerySet[Offer]) -> QuerySet[Offer]:
    """Everything ``serializers.service_full`` reads, in a fixed number of queries."""
    return qs.select_related(
        "organisation",
        "location__organisation",
        "location__postal_code__municipality",
    ).prefetch_related(
        Prefetch("terms", queryset=Term.objects.select_related("taxonomy")),
        Prefetch("schedules", queryset=Schedule.objects.order_by("pk")),
        Prefetch("pauses", queryset=Pause.objects.order_by("starts_on", "pk")),
    )


def _statuses(params: QueryDict) -> list[str]:
    wanted = _values(params, "status")
    if wanted == ["all"]:
        return list(HSDS_STATUSES)
    for value in wanted:
        if value not in HSDS_STATUSES:
            choices = ", ".join([*HSDS_STATUSES, "all"])
            raise BadParameter(
                "status",
                _("status skal være en af %(choices)s, ikke »%(value)s«.")
                % {"choices": choices, "value": shown(value)},
            )
    return wanted or list(DEFAULT_STATUSES)


def _resolve_terms(params: QueryDict) -> list[Term] | None:
    """The terms asked for by id or code; None when one of them does not exist."""
    ids = _uuids(params, "taxonomy_term_id")
    codes = _values(params, "taxonomy_term")
    if not ids and not codes:
        return []
    terms = list(Term.objects.filter(Q(hsds_id__in=ids) | Q(code__in=codes)))
    found_ids = {t.hsds_id for t in terms}
    found_codes = {t.code for t in terms}
    if any(i not in found_ids for i in ids) or any(c not in found_codes for c in codes):
        return None
    return terms


def filter_offers(params: QueryDict) -> QuerySet[Offer]:
    """Services matching every given filter, in a stable order (relevance first if searched)."""
    text = _search(params)
    statuses = [OUR_STATUS[s] for s in _statuses(params) if s in OUR_STATUS]
    terms = _resolve_terms(params)
    taxonomy_ids = _uuids(params, "taxonomy_id")
    organization_ids = _uuids(params, "organization_id")
    postcodes = _values(params, "postcode")
    for code in postcodes:
        if not POSTCODE_RE.fullmatch(code):
            raise BadParameter(
                "postcode",
                _("postcode skal være et dansk postnummer på fire cifre, ikke »%(value)s«.")
                % {"value": shown(code)},
            )
    modified_after = _moment(params, "modified_after")

    if text:
        # The directory's own search: Danish stems, compounds and synonyms.
        qs = search_offers(OfferQuery(text=text, include_inactive=True))
    else:
        qs = Offer.objects.order_by("title", "pk")
    qs = qs.filter(status__in=statuses)
    if terms is None:
        return qs.none()
    for term in terms:
        if term.code == FULL_CODE:  # published from has_places, see serializers
            qs = qs.filter(has_places=False)
        else:
            qs = qs.filter(pk__in=Offer.objects.filter(terms=term).values("pk"))
    for taxonomy_id in taxonomy_ids:
        qs = qs.filter(
            pk__in=Offer.objects.filter(terms__taxonomy__hsds_id=taxonomy_id).values("pk")
        )
    if organization_ids:
        qs = qs.filter(organisation__hsds_id__in=organization_ids)
    if postcodes:
        qs = qs.filter(location__postal_code_id__in=postcodes)
    if modified_after is not None:
        # last_modified covers the organiser and the place too, so the filter does as well.
        qs = qs.filter(
            Q(updated_at__gte=modified_after)
            | Q(organisation__updated_at__gte=modified_after)
            | Q(location__updated_at__gte=modified_after)
        )
    return qs


def services(params: QueryDict) -> tuple[QuerySet[Offer], bool]:
    """The services list and whether to render full services (``?full=true``)."""
    full = _boolean(params, "full")
    qs = filter_offers(params)
    return (with_full_details(qs) if full else qs.select_related("organisation", "location")), full


def service_at_locations(params: QueryDict) -> tuple[QuerySet[Offer], bool]:
    full = _boolean(params, "full")
    qs = filter_offers(params).filter(location__isnull=False)
    if full:
        return with_full_details(qs), full
    return qs.select_related("organisation", "location__organisation"), full


def find_offer_at_location(sal_id: uuid.UUID) -> Offer | None:
    """service_at_location ids are derived, not stored: find the pair that produces it."""
    from .serializers import service_at_location_id

    pairs = Offer.objects.filter(location__isnull=False).values_list(
        "pk", "hsds_id", "location__hsds_id"
    )
    for pk, offer_id, location_id in pairs.iterator():
        if service_at_location_id(offer_id, location_id) == str(sal_id):
            return with_full_details(Offer.objects.filter(pk=pk)).first()
    return None


# Organisations and vocabulary -------------------------------------------------------------


def public_offers_prefetch() -> "Prefetch[str, QuerySet[Offer], str]":
    return Prefetch(
        "offers",
        to_attr="listed_offers",
        queryset=Offer.objects.exclude(status=OfferStatus.ENDED)
        .select_related("organisation", "location")
        .order_by("title", "pk"),
    )


def listed_offers(org: Organisation) -> list[Offer]:
    """The organisation's public offers, as public_offers_prefetch() left them on it."""
    offers: list[Offer] = vars(org)["listed_offers"]
    return offers


def with_organisation_details(qs: QuerySet[Organisation]) -> QuerySet[Organisation]:
    return qs.prefetch_related(
        "contacts",
        Prefetch(
            "locations",
            queryset=Location.objects.select_related(
                "organisation", "postal_code__municipality"
            ).order_by("name", "pk"),
        ),
        public_offers_prefetch(),
    )


def organisations(params: QueryDict) -> tuple[QuerySet[Organisation], bool]:
    full = _boolean(params, "full")
    text = _search(params)
    modified_after = _moment(params, "modified_after")
    qs = Organisation.objects.order_by("name", "pk")
    if text:
        qs = qs.filter(Q(name__icontains=text) | Q(description__icontains=text))
    if modified_after is not None:
        qs = qs.filter(updated_at__gte=modified_after)
    return (with_organisation_details(qs) if full else qs), full


def taxonomies(params: QueryDict) -> QuerySet[Taxonomy]:
    text = _search(params)
    qs = Taxonomy.objects.order_by("slug", "pk")
    if text:
        qs = qs.filter(
            Q(name__icontains=text) | Q(slug__icontains=text) | Q(description__icontains=text)
        )
    return qs


def taxonomy_terms(params: QueryDict) -> QuerySet[Term]:
    text = _search(params)
    taxonomy_ids = _uuids(params, "taxonomy_id")
    slugs = _values(params, "taxonomy")
    parent_ids = _uuids(params, "parent_id")
    _boolean(params, "top_only")  # every term is top-level: nothing to leave out
    qs = Term.objects.select_related("taxonomy").order_by("taxonomy__slug", "position", "pk")
    if text:
        qs = qs.filter(
            Q(name__icontains=text) | Q(code__icontains=text) | Q(description__icontains=text)
        )
    if taxonomy_ids:
        qs = qs.filter(taxonomy__hsds_id__in=taxonomy_ids)
    if slugs:
        qs = qs.filter(taxonomy__slug__in=slugs)
    if parent_ids:  # the vocabulary is flat, so no term has a parent
        qs = qs.none()
    return qs
