"""Audit events of the accounts app (see brobygger.audit.events)."""

from django.utils.translation import gettext_lazy as _

from brobygger.audit.events import Action, EventType, LegalBasis

# Single sign-on through the municipality's identity provider (brobygger/accounts/sso.py).
SSO_LOGIN = EventType(
    "auth.sso_login", Action.LOGIN, LegalBasis.SECURITY, _("Logget ind med kommunens log-in")
)
SSO_REFUSED = EventType(
    "auth.sso_refused",
    Action.LOGIN,
    LegalBasis.SECURITY,
    _("Log-in med kommunens log-in afvist"),
)
SSO_FAILED = EventType(
    "auth.sso_failed",
    Action.LOGIN,
    LegalBasis.SECURITY,
    _("Log-in med kommunens log-in mislykkedes"),
)
SSO_SUBJECT_PINNED = EventType(
    "auth.sso_subject_pinned",
    Action.CHANGE,
    LegalBasis.SECURITY,
    _("Konto knyttet til sin bruger hos kommunens log-in"),
)
