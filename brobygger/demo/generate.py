"""Load the demo municipality (content.py) into the database: deterministic and idempotent."""

import re
import uuid
from datetime import date, datetime, time, timedelta
from typing import TextIO

from django.db import transaction
from django.utils import timezone

from brobygger.accounts.models import OrganisationalUnit, RoleAssignment, User
from brobygger.accounts.roles import Role
from brobygger.areas.models import LocalArea, LocalAreaPostalCode, PostalCode
from brobygger.directory import services as directory
from brobygger.directory.models import (
    Contact,
    Location,
    Offer,
    Organisation,
    Pause,
    Schedule,
    Term,
)

from . import content

NAMESPACE = uuid.UUID("6f1d7c1e-4a8e-4bb3-9a51-0d5c3e0f2b71")
DEMO_PASSWORD = "Brobygger-demo-2026"  # noqa: S105 - printed on purpose: demo logins only
RULE_RE = re.compile(
    r"^(?P<freq>WEEKLY|BIWEEKLY|MONTHLY|ONCE) (?P<what>\S+) "
    r"(?P<open>\d{2}:\d{2})-(?P<close>\d{2}:\d{2})$"
)

DEMO_USERS = [
    ("admin@fjordbro.example", "Anne Administrator", Role.ADMINISTRATOR, None),
    ("brobygger@fjordbro.example", "Birgitte Brobygger", Role.LINK_WORKER, "Roskilde By"),
    ("brobygger.lejre@fjordbro.example", "Lars Lund", Role.LINK_WORKER, "Lejre"),
    ("teamleder@fjordbro.example", "Tove Teamleder", Role.TEAM_LEAD, "Roskilde By"),
    (
        "frivillig-koordinator@fjordbro.example",
        "Karen Koordinator",
        Role.VOLUNTEER_COORDINATOR,
        None,
    ),
    ("noegleperson@fjordbro.example", "Nadia Nøgleperson", Role.SITE_KEY_PERSON, None),
    ("henviser@fjordbro.example", "Dr. Helle Henriksen", Role.REFERRER, None),
    ("forening@fjordbro.example", "Freddy Foreningsen", Role.ASSOCIATION_CONTACT, None),
    ("frivillig@fjordbro.example", "Villy Frivillig", Role.VOLUNTEER, None),
    ("analytiker@fjordbro.example", "Aksel Analytiker", Role.ANALYST, None),
]


