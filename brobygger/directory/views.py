"""Public directory pages and the owners' pages for keeping offers current."""

from collections.abc import Iterable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import reselect, reswap, retarget
from django_htmx.middleware import HtmxDetails

from brobygger.accounts.models import User
from brobygger.lib.concurrency import StaleEdit
from brobygger.lib.paging import CappedPaginator
from brobygger.lib.validation import local_path, parse_id

from . import actions, services
from . import calendar as offer_calendar
from .forms import OfferForm, PauseForm, PauseFormSet, ScheduleForm, ScheduleFormSet, SearchForm
from .models import Location, Offer, Organisation, Term
from .schedules import offer_next_occurrences, paused_until
from .search import OfferQuery, search_offers, understand

PAGE_SIZE = 20


class HtmxHttpRequest(HttpRequest):
    """A request as django-htmx's middleware leaves every one (typed as its docs show)."""

    htmx: HtmxDetails


def _signed_in(request: HttpRequest) -> User:
    """The account behind a ``login_required`` view, as a ``User`` (else 404, as for
    anything a visitor may not see)."""
    user = request.user
    if not isinstance(user, User):
        raise Http404
    return user


def _with_details(qs: QuerySet[Offer]) -> QuerySet[Offer]:
    return qs.prefetch_related(
        Prefetch("terms", queryset=Term.objects.select_related("taxonomy")),
        "schedules",
        "pauses",
    )


def _query_from(form: SearchForm) -> OfferQuery:
    data = form.cleaned_data if form.is_valid() else {}
    max_km = float(data["afstand"]) if data.get("afstand") else None
    return OfferQuery(
        text=data.get("q", ""),
        interests=data.get("interesse", []),
        access=data.get("adgang", []),
        area=data.get("omraade", ""),
        point=form.postal_point if form.is_valid() else None,
        max_km=max_km,
        weekdays=data.get("dag", []),
        periods=data.get("tid", []),
        free_only=data.get("gratis", False),
        places_only=data.get("ledige", False),
        sort=data.get("sorter") or "relevance",
    )


def search(request: HtmxHttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    searched = bool(request.GET)
    offer_query = _query_from(form) if searched else OfferQuery()
    read = understand(offer_query.text)
    if searched and not form.is_valid():
        results = Offer.objects.none()
    else:
        results = search_offers(offer_query, read)
    page = CappedPaginator(_with_details(results), PAGE_SIZE).get_page(request.GET.get("side"))
    query_string = request.GET.copy()
    query_string.pop("side", None)
    corrected = query_string.copy()
    corrected["q"] = read.suggestion
    today = timezone.localdate()
    context = {
        "form": form,
        "error_forms": [form] if form.errors else [],
        "page": page,
        # Each offer on the page with the last day of the pause it is in (None: it meets).
        "rows": [(offer, paused_until(offer.pauses.all(), today)) for offer in page.object_list],
        "today": today,
        "searched": searched,
        "query_string": query_string.urlencode(),
        # "Mente du …?": the text with its typing errors corrected (search used it already).
        "suggestion": read.suggestion,
        "suggestion_query": corrected.urlencode(),
        "map_points": _map_points(page.object_list),
        "map_tile_url": settings.MAP_TILE_URL,
        "map_attribution": settings.MAP_TILE_ATTRIBUTION,
        "now": timezone.now(),
    }
    if request.htmx and not form.errors:
        return render(request, "directory/_results.html", context)
    response = render(request, "directory/search.html", context)
    if request.htmx:
        # Errors belong next to their fields: replace the whole page content, not the list.
        response = reselect(
            retarget(reswap(response, "outerHTML"), "#main-content"), "#main-content"
        )
    return response


def _map_points(offers: Iterable[Offer]) -> list[dict[str, object]]:
    points: list[dict[str, object]] = []
    for offer in offers:
        loc = offer.location
        if loc is not None and loc.latitude is not None:
            points.append(
                {
                    "lat": loc.latitude,
                    "lon": loc.longitude,
                    "title": offer.title,
                    "url": offer_url(offer),
                    "place": loc.name,
                }
            )
    return points


def offer_url(offer: Offer) -> str:
    from django.urls import reverse

    return reverse("directory:offer", args=[offer.pk])


def offer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    offer = get_object_or_404(
        _with_details(
            services.public_offers().select_related(
                "organisation", "location", "location__postal_code"
            )
        ),
        pk=pk,
    )
    today = timezone.localdate()
    pauses = list(offer.pauses.all())
    upcoming = offer_next_occurrences(offer, timezone.now(), 6)
    contacts = offer.organisation.contacts.all()
    return render(
        request,
        "directory/offer_detail.html",
        {
            "offer": offer,
            "upcoming": upcoming,
            "today": today,
            "paused_until": paused_until(pauses, today),
            "pauses": [p for p in pauses if p.every_year or p.ends_on >= today],
            "contacts": contacts,
            "map_points": _map_points([offer]),
            "map_tile_url": settings.MAP_TILE_URL,
            "map_attribution": settings.MAP_TILE_ATTRIBUTION,
        },
    )


def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation, pk=pk)
    offers = _with_details(
        services.public_offers()
        .filter(organisation=organisation)
        .select_related("location", "location__postal_code", "organisation")
    )
    return render(
        request,
        "directory/organisation_detail.html",
        {"organisation": organisation, "offers": offers, "contacts": organisation.contacts.all()},
    )


def offer_ics(request: HttpRequest, pk: int) -> HttpResponse:
    offer = get_object_or_404(
        _with_details(
            services.public_offers().select_related(
                "organisation", "location", "location__postal_code"
            )
        ),
        pk=pk,
    )
    return _ics_response(
        offer_calendar.calendar_for([offer], request, offer.title), f"tilbud-{offer.pk}.ics"
    )


