"""A citizen and a volunteer with a row in every model that holds data about them, each
mentioning who they are, and a search of the whole database for what should be gone."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.db import models
from django.utils import timezone

from brobygger.accounts.roles import Role
from brobygger.notifications.models import Message
from brobygger.referrals import actions as referrals
from brobygger.referrals.models import (
    ConsentKind,
    FeedbackShare,
    PlanChoice,
    PlanStep,
    StateChange,
    Task,
)
from brobygger.volunteers import actions as volunteering
from brobygger.volunteers.models import (
    Acceptance,
    AgreementText,
    Assignment,
    ConcernNote,
    Course,
    CourseParticipant,
    HourLog,
    NeedToKnowNote,
    Qualification,
    QualificationKind,
    Recognition,
    RoleDescription,
    SiteHost,
    Volunteer,
)
from tests import factories
from tests.people import referral_data, two_factor

NAME = "Gudrun Thorsager"
PHONE = "61 72 83 94"
EMAIL = "gudrun@thorsager.dk"
STREET = "Fjordvej 7"
REFERRER = "Dr. Ravnsborg"
REFERRER_EMAIL = "ravnsborg@laegehus.dk"

VOLUNTEER_NAME = "Valborg Kildegaard"
VOLUNTEER_EMAIL = "valborg@kildegaard.dk"
VOLUNTEER_PHONE = "42 53 64 75"


@dataclass
class Person:
    obj: models.Model
    secrets: list[str] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)


def mentions(*needles: str, skip: tuple[str, ...] = ("audit.auditevent",)) -> list[str]:
    """Every text (and JSON) value in the database that contains one of ``needles``, as
    "app.model #pk field" — the audit log left out unless asked for."""
    lowered = [n.lower() for n in needles]
    found = []
    for model in apps.get_models():
        if model._meta.label_lower in skip or model._meta.proxy:
            continue
        text_fields = [
            f
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        if not text_fields:
            continue
        for row in model._default_manager.values("pk", *[f.attname for f in text_fields]):
            for f in text_fields:
                value = str(row[f.attname]).lower()
                if any(n in value for n in lowered):
                    found.append(f"{model._meta.label_lower} #{row['pk']} {f.name}")
    return found


@pytest.fixture
def admin(db):
    return two_factor(factories.user(Role.ADMINISTRATOR, full_name="Anna Administrator"))


@pytest.fixture
def coordinator(db):
    return two_factor(factories.user(Role.VOLUNTEER_COORDINATOR, full_name="Karen Koordinator"))


@pytest.fixture
def full_citizen(teams, worker):
    """A citizen whose name, phone and address are written into every record about them."""
    referral = referrals.receive_referral(
        referral_data(
            citizen_name=NAME,
            citizen_phone=PHONE,
            citizen_email=EMAIL,
            citizen_street=STREET,
            citizen_birth_year=1947,
            needs_text=f"{NAME} går med rollator",
            interests_text="Har sunget i kor",
            referrer_name=REFERRER,
            referrer_email=REFERRER_EMAIL,
            referrer_phone="33 44 55 66",
        )
    )
    case = referral.case
    citizen = case.citizen
    referrals.take_case(case, acting_user=worker)
    referrals.record_conversation(
        case,
        notes={"relations": f"{NAME} savner sin mand", "interests": "Sang"},
        wishes=f"Jeg, {NAME}, vil gerne synge",
        held_on=timezone.localdate(),
        acting_user=worker,
    )
    referrals.record_consent(
        citizen,
        kind=ConsentKind.VOLUNTEER_NOTES,
        given=True,
        how=f"{NAME} sagde ja i telefonen ({PHONE})",
        acting_user=worker,
    )
    type(case).objects.filter(pk=case.pk).update(
        goals=f"{NAME} vil synge igen",
        companion_name="Nabo Ib",
        needs=["walker"],
        available=[{"weekday": "tu", "from": "08:00", "to": "12:00"}],
    )
    PlanStep.objects.create(case=case, text=f"{NAME} kigger med i koret")
    offer = factories.offer("Seniorkoret")
    PlanChoice.objects.create(
        case=case,
        offer=offer,
        reasons=[f"Tæt på {STREET}"],
        failure_note=f"{NAME} blev syg",
    )
    Task.objects.create(
        case=case, title=f"Ring til {NAME} på {PHONE}", due_on=date.today(), assigned_to=worker
    )
    StateChange.objects.create(
        case=case, from_state="received", to_state="received", by=worker, note=f"Talt med {NAME}"
    )
    FeedbackShare.objects.create(
        referral=referral, message="Borgeren er kontaktet af en brobygger.", shared_by=worker
    )
    NeedToKnowNote.objects.create(case=case, text=f"{NAME} hører dårligt", written_by=worker)
    helper = Volunteer.objects.create(full_name="Hjalte Hjælper", stage="active")
    role = RoleDescription.objects.create(
        title="Følgeven", kind="companion", purpose="Følge", does="Følger", does_not="Plejer"
    )
    start = timezone.now() - timedelta(days=3)
    assignment = Assignment.objects.create(
        volunteer=helper,
        role=role,
        case=case,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        confirmed_by=worker,
    )
    HourLog.objects.create(
        volunteer=helper,
        assignment=assignment,
        on=date.today(),
        hours=Decimal("2"),
        note=f"Fulgte {NAME} til koret",
    )
    return Person(
        citizen,
        secrets=[NAME, "Gudrun", "Thorsager", PHONE, "61728394", EMAIL, STREET, REFERRER_EMAIL],
        extra={"case": case, "referral": referral, "helper": helper},
    )


@pytest.fixture
def full_volunteer(coordinator, teams, worker, settings):
    """A volunteer who helped, logged hours, was thanked and left, with a login of their own."""
    volunteer = volunteering.sign_up(
        full_name=VOLUNTEER_NAME,
        phone=VOLUNTEER_PHONE,
        email=VOLUNTEER_EMAIL,
        postal_code="4000",
        task_kinds=["companion"],
        interests=["sang"],
        days=["tu"],
        commitment="regular",
        skills=f"{VOLUNTEER_NAME} er sygeplejerske",
        languages="dansk, tysk",
    )
    account = factories.user(Role.VOLUNTEER, email=VOLUNTEER_EMAIL, full_name=VOLUNTEER_NAME)
    account.phone = VOLUNTEER_PHONE
    account.save()
    EmailAddress.objects.create(user=account, email=VOLUNTEER_EMAIL, primary=True, verified=True)
    Volunteer.objects.filter(pk=volunteer.pk).update(user=account, birth_year=1961)
    volunteer.refresh_from_db()
    volunteering.move_stage(volunteer, "intro", acting_user=coordinator, note="Ringede til Valborg")
    kind = QualificationKind.objects.create(name="Førstehjælp", valid_months=24)
    Qualification.objects.create(volunteer=volunteer, kind=kind, obtained_on=date(2025, 1, 1))
    text = AgreementText.objects.create(kind="agreement", version=1, text="Aftale")
    Acceptance.objects.create(volunteer=volunteer, text=text)
    case = referrals.receive_referral(referral_data(citizen_name="Anden Borger")).case
    type(case).objects.filter(pk=case.pk).update(companion=account, companion_name=VOLUNTEER_NAME)
    role = RoleDescription.objects.create(
        title="Følgeven", kind="companion", purpose="Følge", does="Følger", does_not="Plejer"
    )
    start = timezone.now() - timedelta(days=10)
    assignment = Assignment.objects.create(
        volunteer=volunteer,
        role=role,
        case=case,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        confirmed_by=coordinator,
    )
    HourLog.objects.create(
        volunteer=volunteer,
        assignment=assignment,
        on=date.today(),
        hours=Decimal("2"),
        note="Valborg kørte",
    )
    Recognition.objects.create(
        volunteer=volunteer, kind="thanks", note=f"Tak til {VOLUNTEER_NAME}", by=coordinator
    )
    ConcernNote.objects.create(
        volunteer=volunteer, text=f"{VOLUNTEER_NAME} var uenig med værten", written_by=coordinator
    )
    SiteHost.objects.create(
        volunteer=volunteer, site=factories.location("Plejecentret"), name="Vært Viggo", phone="1"
    )
    course = Course.objects.create(
        title="Førstehjælp", held_on=date(2025, 1, 1), created_by=coordinator
    )
    CourseParticipant.objects.create(course=course, volunteer=volunteer, attended=True)
    Message.objects.create(
        channel="email",
        template="volunteers/welcome",
        recipient=VOLUNTEER_EMAIL,
        subject=f"Velkommen, {VOLUNTEER_NAME}",
        body=f"Kære {VOLUNTEER_NAME}",
        status="sent",
    )
    Message.objects.create(
        channel="sms",
        template="volunteers/slot_cancelled",
        recipient="+4542536475",
        body="Vagten er aflyst",
        status="sent",
    )
    volunteering.move_stage(
        volunteer, "left", acting_user=coordinator, note="Flytter", reason="moved"
    )
    volunteer.refresh_from_db()
    return Person(
        volunteer,
        secrets=[VOLUNTEER_NAME, "Valborg", "Kildegaard", VOLUNTEER_EMAIL, VOLUNTEER_PHONE],
        extra={"account": account, "case": case},
    )
