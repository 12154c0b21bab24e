"""The audit events of the community directory (offers and their contact persons)."""

from django.utils.translation import gettext_lazy as _

from brobygger.audit.events import Action, EventType, LegalBasis

OFFER_SAVED = EventType(
    "offer.saved", Action.CHANGE, LegalBasis.PUBLIC_INFORMATION, _("Tilbud gemt")
)
OFFER_CONFIRMED = EventType(
    "offer.confirmed", Action.CHANGE, LegalBasis.PUBLIC_INFORMATION, _("Tilbud bekræftet")
)
OFFER_FLAGGED_STALE = EventType(
    "offer.flagged_stale",
    Action.SHARE,
    LegalBasis.PUBLIC_INFORMATION,
    _("Ejerne er bedt om at bekræfte et tilbud"),
)
