"""Error pages: Danish, in the site's layout, with the municipality's phone number; JSON
(``{"detail": "…"}``) under ``/api/``.

The 500 and 503 pages are rendered without the request's context processors: the log-in
state, the messages and the menu's role checks all read the database, and these pages must
appear exactly when the database is gone. A database that cannot be reached gives the calm
503 page (``unavailable``) with ``Retry-After``, whether the failure surfaced in a view
(``middleware.DatabaseOutageMiddleware``) or anywhere else (``server_error``).
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.html import format_html
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"
# What a lost or overloaded database raises through Django (connection refused, server gone,
# too many connections, a lock that timed out): all of them pass, so "try again" is honest.
DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 60

# The last resort when even the 500 template cannot be rendered.
BARE_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>{heading}</title></head><body><h1>{heading}</h1><p>{text}</p></body></html>"""


def site_details() -> dict[str, str]:
    """The municipality's name, logo and contact details (no database needed)."""
    return {
        "municipality_name": settings.MUNICIPALITY_NAME,
        "municipality_logo": settings.MUNICIPALITY_LOGO,
        "municipality_phone": settings.MUNICIPALITY_PHONE,
        "municipality_email": settings.MUNICIPALITY_EMAIL,
    }


def is_api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _in_place(request: HttpRequest, status: int) -> HttpResponse:
    """For a section of a page sent with htmx: a notice that ``drafts.js`` puts above the
    form, which keeps the text typed (htmx swaps nothing on an error)."""
    if request.method == "POST":
        heading = _("Det kunne ikke gemmes lige nu")
        text = _("Din tekst står stadig i formularen. Prøv at gemme igen om et par minutter.")
    else:
        heading = _("Det kunne ikke hentes lige nu")
        text = _("Prøv igen om et par minutter.")
    call = _("Haster det, så ring til %(name)s på %(phone)s.") % {
        "name": settings.MUNICIPALITY_NAME,
        "phone": settings.MUNICIPALITY_PHONE,
    }
    notice = format_html(
        '<div class="alert alert-error mt-5" role="alert" tabindex="-1" data-save-failed>'
        '<div class="alert-body"><p class="alert-heading">{}</p><p class="alert-text">{} {}'
        "</p></div></div>",
        heading,
        text,
        call,
    )
    return HttpResponse(notice, status=status)


def _json(status: int, detail: str) -> JsonResponse:
    return JsonResponse(
        {"detail": detail}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def _page(
    request: HttpRequest, template: str, status: int, extra: dict[str, object] | None = None
) -> HttpResponse:
    # With the request: the page shows who is logged in, like every other page. If that
    # needs a database that is gone, the exception ends in ``server_error`` → 503.
    return render(request, template, {"status": status, **(extra or {})}, status=status)


def _standalone(template: str, status: int, extra: dict[str, object] | None = None) -> str:
    """A page rendered with no request and no context processors: nothing reads the DB."""
    return loader.get_template(template).render(
        {**site_details(), "status": status, **(extra or {})}
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if is_api(request):
        return _json(400, _("Forespørgslen kunne ikke forstås. Tjek parametrene."))
    return _page(request, "400.html", 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if is_api(request):
        return _json(403, _("Du har ikke adgang til dette."))
    return _page(request, "403.html", 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if is_api(request):
        return _json(404, _("Adressen findes ikke."))
    return _page(request, "404.html", 404)


def too_many_requests(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """allauth's rate limits (password links, log-in attempts) answer through this."""
    if is_api(request):
        return _json(429, _("For mange forespørgsler. Vent lidt, og prøv igen."))
    return _page(request, "429.html", 429)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Django's CSRF failure view: usually a form kept open past a new log-in. The text
    typed is kept in the browser (``drafts.js``), so the page says to go back and resend."""
    if is_api(request):
        return _json(403, _("Formularen kunne ikke godkendes. Hent siden igen."))
    return _page(request, "403.html", 403, {"csrf_failed": True})


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's ``handler500``: called while the exception is being handled."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_DOWN):
        return unavailable(request)
    if is_api(request):
        return _json(500, _("Der skete en fejl hos os. Prøv igen om lidt."))
    if is_htmx(request):
        return _in_place(request, 500)
    return _render_or_bare("500.html", 500)


def unavailable(request: HttpRequest) -> HttpResponse:
    """The database cannot be reached: a calm 503 that says the text typed is not lost."""
    logger.error("Database unavailable: %s %s", request.method, request.path, exc_info=True)
    if is_api(request):
        response: HttpResponse = _json(
            503, _("Tjenesten er midlertidigt utilgængelig. Prøv igen om lidt.")
        )
    elif is_htmx(request):
        response = _in_place(request, 503)
    else:
        response = _render_or_bare("503.html", 503, {"was_post": request.method == "POST"})
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _render_or_bare(
    template: str, status: int, extra: dict[str, object] | None = None
) -> HttpResponse:
    try:
        body = _standalone(template, status, extra)
    except Exception:  # a broken template must not turn the error page itself into a crash
        logger.exception("Could not render %s", template)
        body = format_html(
            BARE_PAGE,
            heading=_("Der skete en fejl"),
            text=_("Prøv igen om lidt. Haster det, så ring til %(name)s på %(phone)s.")
            % {"name": settings.MUNICIPALITY_NAME, "phone": settings.MUNICIPALITY_PHONE},
        )
    return HttpResponse(body, status=status)