def demo_uuid(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


def parse_rule(rule: str) -> dict[str, object]:
    """'WEEKLY TU,TH 10:00-12:00' → Schedule fields (the DSL of content.py)."""
    match = RULE_RE.match(rule.strip())
    if not match:
        raise ValueError(f"bad schedule rule {rule!r}")
    freq, what = match["freq"], match["what"]
    fields: dict[str, object] = {
        "opens_at": time.fromisoformat(match["open"]),
        "closes_at": time.fromisoformat(match["close"]),
        "interval": 2 if freq == "BIWEEKLY" else 1,
        "freq": "WEEKLY" if freq == "BIWEEKLY" else freq,
    }
    if freq == "ONCE":
        on = date.fromisoformat(what)
        fields.update(date=on, byday=("MO", "TU", "WE", "TH", "FR", "SA", "SU")[on.weekday()])
    else:
        fields["byday"] = what
    return fields


def parse_pause(text: str, today: date) -> tuple[date, date]:
    start, end = text.split("..")
    sm, sd = (int(x) for x in start.split("-"))
    em, ed = (int(x) for x in end.split("-"))
    starts = date(today.year, sm, sd)
    ends = date(today.year + (1 if (em, ed) < (sm, sd) else 0), em, ed)
    return starts, ends


def is_loaded() -> bool:
    first = content.ORGANISATIONS[0].key
    return Organisation.objects.filter(hsds_id=demo_uuid("organisation", first)).exists()


@transaction.atomic
def load(out: TextIO | None = None) -> bool:
    """Load the demo data unless it is there already; return whether anything was loaded."""
    if is_loaded():
        return False
    directory.ensure_vocabulary()
    now = timezone.now()
    areas = _areas()
    _units(areas)
    organisations = _organisations()
    locations = _locations(organisations)
    terms = {t.code: t for t in Term.objects.all()}
    for spec in content.OFFERS:
        _offer(spec, organisations, locations, terms, now)
    for offer in Offer.objects.select_related("organisation", "location__postal_code"):
        directory.refresh_search_document(offer)
    _users(areas, organisations)
    _cases()
    _volunteers()
    if out:
        out.write(
            f"Demo: {len(content.ORGANISATIONS)} organisationer, "
            f"{len(content.OFFERS)} tilbud, {len(content.LOCATIONS)} steder.\n"
        )
    return True


def _areas() -> dict[str, LocalArea]:
    from django.utils.text import slugify

    areas = {}
    for spec in content.AREAS:
        area, _created = LocalArea.objects.get_or_create(
            name=spec.name, defaults={"slug": slugify(spec.name), "description": spec.description}
        )
        for code in spec.postal_codes:
            LocalAreaPostalCode.objects.get_or_create(
                postal_code=PostalCode.objects.get(code=code), defaults={"local_area": area}
            )
        areas[spec.name] = area
    return areas


def _units(areas: dict[str, LocalArea]) -> None:
    root, _c = OrganisationalUnit.objects.get_or_create(name="Sundhed og Omsorg")
    for name, area in areas.items():
        unit, _c = OrganisationalUnit.objects.get_or_create(
            name=f"Brobyggerteam {name}",
            defaults={"parent": root, "handles_unrouted": name == "Roskilde By"},
        )
        unit.local_areas.add(area)
    OrganisationalUnit.objects.get_or_create(name="Frivillighedsenheden", defaults={"parent": root})


def _organisations() -> dict[str, Organisation]:
    result = {}
    for spec in content.ORGANISATIONS:
        org = Organisation.objects.create(
            hsds_id=demo_uuid("organisation", spec.key),
            name=spec.name,
            kind=spec.kind,
            description=spec.description,
            email=spec.email,
            phone=spec.phone,
            website=spec.website,
        )
        for contact in spec.contacts:
            Contact.objects.create(
                hsds_id=demo_uuid("contact", f"{spec.key}:{contact.email}"),
                organisation=org,
                name=contact.name,
                title=contact.title,
                email=contact.email,
                phone=contact.phone,
            )
        result[spec.key] = org
    return result


def _locations(organisations: dict[str, Organisation]) -> dict[str, Location]:
    owners: dict[str, str] = {}
    for offer in content.OFFERS:
        owners.setdefault(offer.location, offer.organisation)
    result = {}
    for spec in content.LOCATIONS:
        location = Location(
            hsds_id=demo_uuid("location", spec.key),
            name=spec.name,
            kind=spec.kind,
            street=spec.street,
            postal_code=PostalCode.objects.get(code=spec.postal_code),
            latitude=spec.latitude,
            longitude=spec.longitude,
            position_exact=spec.latitude is not None,
            accessibility=spec.accessibility,
            wheelchair=spec.wheelchair,
            hearing_loop=spec.hearing_loop,
            organisation=organisations.get(owners.get(spec.key, "")),
        )
        directory.place_location(location)
        location.save()
        result[spec.key] = location
    return result


def _offer(
    spec: "content.OfferSpec",
    organisations: dict[str, Organisation],
    locations: dict[str, Location],
    terms: dict[str, Term],
    now: datetime,
) -> None:
    offer = Offer.objects.create(
        hsds_id=demo_uuid("offer", spec.key),
        organisation=organisations[spec.organisation],
        location=locations[spec.location],
        title=spec.title,
        summary=spec.summary,
        description=spec.description,
        price_kr=spec.price_kr,
        price_note=spec.price_note,
        capacity=spec.capacity,
        has_places=not spec.full,
        status=spec.status,
        min_age=spec.min_age,
        max_age=spec.max_age,
        host=spec.host,
        registration=spec.registration,
        contact_name=spec.contact.name,
        contact_phone=spec.contact.phone,
        contact_email=spec.contact.email,
        last_confirmed_at=now - timedelta(days=spec.confirmed_days_ago),
    )
    codes = [f"interest:{c}" for c in spec.interests] + [f"access:{c}" for c in spec.access]
    codes += [f"target:{c}" for c in spec.targets] + (["status:fuldt"] if spec.full else [])
    offer.terms.set([terms[c] for c in codes])
    for index, schedule in enumerate(spec.schedules):
        Schedule.objects.create(
            offer=offer,
            hsds_id=demo_uuid("schedule", f"{spec.key}:{index}"),
            note=schedule.note,
            **parse_rule(schedule.rule),
        )
        if schedule.pause:
            starts, ends = parse_pause(schedule.pause, now.date())
            Pause.objects.get_or_create(
                offer=offer, starts_on=starts, ends_on=ends, defaults={"every_year": True}
            )


def _users(areas: dict[str, LocalArea], organisations: dict[str, Organisation]) -> None:
    association_orgs = [o for o in organisations.values() if o.kind == "association"][:2]
    for email, name, role, area_name in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            admin = role == Role.ADMINISTRATOR
            user = User.objects.create_user(
                email, DEMO_PASSWORD, full_name=name, is_staff=admin, is_superuser=admin
            )
        if area_name:
            user.local_areas.add(areas[area_name])
            user.unit = OrganisationalUnit.objects.get(name=f"Brobyggerteam {area_name}")
            user.save(update_fields=["unit"])
        if role == Role.ASSOCIATION_CONTACT:
            for org in association_orgs:
                RoleAssignment.objects.get_or_create(user=user, role=role, organisation=org)
        else:
            RoleAssignment.objects.get_or_create(user=user, role=role, organisation=None)


# Fictional citizens in every stage of a case, so the link worker's day has something in it.
DEMO_CITIZENS = [
    ("Inger Hansen", "4000", "Har sunget i kirkekor hele livet og savner at synge.", "gp", 0),
    (
        "Poul Erik Madsen",
        "4000",
        "Min kone døde sidste år. Jeg er god med mine hænder.",
        "home_care",
        1,
    ),
    ("Ruth Sørensen", "4000", "Går gerne en tur, hvis nogen går med.", "relative", 2),
    ("Kurt Nielsen", "4000", "Spiller gerne kort, men kan ikke gå langt.", "nurse", 3),
    ("Grethe Olsen", "4000", "Vil gerne lære at bruge sin tablet og møde andre.", "self", 4),
    ("Aase Jørgensen", "4000", "Passer sin mand med demens og har brug for et pusterum.", "gp", 5),
    ("Bent Larsen", "4320", "Har været landmand. Savner at have noget at lave.", "home_care", 0),
    ("Else Mikkelsen", "4320", "Er flyttet hertil og kender ingen.", "self", 2),
]


def _cases() -> None:
    from brobygger.referrals import actions
    from brobygger.referrals.states import CaseState

    worker = User.objects.get(email="brobygger@fjordbro.example")
    path = [
        CaseState.CONTACTED,
        CaseState.CONVERSATION_HELD,
        CaseState.PLAN_MADE,
        CaseState.MATCHED,
        CaseState.ATTENDING,
    ]
    for index, (name, postal, words, kind, progress) in enumerate(DEMO_CITIZENS):
        referral = actions.receive_referral(
            actions.ReferralData(
                citizen_name=name,
                citizen_phone=f"2{index} 45 67 8{index}",
                citizen_postal_code=postal,
                citizen_birth_year=1940 + index * 2,
                consent_contact=True,
                referrer_kind=kind,
                reasons=("loneliness",),
                interests_text=words,
                referrer_name="Demo-henviser",
                referrer_email="henviser@fjordbro.example",
                feedback="status",
            )
        )
        case = referral.case
        if case is None or progress == 0 or case.team.name != "Brobyggerteam Roskilde By":
            continue
        actions.take_case(case, acting_user=worker)
        for step in path[:progress]:
            if step == CaseState.CONVERSATION_HELD:
                actions.record_conversation(
                    case,
                    notes={"interests": words},
                    wishes=words,
                    held_on=timezone.localdate(),
                    acting_user=worker,
                )
            elif step == CaseState.MATCHED:
                offer = Offer.objects.filter(status="active").order_by("title")[index * 7]
                choice = actions.choose_offer(case, offer, reasons=[], acting_user=worker)
            elif step == CaseState.ATTENDING:
                actions.record_attendance(choice, acting_user=worker)
            else:
                actions.change_state(case, step, acting_user=worker)


AGREEMENT = """Som frivillig i Fjordbro Kommune hjælper du af lyst og uden løn.
Du får en kontaktperson, en opgavebeskrivelse og mulighed for kurser.
Du kan altid sige fra – sig det til din koordinator, så finder vi en anden."""
DECLARATION = """Du har tavshedspligt om alt, du hører om borgerne og deres forhold.
Du må ikke fortælle det videre – heller ikke når du er stoppet som frivillig.
Du får kun de oplysninger, du har brug for til din opgave."""
DEMO_VOLUNTEERS = [
    ("Vera Holm", "interested", ["companion"]),
    ("Kaj Andersen", "intro", ["driver"]),
    ("Lis Poulsen", "trial", ["visiting_friend"]),
    ("Jens Kofoed", "active", ["instructor"]),
    ("Birthe Lund", "active", ["helper", "meeting_place"]),
    ("Hans Berg", "paused", ["driver"]),
    ("Tove Dahl", "left", ["companion"]),
]


def _volunteers() -> None:
    from datetime import datetime, time
    from zoneinfo import ZoneInfo

    from brobygger.referrals.actions import record_consent
    from brobygger.referrals.models import Case, ConsentKind
    from brobygger.volunteers import actions as volunteering
    from brobygger.volunteers.models import (
        AgreementText,
        QualificationKind,
        RoleDescription,
        Volunteer,
    )
    from brobygger.volunteers.stages import NEXT_STEP

    today = timezone.localdate()
    AgreementText.objects.get_or_create(
        kind="agreement", version=1, defaults={"text": AGREEMENT, "valid_from": today}
    )
    AgreementText.objects.get_or_create(
        kind="declaration", version=1, defaults={"text": DECLARATION, "valid_from": today}
    )
    for name, months, check in (
        ("Seniorsportsinstruktør", None, False),
        ("Førstehjælp", 24, False),
        ("Demenskursus", None, False),
        ("Straffeattest", 36, True),
    ):
        QualificationKind.objects.get_or_create(
            name=name, defaults={"valid_months": months, "is_record_check": check}
        )
    coordinator = User.objects.get(email="frivillig-koordinator@fjordbro.example")
    companion = RoleDescription.objects.create(
        title="Følgeven første gang",
        kind="companion",
        purpose="At gøre det lettere at komme af sted første gang.",
        does="Følger borgeren til og fra aktiviteten og bliver der den første gang.",
        does_not="Hjælper ikke med personlig pleje eller medicin.",
        contact=coordinator,
        time_commitment="2–3 timer ad gangen",
    )
    for name, stage, kinds in DEMO_VOLUNTEERS:
        Volunteer.objects.create(
            full_name=name,
            stage=stage,
            task_kinds=kinds,
            coordinator=coordinator,
            leaving_reason="time" if stage == "left" else "",
            trial_ends_on=today + timedelta(days=5) if stage == "trial" else None,
            # Due dates spread so the demo pipeline shows overdue steps as well.
            next_action=str(NEXT_STEP[stage][0]),
            next_action_due=(
                today + timedelta(days=NEXT_STEP[stage][1] // 7 - 2)
                if NEXT_STEP[stage][1] is not None
                else None
            ),
        )
    villy_user = User.objects.get(email="frivillig@fjordbro.example")
    villy = Volunteer.objects.create(
        user=villy_user,
        full_name=villy_user.full_name,
        stage="active",
        task_kinds=["companion"],
        coordinator=coordinator,
        phone="+45 22 33 44 55",
    )
    volunteering.accept(villy, "agreement", acting_user=villy_user)
    volunteering.accept(villy, "declaration", acting_user=villy_user)
    case = Case.objects.filter(state="matched").first()
    if case is not None:
        worker = User.objects.get(email="brobygger@fjordbro.example")
        record_consent(
            case.citizen,
            kind=ConsentKind.VOLUNTEER_NOTES,
            given=True,
            how="Sagt ja under samtalen",
            acting_user=worker,
        )
        volunteering.write_need_to_know(
            case, "Går med rollator – tag elevatoren.", acting_user=worker
        )
        starts = datetime.combine(
            today + timedelta(days=2), time(10), ZoneInfo("Europe/Copenhagen")
        )
        volunteering.assign(
            villy,
            companion,
            starts=starts,
            ends=starts + timedelta(hours=2),
            case=case,
            acting_user=coordinator,
        )
    _volunteer_planning(coordinator, villy)


def _volunteer_planning(coordinator: User, villy: object) -> None:
    """Tasks at a nursing home, open slots, hosts and courses, so every page has content."""
    from brobygger.volunteers import actions as volunteering
    from brobygger.volunteers import courses, planning, rules
    from brobygger.volunteers.models import (
        Acceptance,
        Course,
        QualificationKind,
        RoleDescription,
        Volunteer,
    )

    today = timezone.localdate()
    kinds = {k.name: k for k in QualificationKind.objects.all()}
    at_homes = Offer.objects.filter(
        location__kind="nursing_home", schedules__freq="WEEKLY"
    ).select_related("location")
    gym = at_homes.filter(title__icontains="seniorsport").first() or at_homes.order_by("pk").first()
    site = gym.location if gym else None
    instructor = RoleDescription.objects.create(
        title="Instruktør i seniorsport",
        kind="instructor",
        site=site,
        purpose="Beboerne bevæger sig sammen og har det sjovt imens.",
        does="Leder holdet efter DGI's seniorsportsprogram og tilpasser til dagsformen.",
        does_not="Hjælper ikke med personlig pleje, forflytning eller medicin.",
        contact=coordinator,
        time_commitment="1½ time om ugen",
    )
    instructor.required_qualifications.add(kinds["Seniorsportsinstruktør"])
    helper = RoleDescription.objects.create(
        title="Hjælper ved aktiviteter på plejecentret",
        kind="helper",
        site=site,
        purpose="Flere beboere kan være med, når der er en ekstra hånd.",
        does="Henter beboere, skænker kaffe, snakker og hjælper til.",
        does_not="Løfter ikke beboere og hjælper ikke med personlig pleje.",
        contact=coordinator,
        time_commitment="Efter lyst, 1–2 timer ad gangen",
    )
    RoleDescription.objects.create(
        title="Frivillig chauffør",
        kind="driver",
        purpose="Borgere uden bil kan komme til fællesskaber.",
        does="Kører borgeren til og fra aktiviteten i egen bil mod kørselsgodtgørelse.",
        does_not="Hjælper ikke ind og ud af bilen ud over en arm at støtte sig til.",
        contact=coordinator,
        requires_record_check=True,
    )
    RoleDescription.objects.create(
        title="Besøgsven",
        kind="visiting_friend",
        purpose="En fast ven at snakke og gå tur med.",
        does="Besøger den samme borger hver eller hver anden uge.",
        does_not="Gør ikke rent, handler ikke ind og hjælper ikke med økonomi.",
        contact=coordinator,
        requires_record_check=True,
        time_commitment="2 timer hver eller hver anden uge",
    )
    active = {v.full_name: v for v in Volunteer.objects.filter(stage__in=["trial", "active"])}
    # The demo corps has signed its papers (Villy did it himself, on his page).
    for volunteer in active.values():
        for text in rules.current_texts().values():
            Acceptance.objects.get_or_create(volunteer=volunteer, text=text)
    jens = active.get("Jens Kofoed")
    if jens is not None:
        volunteering.record_qualification(
            jens,
            kinds["Seniorsportsinstruktør"],
            obtained_on=today - timedelta(days=400),
            acting_user=coordinator,
        )
        volunteering.record_qualification(
            jens,
            kinds["Førstehjælp"],
            obtained_on=today - timedelta(days=700),
            expires_on=today + timedelta(days=30),
            acting_user=coordinator,
        )
        if gym is not None:
            planning.assign_series(
                jens,
                instructor,
                planning.activity_times(gym, weeks=6),
                offer=gym,
                acting_user=coordinator,
            )
            planning.set_host(
                jens,
                site,
                name="Hanne Aktivitetsmedarbejder",
                phone="+45 46 31 00 00",
                acting_user=coordinator,
            )
    volunteering.record_qualification(
        villy,
        kinds["Straffeattest"],
        obtained_on=today - timedelta(days=200),
        acting_user=coordinator,
    )
    if gym is not None:
        planning.publish_slots(
            helper,
            planning.activity_times(gym, weeks=4),
            places=2,
            offer=gym,
            acting_user=coordinator,
        )
        planning.set_host(
            villy,
            site,
            name="Hanne Aktivitetsmedarbejder",
            phone="+45 46 31 00 00",
            acting_user=coordinator,
        )
    key_person = User.objects.filter(role_assignments__role=Role.SITE_KEY_PERSON).first()
    past = Course.objects.create(
        title="Demensvenlig kommunikation",
        gives=kinds["Demenskursus"],
        held_on=today - timedelta(days=21),
        place="Fjordbro Rådhus, mødelokale 2",
        created_by=coordinator,
    )
    coming = Course.objects.create(
        title="Førstehjælp for ældre",
        gives=kinds["Førstehjælp"],
        held_on=today + timedelta(days=14),
        place="Plejecenter, festsalen",
        capacity=16,
        created_by=coordinator,
    )
    for course in (past, coming):
        courses.add_participant(course, volunteer=villy, acting_user=coordinator)
        if jens is not None:
            courses.add_participant(course, volunteer=jens, acting_user=coordinator)
        if key_person is not None:
            courses.add_participant(course, staff=key_person, acting_user=coordinator)
    courses.record_attendance(
        past, set(past.participants.values_list("pk", flat=True)), acting_user=coordinator
    )
