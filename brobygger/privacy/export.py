"""The art. 15 export: everything held on one person, and who read or changed it, when and why.

``build`` collects it once (the walk of ``records.py`` plus the audit log); ``as_json`` gives
the machine-readable file and ``as_pdf`` the Danish document the person can read.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from brobygger.accounts.models import User
from brobygger.audit.models import AuditEvent
from brobygger.notifications.models import Message
from brobygger.notifications.sms import danish_msisdn
from brobygger.referrals.models import Citizen, LifeDomain
from brobygger.referrals.states import Reason
from brobygger.volunteers.models import Volunteer

from .consents import PURPOSES
from .labels import field_label, model_title
from .models import Erasure
from .records import json_value, records_of, shown_fields

FORMAT = "brobygger-indsigt/1"
# JSON values that are codes with Danish names elsewhere.
_JSON_CODES: dict[str, type[models.TextChoices]] = {
    "referrals.conversation.notes": LifeDomain,
    "referrals.referral.reasons": Reason,
}


@dataclass
class Entry:
    """One record: a heading, its fields in Danish (empty ones left out) and its raw data."""

    heading: str
    fields: list[tuple[str, str]]
    data: dict[str, Any]


@dataclass
class Section:
    model: str
    title: str
    field_names: dict[str, str]
    entries: list[Entry]


@dataclass
class Access:
    """One line of the access log, as the person reads it."""

    at: datetime
    who: str
    what: str
    purpose: str
    legal_basis: str
    legal_basis_code: str
    event: str


@dataclass
class Export:
    kind: str  # "citizen" or "volunteer"
    subject: models.Model
    name: str
    made_at: datetime
    made_by: str
    sections: list[Section]
    access: list[Access]
    own_actions: list[Access] = field(default_factory=list)
    consent_purposes: list[tuple[str, str]] = field(default_factory=list)
    erasure: Erasure | None = None


def build_citizen(citizen: Citizen, *, made_by: User) -> Export:
    sections = _sections(citizen)
    return Export(
        kind="citizen",
        subject=citizen,
        name=citizen.full_name,
        made_at=timezone.now(),
        made_by=made_by.full_name,
        sections=sections,
        access=_access_log(citizen, sections),
        consent_purposes=[(str(kind), str(text)) for kind, text in _purposes()],
        erasure=_erasure(citizen),
    )


def build_volunteer(volunteer: Volunteer, *, made_by: User) -> Export:
    sections = _sections(volunteer)
    account = volunteer.user
    if account is not None:
        sections.append(_section(User, [account], subject_model=Volunteer))
    messages = list(_messages_to(volunteer))
    if messages:
        sections.append(_section(Message, messages, subject_model=Volunteer))
    own = (
        [_access(e) for e in AuditEvent.objects.filter(user=account).order_by("at", "id")]
        if account is not None
        else []
    )
    return Export(
        kind="volunteer",
        subject=volunteer,
        name=volunteer.full_name,
        made_at=timezone.now(),
        made_by=made_by.full_name,
        sections=sections,
        access=_access_log(volunteer, sections),
        own_actions=own,
        erasure=_erasure(volunteer),
    )


def as_json(export: Export) -> bytes:
    document = {
        "format": FORMAT,
        "dannet": export.made_at.isoformat(),
        "dannet_af": export.made_by,
        "registreret": {
            "type": export.subject._meta.label_lower,
            "id": export.subject.pk,
            "navn": export.name,
        },
        "anonymiseret": (
            {"tidspunkt": export.erasure.at.isoformat(), "begrundelse": export.erasure.reason}
            if export.erasure
            else None
        ),
        "oplysninger": [
            {
                "model": s.model,
                "titel": s.title,
                "felter": s.field_names,
                "poster": [e.data for e in s.entries],
            }
            for s in export.sections
        ],
        "samtykkernes_formaal": dict(export.consent_purposes),
        "adgangslog": [_access_json(a) for a in export.access],
        "egne_handlinger": [_access_json(a) for a in export.own_actions],
    }
    return json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2).encode()


def as_html(export: Export) -> str:
    logo = finders.find(settings.MUNICIPALITY_LOGO)
    return render_to_string(
        "privacy/export.html",
        {
            "export": export,
            "logo": f"file://{logo}" if isinstance(logo, str) else "",
            "municipality_name": settings.MUNICIPALITY_NAME,
            "municipality_phone": settings.MUNICIPALITY_PHONE,
            "municipality_email": settings.MUNICIPALITY_EMAIL,
        },
    )


def as_pdf(export: Export) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # No network access: only local files (the logo) may be fetched while rendering.
    fetcher = URLFetcher(allowed_protocols={"file"})
    pdf: bytes = HTML(string=as_html(export), base_url=None, url_fetcher=fetcher).write_pdf()
    return pdf


# Records ------------------------------------------------------------------------------------


def _sections(person: models.Model) -> list[Section]:
    return [
        _section(holding.model, found, subject_model=type(person))
        for holding, found in records_of(person)
    ]


def _section(
    model: type[models.Model],
    objects: Sequence[models.Model],
    *,
    subject_model: type[models.Model],
) -> Section:
    # A relation back to the person says nothing new (and would repeat the name everywhere).
    fields = [
        f
        for f in shown_fields(model)
        if not (f.is_relation and f.related_model is subject_model and model is not subject_model)
    ]
    return Section(
        model=model._meta.label_lower,
        title=model_title(model),
        field_names={f.name: field_label(model, f) for f in fields},
        entries=[
            Entry(
                heading=_("%(title)s, %(n)d af %(total)d")
                % {"title": model_title(model), "n": n, "total": len(objects)},
                fields=[
                    (field_label(model, f), text)
                    for f in fields
                    if (text := _display(obj, f)) and not f.primary_key
                ],
                data={f.name: json_value(obj, f) for f in fields},
            )
            for n, obj in enumerate(objects, start=1)
        ],
    )


def _display(obj: models.Model, field: models.Field[Any, Any]) -> str:
    """A value as the person reads it: names for codes, Danish dates, yes and no."""
    if field.is_relation:
        target = getattr(obj, field.name)
        return "" if target is None else str(target)
    value = getattr(obj, field.attname)
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("Ja") if value else _("Nej")
    if isinstance(value, datetime):
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, date):
        return date_format(value, "SHORT_DATE_FORMAT")
    codes = _JSON_CODES.get(f"{obj._meta.label_lower}.{field.name}")
    if isinstance(value, list):
        return ", ".join(_code(codes, item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{_code(codes, key)}: {_code(None, item)}" for key, item in value.items())
    return str(value)


def _code(codes: type[models.TextChoices] | None, value: object) -> str:
    if codes is not None and isinstance(value, str) and value in codes.values:
        return str(codes(value).label)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def _messages_to(volunteer: Volunteer) -> models.QuerySet[Message]:
    account = volunteer.user
    addresses = {volunteer.email.lower(), account.email.lower() if account else ""}
    phones = {danish_msisdn(p) for p in (volunteer.phone, account.phone if account else "") if p}
    recipients = {r for r in addresses | phones if r}
    return Message.objects.filter(recipient__in=recipients).order_by("created_at", "id")


def _erasure(person: models.Model) -> Erasure | None:
    return Erasure.objects.filter(object_type=person._meta.label_lower, object_id=person.pk).first()


def _purposes() -> list[tuple[object, object]]:
    from brobygger.referrals.models import ConsentKind

    return [(ConsentKind(kind).label, text) for kind, text in PURPOSES.items()]


# The access log -----------------------------------------------------------------------------


def _access_log(person: models.Model, sections: list[Section]) -> list[Access]:
    """Every audit event about the person or any of the records in the export, oldest first."""
    about = Q(object_type=person._meta.label_lower, object_id=str(person.pk))
    for section in sections:
        ids = [str(e.data["id"]) for e in section.entries if "id" in e.data]
        if ids:
            about |= Q(object_type=section.model, object_id__in=ids)
    events = AuditEvent.objects.filter(about).select_related("user").order_by("at", "id")
    return [_access(e) for e in events]


def _access(event: AuditEvent) -> Access:
    return Access(
        at=event.at,
        who=_who(event),
        what=event.event_description() or str(event.get_action_display()),
        purpose=event.purpose,
        legal_basis=str(event.get_legal_basis_display()) if event.legal_basis else "",
        legal_basis_code=event.legal_basis,
        event=event.event,
    )


def _who(event: AuditEvent) -> str:
    # A name, never an e-mail address: a volunteer's private address is no one else's business.
    if event.user is not None:
        return event.user.full_name or _("En bruger")
    label = event.user_label.split(" <")[0].strip()
    if not label or label == "anonym":
        return _("Ingen bruger (offentlig formular eller automatisk kørsel)")
    return label


def _access_json(access: Access) -> dict[str, Any]:
    return {
        "tidspunkt": access.at.isoformat(),
        "hvem": access.who,
        "hvad": access.what,
        "haendelse": access.event,
        "formaal": access.purpose,
        "hjemmel": {"kode": access.legal_basis_code, "tekst": access.legal_basis},
    }
