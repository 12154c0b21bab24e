"""The public, read-only HSDS 3 API: open data about the directory, for anyone.

Thin views: parameters and querysets come from ``queries``, shapes from ``serializers``.
Every answer is JSON, errors included, and may be read from any web origin.
"""

import functools
import hashlib
import uuid
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import quote_etag
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from brobygger.directory.models import Offer, Organisation, Taxonomy, Term

from . import queries
from . import serializers as hsds
from .wording import shown

CACHE_SECONDS = 300
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
View = Callable[..., HttpResponse]


def _respond(request: HttpRequest, data: Any, status: int = 200) -> HttpResponse:
    response = JsonResponse(
        data, status=status, safe=False, json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"  # open data: any site may read it
    response["Access-Control-Expose-Headers"] = "ETag"
    if status != 200:
        patch_cache_control(response, no_store=True)
        return response
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    patch_vary_headers(response, ["Accept-Encoding"])
    etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
    response["ETag"] = etag
    unchanged = get_conditional_response(request, etag=etag, response=response)
    if unchanged is not None and unchanged is not response:  # 304 Not Modified
        unchanged["Access-Control-Allow-Origin"] = "*"
        return unchanged
    return response


def _error(request: HttpRequest, status: int, message: str, **extra: str) -> HttpResponse:
    return _respond(request, {"status": status, "error": message, **extra}, status=status)


def _not_found(request: HttpRequest, kind: str, raw_id: str) -> HttpResponse:
    return _error(
        request,
        404,
        _("Der findes ingen %(kind)s med id »%(id)s«. Tjek, at id'et er skrevet rigtigt.")
        % {"kind": kind, "id": shown(raw_id)},
    )


def _preflight() -> HttpResponse:
    # Browsers ask first before a conditional GET (If-None-Match is not a "simple" header).
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
    response["Access-Control-Allow-Headers"] = "If-None-Match"
    response["Access-Control-Max-Age"] = "86400"
    return response


def api_view(view: View) -> View:
    """Read-only; a bad query parameter becomes a 400 JSON answer naming it."""

    # Nothing here changes state, so a stray POST gets the JSON 405, not a CSRF page.
    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "OPTIONS":
            return _preflight()
        if request.method not in ALLOWED_METHODS:
            response = _error(request, 405, _("Dette API kan kun læses, ikke ændres. Brug GET."))
            response["Allow"] = ", ".join(ALLOWED_METHODS)
            return response
        try:
            queries.check_common(request.GET)
            return view(request, *args, **kwargs)
        except queries.BadParameter as bad:
            return _error(request, 400, bad.message, parameter=bad.parameter)

    return wrapper


def _lookup(raw_id: str, lookup: Callable[[uuid.UUID], Any]) -> Any:
    value = queries.parse_uuid(raw_id)
    return lookup(value) if value is not None else None


@api_view
def root(request: HttpRequest) -> HttpResponse:
    return _respond(request, hsds.root(request))


@api_view
def services(request: HttpRequest) -> HttpResponse:
    page = queries.page_request(request.GET)
    qs, full = queries.services(request.GET)
    ctx = hsds.Context(request)
    render = hsds.service_full if full else hsds.service_list_item
    return _respond(request, queries.paginate(qs, page, lambda offer: render(offer, ctx)))


@api_view
def service(request: HttpRequest, id: str) -> HttpResponse:
    # Any status: a client that synced a service must be able to see that it ended.
    offer = _lookup(
        id, lambda v: queries.with_full_details(Offer.objects.filter(hsds_id=v)).first()
    )
    if offer is None:
        return _not_found(request, "service", id)
    return _respond(request, hsds.service_full(offer, hsds.Context(request)))


@api_view
def service_at_locations(request: HttpRequest) -> HttpResponse:
    page = queries.page_request(request.GET)
    qs, full = queries.service_at_locations(request.GET)
    ctx = hsds.Context(request)
    return _respond(
        request,
        queries.paginate(qs, page, lambda offer: hsds.service_at_location(offer, ctx, full=full)),
    )


@api_view
def service_at_location(request: HttpRequest, id: str) -> HttpResponse:
    offer = _lookup(id, queries.find_offer_at_location)
    if offer is None:
        return _not_found(request, "service_at_location", id)
    return _respond(request, hsds.service_at_location(offer, hsds.Context(request), full=True))


@api_view
def organizations(request: HttpRequest) -> HttpResponse:
    page = queries.page_request(request.GET)
    qs, full = queries.organisations(request.GET)
    ctx = hsds.Context(request)

    def render(org: Organisation) -> dict[str, Any]:
        if full:
            return hsds.organization_full(org, queries.listed_offers(org), ctx)
        return hsds.organization_list_item(org, ctx)

    return _respond(request, queries.paginate(qs, page, render))


@api_view
def organization(request: HttpRequest, id: str) -> HttpResponse:
    org = _lookup(
        id,
        lambda v: queries.with_organisation_details(Organisation.objects.filter(hsds_id=v)).first(),
    )
    if org is None:
        return _not_found(request, "organization", id)
    ctx = hsds.Context(request)
    return _respond(request, hsds.organization_full(org, queries.listed_offers(org), ctx))


@api_view
def taxonomies(request: HttpRequest) -> HttpResponse:
    page = queries.page_request(request.GET)
    return _respond(request, queries.paginate(queries.taxonomies(request.GET), page, hsds.taxonomy))


@api_view
def taxonomy(request: HttpRequest, id: str) -> HttpResponse:
    tax = _lookup(id, lambda v: Taxonomy.objects.filter(hsds_id=v).first())
    if tax is None:
        return _not_found(request, "taxonomy", id)
    return _respond(request, hsds.taxonomy(tax))


@api_view
def taxonomy_terms(request: HttpRequest) -> HttpResponse:
    page = queries.page_request(request.GET)
    return _respond(
        request,
        queries.paginate(
            queries.taxonomy_terms(request.GET),
            page,
            lambda term: hsds.taxonomy_term(term, detail=True),
        ),
    )


@api_view
def taxonomy_term(request: HttpRequest, id: str) -> HttpResponse:
    term = _lookup(id, lambda v: Term.objects.select_related("taxonomy").filter(hsds_id=v).first())
    if term is None:
        return _not_found(request, "taxonomy_term", id)
    return _respond(request, hsds.taxonomy_term(term, detail=True))
