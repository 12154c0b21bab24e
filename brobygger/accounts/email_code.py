"""A one-time code by e-mail as the second factor for people without an authenticator app.

Volunteers who may read need-to-know notes about a citizen confirm with a code from their
e-mail before the notes are shown (``second_factor.require_second_factor``). The code is six
digits, lives 10 minutes, allows 5 tries, and only its keyed hash is kept, in the session.
Sending is rate-limited per person; wrong codes count in the same lockout as wrong passwords.
"""

import logging
import secrets
import time
from enum import StrEnum
from typing import Any

from allauth.core.internal import ratelimit
from django.conf import settings
from django.core.mail import send_mail
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac

from .second_factor import record_second_factor

logger = logging.getLogger(__name__)

CODE_DIGITS = 6
LIFETIME_SECONDS = 10 * 60
MAX_TRIES = 5
SESSION_KEY = "brobygger_email_code"
# allauth's rate limits (settings.ACCOUNT_RATE_LIMITS): sending, and the shared lockout.
SEND_ACTION = "email_code"
LOCKOUT_ACTION = "login_failed"


class Outcome(StrEnum):
    SENT = "sent"
    NOT_SENT = "not_sent"  # the mail server failed; nothing is pending
    TOO_MANY_SENT = "too_many_sent"
    PASSED = "passed"
    WRONG = "wrong"
    USED_UP = "used_up"  # five wrong tries: the code no longer works
    EXPIRED = "expired"
    NONE_PENDING = "none_pending"
    LOCKED = "locked"


def send_code(request: HttpRequest) -> Outcome:
    """Mail a fresh code to the logged-in person, replacing any earlier one."""
    user = request.user
    if not ratelimit.consume(
        request, app="allauth.account", action=SEND_ACTION, key=_key(user), limit_get=True
    ):
        return Outcome.TOO_MANY_SENT
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    nonce = secrets.token_hex(16)
    context = {"code": code, "minutes": LIFETIME_SECONDS // 60, "user": user}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("accounts/email/code_subject.txt", context).strip()
        body = render_to_string("accounts/email/code.txt", context)
    try:
        # Sent at once, not through the outbox: the person is waiting, and the code must not be
        # stored in a message table.
        send_mail(" ".join(subject.split()), body, None, [user.email])  # type: ignore[union-attr]
    except Exception:
        logger.exception("Could not send a one-time code by e-mail")
        return Outcome.NOT_SENT
    request.session[SESSION_KEY] = {
        "user": str(user.pk),
        "nonce": nonce,
        "digest": _digest(nonce, code),
        "expires": time.time() + LIFETIME_SECONDS,
        "tries": 0,
    }
    return Outcome.SENT


def pending(request: HttpRequest) -> bool:
    """Whether a code was sent in this session that can still be used."""
    state = _state(request)
    return state is not None and time.time() <= state["expires"]


def check_code(request: HttpRequest, code: str) -> Outcome:
    """Compare ``code`` with the one sent; on success the session has passed a second factor."""
    state = _state(request)
    if state is None:
        return Outcome.NONE_PENDING
    if time.time() > state["expires"]:
        request.session.pop(SESSION_KEY, None)
        return Outcome.EXPIRED
    user = request.user
    usage = ratelimit.consume(request, app="allauth.account", action=LOCKOUT_ACTION, key=_key(user))
    if not usage:
        return Outcome.LOCKED
    if constant_time_compare(_digest(state["nonce"], code.strip()), state["digest"]):
        request.session.pop(SESSION_KEY, None)
        ratelimit.clear(request, app="allauth.account", action=LOCKOUT_ACTION, key=_key(user))
        record_second_factor(request, user, kind="email_code")  # type: ignore[arg-type]
        return Outcome.PASSED
    state["tries"] += 1
    if state["tries"] >= MAX_TRIES:
        request.session.pop(SESSION_KEY, None)
        return Outcome.USED_UP
    request.session[SESSION_KEY] = state
    return Outcome.WRONG


def _state(request: HttpRequest) -> dict[str, Any] | None:
    state = request.session.get(SESSION_KEY)
    if not isinstance(state, dict) or state.get("user") != str(request.user.pk):
        return None
    return state


def _digest(nonce: str, code: str) -> str:
    return salted_hmac(
        "brobygger.accounts.email_code", f"{nonce}:{code}", algorithm="sha256"
    ).hexdigest()


def _key(user: object) -> str:
    return f"email-code-user-{getattr(user, 'pk', '')}"
