"""Typed audit events: what happened (a code), how (an action) and on which legal basis.

Each app declares the events it writes in its own ``events.py``::

    from brobygger.audit.events import Action, EventType, LegalBasis

    CASE_STATE_CHANGED = EventType(
        "case.state_changed", Action.CHANGE, LegalBasis.PUBLIC_AUTHORITY,
        _("Forløbets status er ændret"),
    )

and writes them with ``brobygger.audit.log.record_event(CASE_STATE_CHANGED, user=…, data=…)``.
A code is declared once in the whole project: a second declaration fails at import, so two
apps can never mean different things by the same code. The audit app imports every app's
``events.py`` when Django starts (``AuditConfig.ready``), so the registry is complete.

This module imports nothing from the ORM models, so any ``models.py`` may import it.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    READ = "read", _("Læst")
    SEARCH = "search", _("Søgt")
    CREATE = "create", _("Oprettet")
    CHANGE = "change", _("Ændret")
    DELETE = "delete", _("Slettet")
    EXPORT = "export", _("Eksporteret")
    SHARE = "share", _("Delt")
    LOGIN = "login", _("Logget ind")


class LegalBasis(models.TextChoices):
    """The legal bases a Danish municipality relies on for what Brobygger does.

    The stored value is a short stable code; the label is what the data protection officer
    and the citizen read (in an art. 15 export, in the admin).
    """

    # The link workers' casework: the municipality's preventive work with older citizens.
    PUBLIC_AUTHORITY = (
        "art6-1e",
        _(
            "Myndighedsudøvelse – databeskyttelsesforordningen art. 6, stk. 1, litra e, "
            "og art. 9, stk. 2, litra h (forebyggende indsats efter ældreloven og "
            "serviceloven § 79)"
        ),
    )
    # The public directory of offers and its contact persons; cooperation with associations.
    PUBLIC_INFORMATION = (
        "art6-1e-info",
        _(
            "Offentlig opgave – databeskyttelsesforordningen art. 6, stk. 1, litra e "
            "(kommunens samarbejde med og oplysning om frivillige foreninger, "
            "serviceloven § 18)"
        ),
    )
    # What the citizen has agreed to: sharing with a volunteer, status to the referrer.
    CONSENT = (
        "art6-1a",
        _(
            "Samtykke – databeskyttelsesforordningen art. 6, stk. 1, litra a, "
            "og art. 9, stk. 2, litra a"
        ),
    )
    # The volunteer's own data, under the agreement the volunteer signed.
    VOLUNTEER_AGREEMENT = (
        "art6-1b",
        _(
            "Frivilligaftale – databeskyttelsesforordningen art. 6, stk. 1, litra b "
            "(aftalen med den frivillige)"
        ),
    )
    # Duties the law puts on the municipality: logging access, documentation, archiving.
    LEGAL_OBLIGATION = (
        "art6-1c",
        _(
            "Retlig forpligtelse – databeskyttelsesforordningen art. 6, stk. 1, litra c "
            "(logning af adgang og dokumentation, art. 5, stk. 2)"
        ),
    )
    # Answering a citizen who uses their rights: access, rectification, erasure.
    DATA_SUBJECT_RIGHTS = (
        "art6-1c-rights",
        _(
            "Den registreredes rettigheder – databeskyttelsesforordningen art. 6, stk. 1, "
            "litra c, jf. art. 15–21"
        ),
    )
    # Log-ins, failed log-ins, backups: keeping the system and its data secure.
    SECURITY = (
        "art32",
        _(
            "Behandlingssikkerhed – databeskyttelsesforordningen art. 6, stk. 1, litra c, "
            "jf. art. 32 (adgangskontrol, log-ind og sikkerhedskopier)"
        ),
    )


class DuplicateEventCode(Exception):
    """Two declarations of the same event code."""


REGISTRY: dict[str, "EventType"] = {}


@dataclass(frozen=True, slots=True)
class EventType:
    """One kind of audit event. Creating it registers it; declare it once, at module level."""

    code: str
    action: Action
    legal_basis: LegalBasis
    description: str | Promise

    def __post_init__(self) -> None:
        if not self.code or len(self.code) > 100 or self.code != self.code.strip():
            raise ValueError(f"Invalid audit event code: {self.code!r}")
        if self.code in REGISTRY:
            raise DuplicateEventCode(f"Audit event code {self.code!r} is declared twice")
        # Coerce plain strings so a typo fails here, at import, not when the event is written.
        object.__setattr__(self, "action", Action(self.action))
        object.__setattr__(self, "legal_basis", LegalBasis(self.legal_basis))
        REGISTRY[self.code] = self

    def __str__(self) -> str:
        return self.code


def event_type(code: str) -> EventType | None:
    """The declared event with this code, or None (old rows and generic ``record`` codes)."""
    return REGISTRY.get(code)


# The audit app's own events.
LOGIN = EventType("auth.login", Action.LOGIN, LegalBasis.SECURITY, _("Logget ind"))
LOGIN_FAILED = EventType(
    "auth.login_failed", Action.LOGIN, LegalBasis.SECURITY, _("Mislykket log-ind")
)
AUDIT_VIEWED = EventType(
    "audit.viewed", Action.READ, LegalBasis.LEGAL_OBLIGATION, _("Revisionsloggen er læst")
)
AUDIT_VERIFIED = EventType(
    "audit.verified",
    Action.READ,
    LegalBasis.LEGAL_OBLIGATION,
    _("Revisionsloggens hashkæde er kontrolleret"),
)
BACKUP_CREATED = EventType(
    "backup.created", Action.EXPORT, LegalBasis.SECURITY, _("Sikkerhedskopi taget")
)
BACKUP_RESTORED = EventType(
    "backup.restored", Action.CREATE, LegalBasis.SECURITY, _("Sikkerhedskopi genindlæst")
)

# What administrators do with people's records in the Django admin.
ADMIN_LISTED = EventType(
    "admin.listed", Action.READ, LegalBasis.PUBLIC_AUTHORITY, _("Liste læst i administrationen")
)
ADMIN_SEARCHED = EventType(
    "admin.searched", Action.SEARCH, LegalBasis.PUBLIC_AUTHORITY, _("Søgt i administrationen")
)
ADMIN_VIEWED = EventType(
    "admin.viewed", Action.READ, LegalBasis.PUBLIC_AUTHORITY, _("Læst i administrationen")
)
ADMIN_CREATED = EventType(
    "admin.created", Action.CREATE, LegalBasis.PUBLIC_AUTHORITY, _("Oprettet i administrationen")
)
ADMIN_CHANGED = EventType(
    "admin.changed", Action.CHANGE, LegalBasis.PUBLIC_AUTHORITY, _("Ændret i administrationen")
)
ADMIN_DELETED = EventType(
    "admin.deleted", Action.DELETE, LegalBasis.PUBLIC_AUTHORITY, _("Slettet i administrationen")
)
