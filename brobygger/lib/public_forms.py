"""Public forms (a referral, "Jeg vil gerne være med", "Bliv frivillig") against floods,
without any third-party service:

- a one-time form token, so a form sent twice makes one record (idempotent intake);
- a proof-of-work challenge (ALTCHA, solved by the browser in a second, invisible to the
  person), with a plain Danish arithmetic question in its place when JavaScript is off;
- rate limits per IP address and per e-mail or phone number, in the shared cache.

A refusal is a form error in Danish; nothing is stored.
"""

import base64
import hashlib
import json
import secrets
import uuid
from datetime import timedelta
from typing import Any

from altcha.v1 import ChallengeOptions, create_challenge, solve_challenge, verify_solution
from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from .forms import editable_copy

CHALLENGE_LIFETIME = timedelta(minutes=30)
# The numbers as words, with a context: short words like "en" and "to" mean other things too.
_NUMBERS = [
    pgettext_lazy("tal", "nul"),
    pgettext_lazy("tal", "en"),
    pgettext_lazy("tal", "to"),
    pgettext_lazy("tal", "tre"),
    pgettext_lazy("tal", "fire"),
    pgettext_lazy("tal", "fem"),
    pgettext_lazy("tal", "seks"),
    pgettext_lazy("tal", "syv"),
    pgettext_lazy("tal", "otte"),
    pgettext_lazy("tal", "ni"),
]


def _hmac_key() -> str:
    return hashlib.sha256(f"altcha:{settings.SECRET_KEY}".encode()).hexdigest()


def new_challenge() -> dict[str, Any]:
    challenge = create_challenge(
        ChallengeOptions(
            algorithm="SHA-256",
            max_number=settings.PUBLIC_FORM_CHALLENGE_MAX_NUMBER,
            hmac_key=_hmac_key(),
            expires=timezone.now() + CHALLENGE_LIFETIME,
        )
    )
    return dict(challenge.to_dict())


def check_rate(scope: str, key: str, limits: tuple[tuple[int, int], ...]) -> bool:
    """Count one attempt for ``key`` in each (count, seconds) window; False when over."""
    if not key:
        return True
    digest = hashlib.sha256(f"{scope}:{key}".encode()).hexdigest()[:32]
    allowed = True
    for count, seconds in limits:
        name = f"rate:{digest}:{seconds}"
        cache.add(name, 0, seconds)
        try:
            used = cache.incr(name)
        except ValueError:  # expired between add and incr
            cache.set(name, 1, seconds)
            used = 1
        allowed = allowed and used <= count
    return allowed


def client_ip(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR") or "")


class PublicFormMixin(forms.Form):
    """Add to a public form; pass ``request=`` and call ``contact_key()`` per form."""

    form_token = forms.UUIDField(widget=forms.HiddenInput, required=False)
    altcha = forms.CharField(widget=forms.HiddenInput, required=False, max_length=4000)
    question = forms.CharField(widget=forms.HiddenInput, required=False, max_length=500)
    answer = forms.CharField(label=gettext_lazy("Svar med tal"), required=False, max_length=10)

    rate_scope = "public-form"
    # Per IP: a few in ten minutes, more in a day (a care home's shared line sends several).
    ip_limits: tuple[tuple[int, int], ...] = ((5, 600), (30, 86400))
    contact_limits: tuple[tuple[int, int], ...] = ((3, 3600), (10, 86400))

    def __init__(self, *args: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request
        # Signed-in users passed the log-in (lockout, two factors): no challenge for them,
        # and a shared office address must not lock out a team.
        user = getattr(request, "user", None)
        self.signed_in = bool(user is not None and user.is_authenticated)
        if not self.is_bound:
            self.initial.setdefault("form_token", uuid.uuid4())
        self.challenge = new_challenge()
        left, right = secrets.randbelow(10), secrets.randbelow(10)
        self.question_text = _("Hvad er %(a)s plus %(b)s?") % {
            "a": _NUMBERS[left],
            "b": _NUMBERS[right],
        }
        signed = signing.TimestampSigner(salt="public-form-question").sign(
            f"{left + right}:{secrets.token_hex(8)}"
        )
        if self.is_bound:
            # A new question for the page shown again; the posted one is checked in clean().
            self._posted_question = self.data.get(self.add_prefix("question"), "")
            data = editable_copy(self.data)
            data[self.add_prefix("question")] = signed
            data[self.add_prefix("altcha")] = ""
            data[self.add_prefix("answer")] = ""
            self._posted_altcha = self.data.get(self.add_prefix("altcha"), "")
            self._posted_answer = self.data.get(self.add_prefix("answer"), "")
            self.data = data
        else:
            self.initial["question"] = signed

    def contact_key(self) -> str:
        """The e-mail or phone the rate limit per person counts on (override per form)."""
        return ""

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if self.signed_in:
            return data
        if not (self._solved_challenge() or self._answered_question()):
            raise forms.ValidationError(
                _(
                    "Vi kunne ikke se, at formularen blev sendt af et menneske. Svar på "
                    "regnestykket, eller slå JavaScript til, og send igen."
                ),
                code="challenge",
            )
        if self.errors:
            return data
        ip = client_ip(self.request) if self.request else ""
        ip_ok = check_rate(self.rate_scope, ip, self.ip_limits)
        contact_ok = check_rate(self.rate_scope, self.contact_key(), self.contact_limits)
        if not (ip_ok and contact_ok):
            raise forms.ValidationError(
                _(
                    "Der er sendt mange formularer herfra på kort tid. Vent lidt og prøv "
                    "igen, eller ring til os på %(phone)s."
                )
                % {"phone": settings.MUNICIPALITY_PHONE},
                code="rate",
            )
        return data

    def _solved_challenge(self) -> bool:
        payload = self._posted_altcha
        if not payload:
            return False
        ok, _error = verify_solution(payload, _hmac_key(), check_expires=True)
        return bool(ok) and _first_use(f"altcha:{payload}")

    def _answered_question(self) -> bool:
        try:
            value = signing.TimestampSigner(salt="public-form-question").unsign(
                self._posted_question, max_age=CHALLENGE_LIFETIME
            )
        except signing.BadSignature:
            return False
        expected = value.split(":", 1)[0]
        answer = "".join(c for c in self._posted_answer if c.isdigit())
        return answer == expected and _first_use(f"question:{self._posted_question}")

    def challenge_json(self) -> str:
        return json.dumps(self.challenge)


def first_use_of(token: object) -> bool:
    """True the first time a form token is seen (for forms without a database constraint)."""
    if not token:
        return True
    return _first_use(f"form-token:{token}")


def _first_use(proof: str) -> bool:
    """A solved challenge counts once: a replayed one is refused."""
    key = "proof:" + hashlib.sha256(proof.encode()).hexdigest()
    return bool(cache.add(key, 1, int(CHALLENGE_LIFETIME.total_seconds()) + 60))


def solve_for_tests(challenge: dict[str, Any]) -> str:
    """What the browser's script does: find the number and send the payload."""
    solution = solve_challenge(
        challenge["challenge"], challenge["salt"], challenge["algorithm"], challenge["maxNumber"]
    )
    if solution is None:
        raise ValueError("the challenge has no solution below its maxNumber")
    payload = {
        "algorithm": challenge["algorithm"],
        "challenge": challenge["challenge"],
        "number": solution.number,
        "salt": challenge["salt"],
        "signature": challenge["signature"],
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()
