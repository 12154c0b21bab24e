"""Single sign-on for staff through the municipality's identity provider (OpenID Connect).

django-allauth runs the protocol (discovery, PKCE, the code exchange, ID token checks); this
module decides who may come in. A public authority does not let people sign themselves up, so an
SSO log-in only ever attaches to an existing, active staff account that an administrator made:

- found by the subject (``sub``) pinned to the account at its first SSO log-in, or else
- found by a verified e-mail claim (case-insensitive) on an account not yet pinned, which is
  then pinned to that subject: the same e-mail with another ``sub`` later is refused.

Anyone else gets a calm Danish page and no account is created. When the provider asserts
multi-factor authentication (``amr`` or ``acr`` in the ID token) the log-in is recorded in the
session as a passed second factor, the way allauth records its own TOTP step; otherwise the
person still passes Brobygger's own TOTP. Every log-in, refusal and failure is audited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import requests
from allauth.account.authentication import get_authentication_records
from allauth.account.signals import authentication_step_completed, user_logged_in
from allauth.core import context
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.mfa import stages as mfa_stages
from allauth.socialaccount import app_settings as socialaccount_settings
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.models import SocialAccount, SocialLogin
from allauth.socialaccount.providers.base import AuthProcess
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from brobygger.audit.log import record_event

from . import events
from .models import User
from .roles import Role
from .second_factor import SECOND_FACTOR, record_second_factor

if TYPE_CHECKING:
    from allauth.account.models import Login

# Roles of the municipality's own staff. Volunteers and association contacts are not employees
# and log in with e-mail and password.
STAFF_ROLES = frozenset(Role) - {Role.VOLUNTEER, Role.ASSOCIATION_CONTACT}
# RFC 8176 methods that are a second factor in themselves.
MFA_METHODS = frozenset({"mfa", "otp", "hwk"})
# The ``type`` of the second-factor record an identity provider's assertion leaves in the
# session (second_factor.record_second_factor), beside "totp" and "email_code".
IDP_MFA_TYPE = "idp"
# NSIS and eIDAS assurance levels, by the last part of their URI.
_LEVELS = {"low": 1, "substantial": 2, "high": 3}
_AUDIT_PURPOSE = "Log-in med kommunens identitetsudbyder"


class Refusal(models.TextChoices):
    UNKNOWN = "unknown", _("ingen konto med den e-mailadresse")
    INACTIVE = "inactive", _("kontoen er lukket")
    NOT_STAFF = "not_staff", _("ikke en medarbejderkonto")
    OTHER_SUBJECT = "other_subject", _("kontoen er knyttet til en anden bruger hos udbyderen")
    NOT_A_LOGIN = "not_a_login", _("kun log-in; kontoen knyttes ikke af brugeren selv")


class SsoRefused(Exception):
    def __init__(self, reason: Refusal, user: User | None = None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.user = user


@dataclass(frozen=True)
class Claims:
    """What Brobygger uses from the provider: userinfo first, the ID token for amr and acr."""

    sub: str
    email: str
    email_verified: bool
    amr: tuple[str, ...]
    acr: str
    # OpenID Connect Core 5.3.2: userinfo must be about the ID token's subject.
    subjects_agree: bool = True

    @classmethod
    def from_extra_data(cls, data: dict[str, Any]) -> Claims:
        id_token = data.get("id_token") or {}
        userinfo = data.get("userinfo") or id_token

        def pick(name: str) -> Any:
            return userinfo.get(name, id_token.get(name))

        amr = id_token.get("amr") or []
        return cls(
            sub=str(pick("sub") or ""),
            email=str(pick("email") or "").strip(),
            email_verified=_true(pick("email_verified")) or _true(pick("xms_edov")),
            amr=tuple(str(m) for m in (amr if isinstance(amr, list) else [amr])),
            acr=str(id_token.get("acr") or ""),
            subjects_agree=not id_token or str(id_token.get("sub")) == str(userinfo.get("sub")),
        )


def _true(value: object) -> bool:
    # Some providers send booleans as strings.
    return value is True or (isinstance(value, str) and value.lower() == "true")


def email_is_verified(claims: Claims, trusted_domains: list[str]) -> bool:
    if not claims.email or "@" not in claims.email:
        return False
    domain = claims.email.rsplit("@", 1)[1].lower()
    return claims.email_verified or domain in trusted_domains


def _acr_rank(acr: str) -> tuple[str, float] | None:
    """A comparable (scheme, level) for numeric acrs and NSIS/eIDAS levels; None for others."""
    text = acr.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return ("number", float(text))
    scheme, _, last = text.rstrip("/").rpartition("/")
    if last in _LEVELS:
        return (scheme, _LEVELS[last])
    return None


def acr_meets(asserted: str, required: str) -> bool:
    """Whether an asserted acr is the required level or above it on the same scale."""
    if not asserted or not required:
        return False
    have, need = _acr_rank(asserted), _acr_rank(required)
    if have is None or need is None or have[0] != need[0]:
        return asserted.strip() == required.strip()
    return have[1] >= need[1]


def asserts_mfa(claims: Claims, required_acr: str) -> bool:
    return bool(MFA_METHODS.intersection(m.lower() for m in claims.amr)) or acr_meets(
        claims.acr, required_acr
    )


def _check_may_log_in(user: User) -> User:
    if not user.is_active:
        raise SsoRefused(Refusal.INACTIVE, user)
    if not user.roles & STAFF_ROLES:
        raise SsoRefused(Refusal.NOT_STAFF, user)
    return user


def find_staff_account(provider_id: str, claims: Claims, pinned: User | None) -> User:
    """The existing staff account this log-in belongs to, or SsoRefused saying why not."""
    if pinned is not None:
        return _check_may_log_in(pinned)
    if not email_is_verified(claims, settings.SSO_EMAIL_DOMAINS):
        raise SsoRefused(Refusal.UNKNOWN)
    matches = list(User.objects.filter(email__iexact=claims.email)[:2])
    if len(matches) != 1:
        raise SsoRefused(Refusal.UNKNOWN)
    user = matches[0]
    if SocialAccount.objects.filter(user=user, provider=provider_id).exists():
        raise SsoRefused(Refusal.OTHER_SUBJECT, user)
    return _check_may_log_in(user)


@transaction.atomic
def pin_subject(user: User, account: SocialAccount) -> None:
    """Tie the provider's subject to the account, once: later log-ins must bring the same."""
    # Two first log-ins at once with different subjects: the second waits, then sees the first.
    User.objects.select_for_update().only("pk").get(pk=user.pk)
    if SocialAccount.objects.filter(user=user, provider=account.provider).exists():
        raise SsoRefused(Refusal.OTHER_SUBJECT, user)
    account.user = user
    try:
        with transaction.atomic():
            account.save()
    except IntegrityError:  # the same subject, pinned to someone else a moment ago
        raise SsoRefused(Refusal.OTHER_SUBJECT, user) from None


