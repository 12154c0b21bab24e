"""The audit events of social prescribing: referrals, cases, plans and consents."""

from django.utils.translation import gettext_lazy as _

from brobygger.audit.events import Action, EventType, LegalBasis

_CASEWORK = LegalBasis.PUBLIC_AUTHORITY

REFERRAL_RECEIVED = EventType(
    "referral.received", Action.CREATE, _CASEWORK, _("Henvisning modtaget")
)
REFERRAL_DUPLICATE_RESOLVED = EventType(
    "referral.duplicate_resolved", Action.CHANGE, _CASEWORK, _("Mulig dublet afklaret")
)
CASE_READ = EventType("case.read", Action.READ, _CASEWORK, _("Forløb læst"))
CASES_LISTED = EventType("case.listed", Action.READ, _CASEWORK, _("Liste over forløb læst"))
REFERRALS_LISTED = EventType(
    "referral.listed", Action.READ, _CASEWORK, _("Henviserens egne henvisninger læst")
)
CASE_EXPORTED = EventType(
    "case.exported", Action.EXPORT, _CASEWORK, _("Dokument til borgeren dannet")
)
CASE_TAKEN = EventType("case.taken", Action.CHANGE, _CASEWORK, _("Forløb taget"))
CASE_REASSIGNED = EventType("case.reassigned", Action.CHANGE, _CASEWORK, _("Forløb flyttet"))
CASE_ESCALATED = EventType(
    "case.escalated", Action.CHANGE, _CASEWORK, _("Forløb eskaleret til teamleder")
)
CASE_STATE_CHANGED = EventType(
    "case.state_changed", Action.CHANGE, _CASEWORK, _("Forløbets status ændret")
)
CONVERSATION_RECORDED = EventType(
    "case.conversation_recorded", Action.CREATE, _CASEWORK, _("Samtale registreret")
)
PLAN_SAVED = EventType("case.plan_saved", Action.CHANGE, _CASEWORK, _("Plan gemt"))
NEEDS_SAVED = EventType("case.needs_saved", Action.CHANGE, _CASEWORK, _("Behov og tider gemt"))
OFFER_CHOSEN = EventType("case.offer_chosen", Action.CHANGE, _CASEWORK, _("Fællesskab valgt"))
ATTENDANCE_RECORDED = EventType(
    "case.attendance_recorded", Action.CHANGE, _CASEWORK, _("Deltagelse registreret")
)
MATCH_FAILED = EventType(
    "case.match_failed", Action.CHANGE, _CASEWORK, _("Match blev ikke til noget")
)
COMPANION_SET = EventType("case.companion_set", Action.CHANGE, _CASEWORK, _("Følgeven valgt"))
FIRST_VISIT_SET = EventType(
    "case.first_visit_set", Action.CHANGE, _CASEWORK, _("Første besøg planlagt")
)
TASK_ADDED = EventType("case.task_added", Action.CREATE, _CASEWORK, _("Opgave oprettet"))
TASK_COMPLETED = EventType("case.task_completed", Action.CHANGE, _CASEWORK, _("Opgave udført"))
TASKS_REMINDED = EventType(
    "case.tasks_reminded", Action.SHARE, _CASEWORK, _("Påmindelse om opgaver sendt")
)
CONSENT_RECORDED = EventType(
    "consent.recorded", Action.CHANGE, LegalBasis.CONSENT, _("Samtykke registreret")
)
FEEDBACK_SHARED = EventType(
    "referral.feedback_shared", Action.SHARE, LegalBasis.CONSENT, _("Status sendt til henviser")
)
