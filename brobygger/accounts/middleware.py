import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

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
    """Staff who may see citizen data must set up an authenticator app before anything else."""

    allowed_prefixes = ("/konto/", "/static/", "/i18n/")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.REQUIRE_TWO_FACTOR
            and request.user.is_authenticated
            and request.user.sees_citizen_data
            and not request.path.startswith(self.allowed_prefixes)
            and not _has_totp(request)
        ):
            return redirect("mfa_activate_totp")
        return self.get_response(request)


def _has_totp(request: HttpRequest) -> bool:
    from allauth.mfa.models import Authenticator

    cached = getattr(request, "_brobygger_has_totp", None)
    if cached is None:
        cached = Authenticator.objects.filter(
            user=request.user, type=Authenticator.Type.TOTP
        ).exists()
        request._brobygger_has_totp = cached  # type: ignore[attr-defined]
    return cached