# allauth has no type hints: its base class is Any to mypy.
class SocialAccountAdapter(DefaultSocialAccountAdapter):  # type: ignore[misc]
    """allauth's hooks, so that only existing staff come in and nothing else changes."""

    def pre_social_login(self, request: HttpRequest, sociallogin: SocialLogin) -> None:
        provider_id = sociallogin.account.provider
        claims = Claims.from_extra_data(sociallogin.account.extra_data)
        if not claims.subjects_agree:
            _audit_failure(request, provider_id, "userinfo og ID-token har hver sit sub")
            raise ImmediateHttpResponse(
                render(
                    request,
                    "socialaccount/authentication_error.html",
                    status=HTTPStatus.UNAUTHORIZED,
                )
            )
        try:
            if sociallogin.state.get("process", AuthProcess.LOGIN) != AuthProcess.LOGIN:
                raise SsoRefused(Refusal.NOT_A_LOGIN)
            user = find_staff_account(
                provider_id, claims, sociallogin.user if sociallogin.is_existing else None
            )
            if not sociallogin.is_existing:
                pin_subject(user, sociallogin.account)
                sociallogin.user = user
                record_event(
                    events.SSO_SUBJECT_PINNED,
                    user=None,
                    obj=user,
                    data={"provider": provider_id} | _identity(claims),
                    purpose=_AUDIT_PURPOSE,
                    request=request,
                )
        except SsoRefused as refused:
            _audit_refusal(request, sociallogin, claims, refused)
            raise ImmediateHttpResponse(
                _refusal_page(request, sociallogin, refused.reason)
            ) from None
        # Read by _record_provider_mfa once allauth has recorded this log-in in the session.
        request._brobygger_sso_mfa = (  # type: ignore[attr-defined]
            (provider_id, claims.sub) if asserts_mfa(claims, settings.SSO_MFA_ACR) else None
        )

    def authenticate_by_email(self, sociallogin: SocialLogin) -> None:
        # Matching by e-mail is pre_social_login's job, with its own rules.
        return None

    def is_open_for_signup(self, request: HttpRequest, sociallogin: SocialLogin) -> bool:
        return False

    def validate_disconnect(self, account: SocialAccount, accounts: list[SocialAccount]) -> None:
        raise ValidationError(_("Kun en administrator kan ændre, hvordan du logger ind."))

    def on_authentication_error(
        self,
        request: HttpRequest,
        provider: Any,
        error: str | None = None,
        exception: Exception | None = None,
        extra_context: dict[str, Any] | None = None,
    ) -> None:
        detail = f": {type(exception).__name__}" if exception is not None else ""
        _audit_failure(request, provider.sub_id, f"{error}{detail}")

    def get_requests_session(self) -> requests.Session:
        return _ProviderSession()


