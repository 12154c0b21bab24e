from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from . import crypto, sso


# allauth has no type hints: its base class is Any to mypy.
class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": _(
            "For mange forkerte forsøg. Vent 15 minutter, og prøv så igen."
        ),
    }

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Accounts are created by administrators; nobody signs up on their own.
        return False

    def get_login_stages(self) -> list[str]:
        # An SSO log-in whose identity provider did the second factor is not asked for TOTP.
        return sso.login_stages(super().get_login_stages())


# allauth has no type hints: its base class is Any to mypy.
class MFAAdapter(DefaultMFAAdapter):  # type: ignore[misc]
    """allauth's two-factor adapter with its secrets encrypted at rest (see crypto.py)."""

    def encrypt(self, text: str) -> str:
        return crypto.encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return crypto.decrypt(encrypted_text)
