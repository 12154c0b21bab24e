"""Danish names for models and fields that have none of their own, for the readable export.

The export is for the citizen, in Danish. Models and fields without a ``verbose_name`` would
show their English code names, so they are named here (a field by its name alone, or by
"app.model.field" where the same name means something else). A test fails when a model in a
person's records has a field without a Danish name, so a new one is named when it is added.
"""

from typing import Any

from django.db import models
from django.utils.functional import Promise
from django.utils.text import camel_case_to_spaces
from django.utils.translation import gettext_lazy as _

MODEL_TITLES: dict[str, Promise] = {
    "referrals.statechange": _("Statusændringer i forløbet"),
    "referrals.planstep": _("Små skridt i planen"),
    "referrals.planchoice": _("Valgte fællesskaber"),
    "referrals.feedbackshare": _("Status sendt til henviseren"),
    "volunteers.assignment": _("Opgaver for frivillige"),
    "volunteers.needtoknownote": _("Det den frivillige må vide"),
    "volunteers.hourlog": _("Timer"),
    "volunteers.stagechange": _("Statusændringer som frivillig"),
    "volunteers.qualification": _("Kvalifikationer"),
    "volunteers.acceptance": _("Accepterede aftaler og erklæringer"),
    "volunteers.recognition": _("Anerkendelse"),
    "volunteers.concernnote": _("Fortrolige noter"),
    "volunteers.sitehost": _("Kontaktpersoner på stederne"),
    "volunteers.courseparticipant": _("Kurser"),
}

FIELD_LABELS: dict[str, Promise] = {
    "citizen": _("borger"),
    "volunteer": _("frivillig"),
    "case": _("forløb"),
    "suspected_case": _("muligvis samme borger som forløb"),
    "referral": _("henvisning"),
    "team": _("team"),
    "local_area": _("lokalområde"),
    "created_at": _("oprettet"),
    "recorded_at": _("registreret"),
    "recorded_by": _("registreret af"),
    "opened_at": _("åbnet"),
    "taken_at": _("taget af en brobygger"),
    "closed_at": _("afsluttet"),
    "escalated_at": _("sendt videre til teamlederen"),
    "last_contact_at": _("sidste kontakt"),
    "transport": _("transport"),
    "version": _("version"),
    "edited_at": _("sidst rettet"),
    "edited_by": _("sidst rettet af"),
    "citizen_postal_code": _("postnummer"),
    "citizen_birth_year": _("fødselsår"),
    "referrer_user": _("henviser (bruger)"),
    "received_at": _("modtaget"),
    "public_id": _("kvitteringsside"),
    "from_state": _("fra status"),
    "to_state": _("til status"),
    "from_stage": _("fra status"),
    "to_stage": _("til status"),
    "at": _("tidspunkt"),
    "on": _("dato"),
    "by": _("af"),
    "note": _("bemærkning"),
    "held_by": _("holdt af"),
    "done_at": _("udført"),
    "offer": _("fællesskab"),
    "status": _("status"),
    "reasons": _("begrundelser"),
    "chosen_at": _("valgt"),
    "started_at": _("startet"),
    "failure_reason": _("grund til at det ikke blev til noget"),
    "failure_note": _("bemærkning om hvorfor"),
    "assigned_to": _("tildelt"),
    "reminded_at": _("påmindet"),
    "role": _("opgave"),
    "confirmed_by": _("bekræftet af"),
    "cancelled_at": _("aflyst"),
    "slot": _("ledig vagt"),
    "written_by": _("skrevet af"),
    "written_at": _("skrevet"),
    "message": _("besked"),
    "shared_at": _("sendt"),
    "shared_by": _("sendt af"),
    "assignment": _("opgave"),
    "user": _("brugerkonto"),
    "stage_since": _("status siden"),
    "last_active_on": _("sidst aktiv"),
    "kind": _("slags"),
    "warned_at": _("varslet om udløb"),
    "text": _("tekst"),
    "accepted_at": _("accepteret"),
    "course": _("kursus"),
    "staff": _("medarbejder"),
    "attended": _("deltog"),
    "id": _("nummer"),
    # Per model where a shared name reads wrongly.
    "referrals.referral.case": _("forløb"),
    "volunteers.acceptance.text": _("aftale eller erklæring"),
    "volunteers.qualification.kind": _("kvalifikation"),
    "volunteers.courseparticipant.course": _("kursus"),
}


def has_own_name(model: type[models.Model]) -> bool:
    return str(model._meta.verbose_name) != camel_case_to_spaces(model._meta.object_name or "")


def model_title(model: type[models.Model]) -> str:
    title: object = MODEL_TITLES.get(model._meta.label_lower)
    if title is None:
        title = model._meta.verbose_name_plural if has_own_name(model) else model.__name__
    text = str(title)
    return text[:1].upper() + text[1:]


def field_has_own_name(field: models.Field[Any, Any]) -> bool:
    return str(field.verbose_name) != field.name.replace("_", " ")


def field_label(model: type[models.Model], field: models.Field[Any, Any]) -> str:
    specific = FIELD_LABELS.get(f"{model._meta.label_lower}.{field.name}")
    if specific is not None:
        text = str(specific)
    elif field_has_own_name(field):
        text = str(field.verbose_name)
    else:
        text = str(FIELD_LABELS.get(field.name, field.name))
    return text[:1].upper() + text[1:]


def is_named(model: type[models.Model], field: models.Field[Any, Any]) -> bool:
    """Whether the export can show this field under a Danish name."""
    return (
        field_has_own_name(field)
        or field.name in FIELD_LABELS
        or f"{model._meta.label_lower}.{field.name}" in FIELD_LABELS
    )
