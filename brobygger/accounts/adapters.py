from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from brobygger.notifications.send import send_rendered_email

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

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """allauth's own mails (a password link) go through the outbox: after the commit and
        retried, so a mail server that is down never gives an error page; the link is blanked
        once it has gone."""
        message = self.render_mail(template_prefix, email, context)
        send_rendered_email(
            email,
            message.subject,
            message.body,
            template=f"allauth:{template_prefix}"[:100],
            sensitive=True,
        )

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
