"""The start page after log-in."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from brobygger.accounts.models import User
from brobygger.directory import services as directory

from .start import start_page


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The start page after login: what this person's roles let them do today."""
    user = request.user
    if not isinstance(user, User):  # login_required let only an account in
        raise Http404
    editable = directory.editable_offers(user)
    stale = editable.filter(last_confirmed_at__lt=directory.stale_cutoff()).exclude(status="ended")
    return render(
        request,
        "accounts/home.html",
        {
            "roles": user.role_assignments.select_related("organisation"),
            "offer_count": editable.count(),
            "stale_count": stale.count(),
        },
    )


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """After log-in: straight to the person's own work (their role's start page)."""
    user = request.user
    if not isinstance(user, User):  # pragma: no cover - login_required
        return redirect("account_login")
    return redirect(start_page(user))