class _ProviderSession(requests.Session):
    """Calls to the identity provider; if it is down, a calm page instead of a server error."""

    def request(self, method: str, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", socialaccount_settings.REQUESTS_TIMEOUT)
        try:
            response = super().request(method, url, *args, **kwargs)
        except requests.RequestException as error:
            raise _unavailable(str(url), type(error).__name__) from error
        # Discovery, keys and userinfo must answer; a refused code exchange (4xx) is allauth's.
        if response.status_code >= 500 or (method.upper() == "GET" and not response.ok):
            raise _unavailable(str(url), f"HTTP {response.status_code}")
        return response


def _unavailable(url: str, what: str) -> ImmediateHttpResponse:
    request = context.request
    _audit_failure(request, settings.SSO_PROVIDER_ID, f"udbyderen svarede ikke ({what}): {url}")
    page = render(
        request,
        "socialaccount/unavailable.html",
        {"provider_name": _provider_name()},
        status=HTTPStatus.SERVICE_UNAVAILABLE,
    )
    return ImmediateHttpResponse(page)


def _provider_name() -> str:
    apps = settings.SOCIALACCOUNT_PROVIDERS.get("openid_connect", {}).get("APPS", [])
    return str(apps[0]["name"]) if apps else "OpenID Connect"


def _refusal_page(request: HttpRequest, sociallogin: SocialLogin, reason: Refusal) -> HttpResponse:
    return render(
        request,
        "socialaccount/no_account.html",
        {"reason": reason.value, "provider_name": sociallogin.provider.name},
        status=HTTPStatus.FORBIDDEN,
    )


# Audit.


def _audit_refusal(
    request: HttpRequest, sociallogin: SocialLogin, claims: Claims, refused: SsoRefused
) -> None:
    record_event(
        events.SSO_REFUSED,
        user=None,
        obj=refused.user,
        object_repr=f"{claims.email or claims.sub}: {refused.reason.label}",
        data={"provider": sociallogin.account.provider, "reason": refused.reason.value}
        | _identity(claims),
        purpose=_AUDIT_PURPOSE,
        request=request,
    )


def _audit_failure(request: HttpRequest | None, provider_id: str, what: str) -> None:
    record_event(
        events.SSO_FAILED,
        user=None,
        object_repr=what,
        data={"provider": provider_id, "error": what},
        purpose=_AUDIT_PURPOSE,
        request=request,
    )


def _identity(claims: Claims) -> dict[str, Any]:
    return {"sub": claims.sub, "email": claims.email, "amr": list(claims.amr), "acr": claims.acr}


@receiver(user_logged_in)
def _audit_sso_login(
    sender: object,
    request: HttpRequest,
    user: User,
    sociallogin: SocialLogin | None = None,
    **_: Any,
) -> None:
    if sociallogin is None:
        return
    claims = Claims.from_extra_data(sociallogin.account.extra_data)
    record_event(
        events.SSO_LOGIN,
        user=user,
        obj=user,
        data={
            "provider": sociallogin.account.provider,
            "provider_mfa": passed_provider_mfa(request, user),
        }
        | _identity(claims),
        purpose=_AUDIT_PURPOSE,
        request=request,
    )


# Two-factor.


@receiver(authentication_step_completed)
def _record_provider_mfa(
    sender: object, request: HttpRequest, method: str, user: User, **data: Any
) -> None:
    """Record the provider's MFA as an "mfa" authentication, beside allauth's own record of the
    social log-in, so the session shows a passed second factor like a TOTP code does."""
    asserted = getattr(request, "_brobygger_sso_mfa", None)
    if method != "socialaccount" or asserted != (data.get("provider"), data.get("uid")):
        return
    request._brobygger_sso_mfa = None  # type: ignore[attr-defined]
    record_second_factor(
        request, user, kind=IDP_MFA_TYPE, provider=data["provider"], uid=data["uid"]
    )


def passed_provider_mfa(request: HttpRequest, user: User) -> bool:
    return any(
        (entry.get("method"), entry.get("type")) == (SECOND_FACTOR, IDP_MFA_TYPE)
        for entry in get_authentication_records(request, user)
    )


# allauth has no type hints: its base class is Any to mypy.
class AuthenticateStage(mfa_stages.AuthenticateStage):  # type: ignore[misc]
    """allauth's TOTP step of a log-in, skipped when the identity provider did the second factor
    for this very SSO log-in (the account adapter lists this instead of allauth's own)."""

    login: Login

    def handle(self) -> tuple[HttpResponse | None, bool]:
        user = self.login.user
        sso = (self.login.signal_kwargs or {}).get("sociallogin")
        if user is not None and sso is not None and passed_provider_mfa(self.request, user):
            return None, True
        response, proceed = super().handle()
        return response, bool(proceed)


def login_stages(stages: list[str]) -> list[str]:
    """allauth's login stages with the MFA step swapped for the SSO-aware one above."""
    ours = f"{__name__}.AuthenticateStage"
    return [ours if path == "allauth.mfa.stages.AuthenticateStage" else path for path in stages]
