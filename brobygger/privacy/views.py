"""The rights pages: a citizen's consents, export and anonymisation (reached from the case),
and a volunteer's export and anonymisation (reached from the volunteer's page).

Thin views: access helper → form → action → redirect. Every page view and export writes its
audit event; withdrawals and anonymisations are audited by their actions.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from brobygger.accounts.models import User
from brobygger.audit.log import record_event
from brobygger.referrals.access import visible_cases
from brobygger.referrals.models import Citizen, ConsentKind
from brobygger.referrals.states import OPEN_STATES
from brobygger.volunteers.models import Volunteer

from . import actions, events, export
from . import notice as notice_sections
from .access import get_citizen_for, get_volunteer_for, may_erase_citizen
from .consents import standings
from .forms import AnonymiseForm, WithdrawConsentForm
from .models import erasure_of


def _user(request: HttpRequest) -> User:
    # Every view here is behind login_required: the user is a logged-in account (an
    # anonymous visitor reaches this only through a view without it, and gets 404).
    user = request.user
    if not isinstance(user, User):
        raise Http404
    return user


@require_GET
def notice(request: HttpRequest) -> HttpResponse:
    """The privacy notice the public forms link to: public, one section per purpose."""
    return render(
        request,
        "privacy/notice.html",
        {
            "sections": notice_sections.SECTIONS,
            "dpo_email": settings.DPO_EMAIL,
            "dpo_phone": settings.DPO_PHONE,
        },
    )


# Citizens -----------------------------------------------------------------------------------


@login_required
@require_GET
def citizen(request: HttpRequest, pk: int) -> HttpResponse:
    return _citizen_page(request, get_citizen_for(_user(request), pk))


@login_required
@require_POST
def withdraw_consent(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_citizen_for(_user(request), pk)
    form = WithdrawConsentForm(request.POST, auto_id=_consent_ids(request.POST.get("kind", "")))
    if form.is_valid():
        kind = form.cleaned_data["kind"]
        consent = actions.withdraw_consent(
            person, kind=kind, how=form.cleaned_data["how"], acting_user=_user(request)
        )
        if consent is None:
            messages.info(request, _("Samtykket var allerede trukket tilbage."))
        else:
            messages.success(
                request,
                _("Samtykket “%(kind)s” er trukket tilbage.") % {"kind": ConsentKind(kind).label},
            )
        return redirect(f"{reverse('privacy:citizen', args=[person.pk])}#samtykker")
    return _citizen_page(request, person, withdraw_form=form)


@login_required
@require_POST
def anonymise_citizen(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_citizen_for(_user(request), pk)
    form = AnonymiseForm(request.POST)
    if form.is_valid():
        try:
            actions.anonymise_citizen(
                person, acting_user=_user(request), reason=form.cleaned_data["reason"]
            )
        except ValidationError as problem:
            form.add_error(None, problem)
        else:
            messages.success(request, _("Borgeren er anonymiseret."))
            return redirect("privacy:citizen", pk=person.pk)
    return _citizen_page(request, person, anonymise_form=form)


@login_required
@require_GET
def citizen_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """Art. 15: everything about the citizen, as a PDF to read or JSON to keep."""
    person = get_citizen_for(_user(request), pk)
    document = export.build_citizen(person, made_by=_user(request))
    response = _download(document, fmt, f"indsigt-borger-{person.pk}")
    record_event(
        events.CITIZEN_EXPORTED,
        user=_user(request),
        obj=person,
        request=request,
        data=_export_data(document, fmt),
        purpose=_("Indsigt (art. 15)"),
    )
    return response


def _citizen_page(
    request: HttpRequest,
    person: Citizen,
    *,
    withdraw_form: WithdrawConsentForm | None = None,
    anonymise_form: AnonymiseForm | None = None,
) -> HttpResponse:
    user = _user(request)
    record_event(
        events.CITIZEN_RIGHTS_VIEWED,
        user=user,
        obj=person,
        request=request,
        purpose=_("Samtykker, indsigt og sletning"),
    )
    consents = [
        (standing, _withdraw_form(standing.kind, withdraw_form)) for standing in standings(person)
    ]
    cases = visible_cases(user).filter(citizen=person).order_by("-opened_at")
    errors = [f for f in (withdraw_form, anonymise_form) if f is not None and f.errors]
    return render(
        request,
        "privacy/citizen.html",
        {
            "citizen": person,
            "consents": consents,
            "case": cases.first(),
            "has_open_case": cases.filter(state__in=OPEN_STATES).exists(),
            "erasure": erasure_of(person),
            "may_erase": may_erase_citizen(user, person),
            "anonymise_form": anonymise_form or AnonymiseForm(),
            "error_forms": errors,
        },
        status=400 if errors else 200,
    )


def _withdraw_form(kind: str, posted: WithdrawConsentForm | None) -> WithdrawConsentForm:
    """The posted form for the consent it was posted for (with its errors), else a new one."""
    if posted is not None and posted.data.get("kind") == kind:
        return posted
    return WithdrawConsentForm(initial={"kind": kind}, auto_id=_consent_ids(kind))


def _consent_ids(kind: str) -> str:
    # One form per consent on the page: the ids must differ, the field names need not.
    safe = kind if kind in ConsentKind.values else "x"
    return f"id_%s_{safe}"


# Volunteers ---------------------------------------------------------------------------------


@login_required
@require_GET
def volunteer(request: HttpRequest, pk: int) -> HttpResponse:
    return _volunteer_page(request, get_volunteer_for(_user(request), pk))


@login_required
@require_POST
def anonymise_volunteer(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_volunteer_for(_user(request), pk)
    form = AnonymiseForm(request.POST)
    if form.is_valid():
        try:
            actions.anonymise_volunteer(
                person, acting_user=_user(request), reason=form.cleaned_data["reason"]
            )
        except ValidationError as problem:
            form.add_error(None, problem)
        else:
            messages.success(request, _("Den frivillige er anonymiseret."))
            return redirect("privacy:volunteer", pk=person.pk)
    return _volunteer_page(request, person, anonymise_form=form)


@login_required
@require_GET
def volunteer_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    person = get_volunteer_for(_user(request), pk)
    document = export.build_volunteer(person, made_by=_user(request))
    response = _download(document, fmt, f"indsigt-frivillig-{person.pk}")
    record_event(
        events.VOLUNTEER_EXPORTED,
        user=_user(request),
        obj=person,
        request=request,
        data=_export_data(document, fmt),
        purpose=_("Indsigt (art. 15)"),
    )
    return response


def _volunteer_page(
    request: HttpRequest, person: Volunteer, *, anonymise_form: AnonymiseForm | None = None
) -> HttpResponse:
    record_event(
        events.VOLUNTEER_RIGHTS_VIEWED,
        user=_user(request),
        obj=person,
        request=request,
        purpose=_("Indsigt og sletning"),
    )
    errors = [anonymise_form] if anonymise_form is not None and anonymise_form.errors else []
    return render(
        request,
        "privacy/volunteer.html",
        {
            "volunteer": person,
            "erasure": erasure_of(person),
            "anonymise_form": anonymise_form or AnonymiseForm(),
            "error_forms": errors,
        },
        status=400 if errors else 200,
    )


# Downloads ----------------------------------------------------------------------------------


def _download(document: export.Export, fmt: str, name: str) -> HttpResponse:
    if fmt == "json":
        response = HttpResponse(export.as_json(document), content_type="application/json")
    else:
        response = HttpResponse(export.as_pdf(document), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _export_data(document: export.Export, fmt: str) -> dict[str, object]:
    return {
        "format": fmt,
        "records": {s.model: len(s.entries) for s in document.sections},
        "access_log_rows": len(document.access),
    }
