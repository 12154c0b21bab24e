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

# Two-factor and personal links (brobygger/accounts/actions.py, admin.py).
AUTHENTICATORS_VIEWED = EventType(
    "account.authenticators_viewed",
    Action.READ,
    LegalBasis.SECURITY,
    _("Totrinslogin set i administrationen"),
)
TWO_FACTOR_RESET = EventType(
    "account.two_factor_reset",
    Action.DELETE,
    LegalBasis.SECURITY,
    _("Totrinslogin nulstillet"),
)
CALENDAR_LINK_RENEWED = EventType(
    "account.calendar_link_renewed",
    Action.CHANGE,
    LegalBasis.SECURITY,
    _("Kalenderlink fornyet"),
)
SECRETS_REENCRYPTED = EventType(
    "account.secrets_reencrypted",
    Action.CHANGE,
    LegalBasis.SECURITY,
    _("Totrinsnøgler krypteret igen med en ny nøgle"),
)
