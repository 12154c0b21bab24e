from django.contrib import admin, messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from brobygger.directory import services as directory

from .second_factor import url_with_next


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The start page after login: what this person's roles let them do today."""
    user = request.user
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


def admin_login(request: HttpRequest, extra_context: object = None) -> HttpResponse:
    """Replaces the Django admin's own log-in page, which knew neither the second factor nor
    the lockout: everyone logs in through allauth, and credentials posted here are ignored."""
    if request.user.is_authenticated:
        if admin.site.has_permission(request):
            return redirect("admin:index")
        # Logged in without admin access: the log-in page would send them straight back here.
        messages.error(request, _("Du har ikke adgang til administrationen."))
        return redirect("home")
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("admin:index")
    return redirect(url_with_next("account_login", next_url))
