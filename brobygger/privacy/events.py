"""The audit events of citizens' and volunteers' rights: access, export, erasure, retention.

All of them are made on the basis of the data subject's rights (GDPR art. 15–21, which
include art. 17 erasure when data are no longer needed) or, for the retention run itself, the
municipality's duty to keep personal data no longer than needed (art. 5(1)(e)).
"""

from django.utils.translation import gettext_lazy as _

from brobygger.audit.events import Action, EventType, LegalBasis

_RIGHTS = LegalBasis.DATA_SUBJECT_RIGHTS

CITIZEN_RIGHTS_VIEWED = EventType(
    "citizen.rights_viewed",
    Action.READ,
    _RIGHTS,
    _("Borgerens samtykker og rettigheder er vist"),
)
CITIZEN_EXPORTED = EventType(
    "citizen.exported", Action.EXPORT, _RIGHTS, _("Indsigt: alt om borgeren er udleveret")
)
CITIZEN_ANONYMISED = EventType(
    "citizen.anonymised", Action.DELETE, _RIGHTS, _("Borgeren er anonymiseret")
)
REFERRAL_ANONYMISED = EventType(
    "referral.anonymised", Action.DELETE, _RIGHTS, _("Henvisningen er anonymiseret")
)
VOLUNTEER_RIGHTS_VIEWED = EventType(
    "volunteer.rights_viewed",
    Action.READ,
    _RIGHTS,
    _("Den frivilliges indsigt og sletning er vist"),
)
VOLUNTEER_EXPORTED = EventType(
    "volunteer.personal_data_exported",
    Action.EXPORT,
    _RIGHTS,
    _("Indsigt: alt om den frivillige er udleveret"),
)
VOLUNTEER_ANONYMISED = EventType(
    "volunteer.anonymised", Action.DELETE, _RIGHTS, _("Den frivillige er anonymiseret")
)
RETENTION_APPLIED = EventType(
    "retention.applied",
    Action.DELETE,
    LegalBasis.LEGAL_OBLIGATION,
    _("Opbevaringsreglerne er anvendt (anonymisering og sletning)"),
)
