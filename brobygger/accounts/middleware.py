import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .second_factor import (
    has_authenticator,
    login_again_url,
    must_use_authenticator,
    passed_identity_provider_mfa,
    passed_second_factor,
)

SESSION_STARTED_KEY = "brobygger_session_started"


class SessionLifetimeMiddleware:
    """Ends a logged-in session after SESSION_MAX_LIFETIME, however active it is."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            started = request.session.setdefault(SESSION_STARTED_KEY, time.time())
            if time.time() - float(started) > settings.SESSION_MAX_LIFETIME:
                logout(request)
                return redirect(f"{reverse('account_login')}?next={request.path}")
        return self.get_response(request)


class RequireTwoFactorMiddleware:
    """Two checks on every request of a logged-in person:

    1. Someone with an authenticator app whose *session* never passed it (a log-in that went
       around allauth's two-step flow) is logged out and sent to log in again.
    2. Staff who may see citizen data, and anyone who may enter the admin, must set up an
       authenticator app before anything else — unless the municipality's identity provider
       did the second factor for this log-in.
    """

    # Where staff may go before their authenticator is set up (the set-up pages themselves).
    allowed_prefixes = ("/konto/", "/static/", "/i18n/")
    exempt_prefixes = ("/static/", "/i18n/")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if not user.is_authenticated or request.path.startswith(self.exempt_prefixes):
            return self.get_response(request)
        if not passed_second_factor(request) and has_authenticator(request):
            next_url = login_again_url(request)
            logout(request)
            messages.info(request, _("Log ind igen med din kode fra godkendelsesappen."))
            return redirect(next_url)
        if (
            settings.REQUIRE_TWO_FACTOR
            and must_use_authenticator(user)
            and not request.path.startswith(self.allowed_prefixes)
            and not has_authenticator(request)
            and not passed_identity_provider_mfa(request)
        ):
            return redirect("mfa_activate_totp")
        return self.get_response(request)
