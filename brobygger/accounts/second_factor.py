"""Whether this *session* passed a second factor, not merely whether the account has one.

allauth keeps a list of the authentication steps taken in the session (password, ``mfa`` …,
see ``allauth.account.authentication``). A log-in with the authenticator app adds an ``mfa``
record; so does setting up the app with a valid code, and so does an e-mail code
(``email_code.py``). Everything that asks "did this session pass two factors?" asks here.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

# allauth's name for a passed second factor in the session's authentication records.
SECOND_FACTOR = "mfa"
# The kind recorded when the municipality's identity provider did the second factor itself
# (sso.py): it stands in for Brobygger's own authenticator app.
IDENTITY_PROVIDER = "idp"
# The authenticators allauth's log-in asks for (recovery codes only exist beside one of them).
APP_TYPES = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def passed_second_factor(request: HttpRequest) -> bool:
    """True when this session passed a second factor for the logged-in user."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == SECOND_FACTOR for record in records)


def passed_identity_provider_mfa(request: HttpRequest) -> bool:
    """True when this session's second factor was the identity provider's own MFA."""
    records = get_authentication_records(request, request.user)
    return any(
        (record.get("method"), record.get("type")) == (SECOND_FACTOR, IDENTITY_PROVIDER)
        for record in records
    )


def record_second_factor(
    request: HttpRequest, user: AbstractBaseUser, *, kind: str, **data: Any
) -> None:
    """Note in the session that ``user`` passed a second factor of ``kind`` (``totp``,
    ``email_code``, or an identity provider's own MFA)."""
    record_authentication(request, user, SECOND_FACTOR, type=kind, **data)


def has_authenticator(request: HttpRequest) -> bool:
    """Whether the logged-in user has an authenticator app (cached for the request)."""
    cached = getattr(request, "_brobygger_has_authenticator", None)
    if cached is None:
        cached = Authenticator.objects.filter(user=request.user, type__in=APP_TYPES).exists()
        request._brobygger_has_authenticator = cached  # type: ignore[attr-defined]
    return bool(cached)


def must_use_authenticator(user: Any) -> bool:
    """Staff who may see citizen data, and anyone who may enter the admin."""
    return bool(user.sees_citizen_data or user.is_staff or user.is_superuser)


def url_with_next(name: str, next_url: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url}, safe='/')}"


def login_again_url(request: HttpRequest) -> str:
    return url_with_next("account_login", request.get_full_path())


def require_second_factor(request: HttpRequest) -> HttpResponse | None:
    """For views that show what only a person who passed two factors may read (a volunteer's
    need-to-know notes). Returns the response that asks for the second factor, or None::

        if (challenge := require_second_factor(request)) is not None:
            return challenge
    """
    if not settings.REQUIRE_TWO_FACTOR or passed_second_factor(request):
        return None
    if has_authenticator(request):
        # Unreachable through the log-in (it asks for the app); the middleware logs such a
        # session out. Kept so this helper is safe on its own.
        return redirect(login_again_url(request))
    return redirect(url_with_next("accounts:email_code", request.get_full_path()))


def second_factor_required(
    view: Callable[..., HttpResponse],
) -> Callable[..., HttpResponse]:
    """Decorator form of ``require_second_factor`` for views that always need it."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        challenge = require_second_factor(request)
        return challenge if challenge is not None else view(request, *args, **kwargs)

    return wrapped
