"""The start page after log-in."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.directory import services as directory
from brobygger.referrals.routing import unstaffed_teams

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
            # Administrators see which local teams nobody watches (their referrals go to the
            # fallback team until someone is added).
            "unstaffed_teams": list(unstaffed_teams())
            if user.is_superuser or user.has_role(Role.ADMINISTRATOR)
            else [],
        },
    )


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """After log-in: straight to the person's own work (their role's start page)."""
    user = request.user
    if not isinstance(user, User):  # pragma: no cover - login_required
        return redirect("account_login")
    return redirect(start_page(user))
