"""The audit events of volunteer management."""

from django.utils.translation import gettext_lazy as _

from brobygger.audit.events import Action, EventType, LegalBasis

_AGREEMENT = LegalBasis.VOLUNTEER_AGREEMENT

VOLUNTEER_READ = EventType("volunteer.read", Action.READ, _AGREEMENT, _("Frivillig læst"))
VOLUNTEERS_LISTED = EventType(
    "volunteer.listed", Action.READ, _AGREEMENT, _("Liste over frivillige læst")
)
VOLUNTEERS_EXPORTED = EventType(
    "volunteer.exported", Action.EXPORT, _AGREEMENT, _("Frivilligkorpset eksporteret")
)
SIGNED_UP = EventType("volunteer.signed_up", Action.CREATE, _AGREEMENT, _("Frivillig skrevet ind"))
STAGE_CHANGED = EventType(
    "volunteer.stage_changed", Action.CHANGE, _AGREEMENT, _("Frivilligs status ændret")
)
NEXT_ACTION_SET = EventType(
    "volunteer.next_action_set", Action.CHANGE, _AGREEMENT, _("Næste skridt sat")
)
QUALIFICATION_RECORDED = EventType(
    "volunteer.qualification_recorded", Action.CHANGE, _AGREEMENT, _("Kvalifikation registreret")
)
QUALIFICATION_REMOVED = EventType(
    "volunteer.qualification_removed", Action.DELETE, _AGREEMENT, _("Kvalifikation fjernet")
)
QUALIFICATION_WARNED = EventType(
    "volunteer.qualification_warned", Action.SHARE, _AGREEMENT, _("Varslet om udløbende bevis")
)
DOCUMENT_ACCEPTED = EventType(
    "volunteer.document_accepted", Action.CHANGE, _AGREEMENT, _("Aftale eller erklæring accepteret")
)
HOURS_LOGGED = EventType(
    "volunteer.hours_logged", Action.CREATE, _AGREEMENT, _("Timer registreret")
)
HOURS_CORRECTED = EventType(
    "volunteer.hours_corrected", Action.CHANGE, _AGREEMENT, _("Timer rettet")
)
HOURS_DELETED = EventType("volunteer.hours_deleted", Action.DELETE, _AGREEMENT, _("Timer slettet"))
CONTACT_EDITED = EventType(
    "volunteer.contact_edited", Action.CHANGE, _AGREEMENT, _("Frivilligs kontaktoplysninger rettet")
)
RECOGNISED = EventType("volunteer.recognised", Action.CREATE, _AGREEMENT, _("Anerkendelse"))
CONCERN_NOTED = EventType(
    "volunteer.concern_noted", Action.CREATE, _AGREEMENT, _("Fortrolig note skrevet")
)
ACCESS_GIVEN = EventType(
    "volunteer.access_given", Action.CHANGE, _AGREEMENT, _("Adgang til Min side givet")
)
ASSIGNED = EventType("assignment.made", Action.CREATE, _AGREEMENT, _("Opgave givet"))
ASSIGNMENT_CANCELLED = EventType(
    "assignment.cancelled", Action.CHANGE, _AGREEMENT, _("Opgave aflyst eller afbud")
)
SLOTS_PUBLISHED = EventType(
    "slot.published", Action.CREATE, _AGREEMENT, _("Ledige vagter slået op")
)
SLOTS_LISTED = EventType(
    "slot.listed", Action.READ, _AGREEMENT, _("Ledige vagter og hvem der kommer")
)
SLOT_TAKEN = EventType("slot.taken", Action.CHANGE, _AGREEMENT, _("Ledig vagt taget"))
SLOT_CANCELLED = EventType("slot.cancelled", Action.CHANGE, _AGREEMENT, _("Vagt aflyst"))
HOST_SET = EventType("volunteer.host_set", Action.CHANGE, _AGREEMENT, _("Kontaktperson sat"))
CANDIDATES_LISTED = EventType(
    "assignment.candidates_listed", Action.READ, _AGREEMENT, _("Forslag til frivillige læst")
)
ROLE_DESCRIPTION_SAVED = EventType(
    "role_description.saved", Action.CHANGE, _AGREEMENT, _("Opgavebeskrivelse gemt")
)
COURSE_CREATED = EventType("course.created", Action.CREATE, _AGREEMENT, _("Kursus oprettet"))
COURSE_PARTICIPANT_ADDED = EventType(
    "course.participant_added", Action.CREATE, _AGREEMENT, _("Deltager tilmeldt kursus")
)
COURSE_PARTICIPANTS_READ = EventType(
    "course.participants_read", Action.READ, _AGREEMENT, _("Kursets deltagere læst")
)
COURSE_ATTENDANCE_RECORDED = EventType(
    "course.attendance_recorded", Action.CHANGE, _AGREEMENT, _("Fremmøde på kursus registreret")
)
NEED_TO_KNOW_WRITTEN = EventType(
    "need_to_know.written", Action.CREATE, LegalBasis.CONSENT, _("Note til frivillig skrevet")
)
COMPANION_BRIEF_READ = EventType(
    "companion.brief_read",
    Action.READ,
    LegalBasis.CONSENT,
    _("Følgeven så borgerens fornavn og aftalen"),
)
NEED_TO_KNOW_READ = EventType(
    "need_to_know.read", Action.READ, LegalBasis.CONSENT, _("Frivillig læste en note om borgeren")
)