MAX_FEED_OFFERS = 200


def search_ics(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    if request.GET and not form.is_valid():
        return HttpResponseBadRequest(
            _("Søgningen kunne ikke forstås."), content_type="text/plain; charset=utf-8"
        )
    offers = _with_details(search_offers(_query_from(form)))[:MAX_FEED_OFFERS]
    name = _("Fællesskaber i %(m)s") % {"m": settings.MUNICIPALITY_NAME}
    return _ics_response(offer_calendar.calendar_for(list(offers), request, name), "soegning.ics")


def _ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_POST
def text_size(request: HttpRequest) -> HttpResponse:
    """Toggle large text; a cookie, so it works without JavaScript."""
    target = local_path(request.POST.get("next") or "", request.get_host()) or "/"
    response = redirect(target)
    if request.COOKIES.get("tekst") == "stor":
        response.delete_cookie("tekst")
    else:
        response.set_cookie(
            "tekst",
            "stor",
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=settings.HTTPS,
            httponly=True,
        )
    return response


# Owners' pages -----------------------------------------------------------------------------


@login_required
def my_offers(request: HttpRequest) -> HttpResponse:
    user = _signed_in(request)
    offers = (
        services.editable_offers(user)
        .select_related("organisation", "location")
        .order_by("last_confirmed_at", "title")
    )
    show = request.GET.get("vis", "")
    if show == "forældede":
        offers = offers.filter(last_confirmed_at__lt=services.stale_cutoff())
    if not user.edits_whole_directory and not offers.exists() and not show:
        messages.info(request, _("Du er ikke kontakt for nogen tilbud endnu."))
    page = Paginator(offers, 50).get_page(request.GET.get("side"))
    return render(
        request,
        "directory/my_offers.html",
        {
            "page": page,
            "show": show,
            "stale_cutoff": services.stale_cutoff(),
            "stale_days": settings.STALE_AFTER_DAYS,
            "stale_count": services.editable_offers(user)
            .filter(last_confirmed_at__lt=services.stale_cutoff())
            .exclude(status="ended")
            .count(),
        },
    )


def _locations() -> QuerySet[Location]:
    # Places are public and shared (a library hosts many associations): anyone may pick one.
    return Location.objects.select_related("postal_code").order_by("name")


@login_required
def edit_offer(request: HttpRequest, pk: int) -> HttpResponse:
    offer = services.get_offer_for_edit(_signed_in(request), pk)
    return _offer_page(request, offer, _("Tilbuddet er gemt og markeret som opdateret."))


@login_required
def new_offer(request: HttpRequest) -> HttpResponse:
    organisations = _owned_organisations(_signed_in(request))
    org_id = parse_id(request.GET.get("organisation") or request.POST.get("organisation"))
    organisation = (
        organisations.filter(pk=org_id).first()
        if org_id
        else (organisations.first() if organisations.count() == 1 else None)
    )
    if organisation is None:
        return render(
            request, "directory/choose_organisation.html", {"organisations": organisations}
        )
    return _offer_page(request, Offer(organisation=organisation), _("Tilbuddet er oprettet."))


def _offer_page(request: HttpRequest, offer: Offer, success: str) -> HttpResponse:
    """The owner's form for one offer with its meeting times and pauses."""
    locations = _locations()
    if request.method == "POST":
        form = OfferForm(request.POST, locations=locations)
        times = ScheduleFormSet(request.POST, prefix="tider")
        pauses = PauseFormSet(request.POST, prefix="pauser")
        if form.is_valid() and times.is_valid() and pauses.is_valid():
            try:
                actions.save_offer(
                    offer,
                    form.cleaned_data,
                    times.rules(),
                    pauses.periods(),
                    acting_user=_signed_in(request),
                    expected_version=form.cleaned_data["version"],
                )
            except StaleEdit as problem:
                form.refuse_stale(problem)
            else:
                messages.success(request, success)
                return redirect("directory:my_offers")
    elif offer.pk:
        form = OfferForm(initial=OfferForm.initial_for(offer), locations=locations)
        times = ScheduleFormSet(
            prefix="tider", initial=[ScheduleForm.initial_for(s) for s in offer.schedules.all()]
        )
        pauses = PauseFormSet(
            prefix="pauser", initial=[PauseForm.initial_for(p) for p in offer.pauses.all()]
        )
    else:
        form = OfferForm(
            initial={"status": "active", "has_places": True, "version": 1}, locations=locations
        )
        times = ScheduleFormSet(prefix="tider")
        pauses = PauseFormSet(prefix="pauser")
    has_errors = bool(form.errors or times.total_error_count() or pauses.total_error_count())
    return render(
        request,
        "directory/offer_form.html",
        {
            "offer": offer,
            "form": form,
            "formset": times,
            "pauses": pauses,
            "organisation": offer.organisation if not offer.pk else None,
            "has_errors": has_errors,
            "error_forms": [form, *times.forms, *pauses.forms],
            "extra_errors": list(times.non_form_errors()) + list(pauses.non_form_errors()),
        },
    )


def _owned_organisations(user: User) -> QuerySet[Organisation]:
    if user.edits_whole_directory:
        return Organisation.objects.all()
    return Organisation.objects.filter(
        role_assignments__user=user, role_assignments__role="association_contact"
    ).distinct()


@login_required
@require_POST
def confirm_offer(request: HttpRequest, pk: int) -> HttpResponse:
    user = _signed_in(request)
    offer = services.get_offer_for_edit(user, pk)
    actions.confirm_offer(offer, acting_user=user)
    messages.success(
        request, _("Tak! “%(title)s” er markeret som opdateret.") % {"title": offer.title}
    )
    return redirect("directory:my_offers")
