"""Load the demo municipality "Fjordbro Kommune" into the database: deterministic, idempotent.

Two files hold it (see data/README.md): the directory is an Open Referral HSDS 3 package
(data/directory/), loaded by the importer behind ``brobygger import-hsds``; the people are
data/people.toml, created here through the apps' own actions.
"""

import csv
import json
import tomllib
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any, NamedTuple, Protocol
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from brobygger.accounts.models import OrganisationalUnit, RoleAssignment, User
from brobygger.accounts.roles import Role
from brobygger.areas.models import LocalArea, LocalAreaPostalCode, PostalCode
from brobygger.directory import services as directory
from brobygger.directory.models import Offer, Organisation
from brobygger.hsds.importer import import_path

DATA = Path(__file__).parent / "data"
DIRECTORY = DATA / "directory"
PEOPLE: dict[str, Any] = tomllib.loads((DATA / "people.toml").read_text(encoding="utf-8"))
DEMO_PASSWORD: str = PEOPLE["password"]


class DemoUser(NamedTuple):
    email: str
    name: str
    role: Role
    area: str | None


DEMO_USERS = [
    DemoUser(u["email"], u["name"], Role(u["role"]), u.get("area")) for u in PEOPLE["users"]
]


class DemoDataError(Exception):
    """The shipped demo package did not import cleanly (a test guards against this)."""


def _package_ids(file: str) -> list[str]:
    with (DIRECTORY / file).open(encoding="utf-8", newline="") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


def is_loaded() -> bool:
    first = _package_ids("organizations.csv")[0]
    return Organisation.objects.filter(hsds_id=first).exists()


class _Writer(Protocol):
    """Where the summary goes: a command's stdout (an OutputWrapper) or any text stream."""

    def write(self, text: str, /) -> object: ...


@transaction.atomic
def load(out: _Writer | None = None) -> bool:
    """Load the demo data unless it is there already; return whether anything was loaded."""
    if is_loaded():
        return False
    directory.ensure_vocabulary()  # names in English and the order of the terms
    areas = _areas()
    _units(areas)
    report = import_path(DIRECTORY)
    if report.problems or not report.saved:
        raise DemoDataError("\n".join(map(str, report.problems)) or "nothing was saved")
    _freshen(timezone.now())
    _users(areas)
    _cases()
    _volunteers()
    if out:
        created = {entity: report.counts[entity]["created"] for entity in report.counts}
        out.write(
            f"Demo: {created['organisations']} organisationer, "
            f"{created['offers']} tilbud, {created['locations']} steder.\n"
        )
    return True


def _freshen(now: datetime) -> None:
    """The package's confirmation dates are as of the day it was written (datapackage.json
    ``created``). Move each forward by the package's age, so the demo never grows stale: an
    offer confirmed 20 days before that day was confirmed 20 days before now."""
    package = json.loads((DIRECTORY / "datapackage.json").read_text(encoding="utf-8"))
    written = timezone.localdate(datetime.fromisoformat(package["created"]))
    offers = list(Offer.objects.filter(hsds_id__in=_package_ids("services.csv")))
    for offer in offers:
        days = (written - timezone.localdate(offer.last_confirmed_at)).days
        offer.last_confirmed_at = now - timedelta(days=days)
    Offer.objects.bulk_update(offers, ["last_confirmed_at"])


def _areas() -> dict[str, LocalArea]:
    areas = {}
    for spec in PEOPLE["areas"]:
        area, _created = LocalArea.objects.get_or_create(
            name=spec["name"],
            defaults={"slug": slugify(spec["name"]), "description": spec["description"]},
        )
        for code in spec["postal_codes"]:
            LocalAreaPostalCode.objects.get_or_create(
                postal_code=PostalCode.objects.get(code=code), defaults={"local_area": area}
            )
        areas[spec["name"]] = area
    return areas


def _team_name(area: str) -> str:
    return f"{PEOPLE['units']['team_prefix']}{area}"


def _units(areas: dict[str, LocalArea]) -> None:
    units = PEOPLE["units"]
    root, _c = OrganisationalUnit.objects.get_or_create(name=units["root"])
    for name, area in areas.items():
        unit, _c = OrganisationalUnit.objects.get_or_create(
            name=_team_name(name),
            defaults={"parent": root, "handles_unrouted": name == units["unrouted"]},
        )
        unit.local_areas.add(area)
    for name in units["others"]:
        OrganisationalUnit.objects.get_or_create(name=name, defaults={"parent": root})


def _users(areas: dict[str, LocalArea]) -> None:
    for spec in PEOPLE["users"]:
        role, area = Role(spec["role"]), spec.get("area")
        user = User.objects.filter(email=spec["email"]).first()
        if user is None:
            admin = role == Role.ADMINISTRATOR
            user = User.objects.create_user(
                spec["email"],
                DEMO_PASSWORD,
                full_name=spec["name"],
                is_staff=admin,
                is_superuser=admin,
            )
        if area:
            user.local_areas.add(areas[area])
            user.unit = OrganisationalUnit.objects.get(name=_team_name(area))
            user.save(update_fields=["unit"])
        # An association contact answers for named organisations, everyone else for none.
        organisations: list[Organisation | None] = [
            Organisation.objects.get(name=name) for name in spec.get("organisations", [])
        ]
        for org in organisations or [None]:
            RoleAssignment.objects.get_or_create(user=user, role=role, organisation=org)


def _cases() -> None:
    from brobygger.referrals import actions
    from brobygger.referrals.states import CaseState

    spec = PEOPLE["cases"]
    worker = User.objects.get(email=spec["link_worker"])
    team = _team_name(next(u["area"] for u in PEOPLE["users"] if u["email"] == worker.email))
    path = [
        CaseState.CONTACTED,
        CaseState.CONVERSATION_HELD,
        CaseState.PLAN_MADE,
        CaseState.MATCHED,
        CaseState.ATTENDING,
    ]
    for citizen in PEOPLE["citizens"]:
        referral = actions.receive_referral(
            actions.ReferralData(
                citizen_name=citizen["name"],
                citizen_phone=citizen["phone"],
                citizen_postal_code=citizen["postal_code"],
                citizen_birth_year=citizen["born"],
                consent_contact=True,
                referrer_kind=citizen["referred_by"],
                reasons=("loneliness",),
                interests_text=citizen["words"],
                referrer_name=spec["referrer"],
                referrer_email=spec["referrer_email"],
                feedback="status",
            )
        )
        case = referral.case
        if case is None or citizen["steps"] == 0 or case.team.name != team:
            continue
        actions.take_case(case, acting_user=worker)
        for step in path[: citizen["steps"]]:
            if step == CaseState.CONVERSATION_HELD:
                actions.record_conversation(
                    case,
                    notes={"interests": citizen["words"]},
                    wishes=citizen["words"],
                    held_on=timezone.localdate(),
                    acting_user=worker,
                )
            elif step == CaseState.MATCHED:
                offer = Offer.objects.get(title=citizen["offer"])
                choice = actions.choose_offer(case, offer, reasons=[], acting_user=worker)
            elif step == CaseState.ATTENDING:
                actions.record_attendance(choice, acting_user=worker)
            else:
                actions.change_state(case, step, acting_user=worker)


def _volunteers() -> None:
    from brobygger.volunteers import actions as volunteering
    from brobygger.volunteers import rules
    from brobygger.volunteers.models import (
        Acceptance,
        AgreementText,
        QualificationKind,
        RoleDescription,
        Volunteer,
    )
    from brobygger.volunteers.planning import activity_times
    from brobygger.volunteers.stages import NEXT_STEP

    spec = PEOPLE["volunteering"]
    today = timezone.localdate()
    for kind in ("agreement", "declaration"):
        AgreementText.objects.get_or_create(
            kind=kind, version=1, defaults={"text": spec[kind], "valid_from": today}
        )
    kinds = {}
    for q in spec["qualifications"]:
        kinds[q["name"]], _c = QualificationKind.objects.get_or_create(
            name=q["name"],
            defaults={
                "valid_months": q.get("valid_months"),
                "is_record_check": q.get("record_check", False),
            },
        )
    coordinator = User.objects.get(email=spec["coordinator"])
    activity = _activity(spec["activity"])
    site = activity.location if activity else None
    roles = {}
    for role in spec["roles"]:
        fields = {k: v for k, v in role.items() if k not in ("at_activity", "requires")}
        description = RoleDescription.objects.create(
            **fields, site=site if role.get("at_activity") else None, contact=coordinator
        )
        description.required_qualifications.add(*(kinds[q] for q in role.get("requires", [])))
        roles[role["title"]] = description
    corps = []
    for person in PEOPLE["volunteers"]:
        user = User.objects.get(email=person["login"]) if "login" in person else None
        stage, (next_action, due_in_days) = person["stage"], NEXT_STEP[person["stage"]]
        volunteer = Volunteer.objects.create(
            user=user,
            full_name=user.full_name if user else person["name"],
            stage=stage,
            task_kinds=person["tasks"],
            coordinator=coordinator,
            phone=person.get("phone", ""),
            leaving_reason=person.get("leaving_reason", ""),
            trial_ends_on=today + timedelta(days=5) if stage == "trial" else None,
            # Due dates spread so the demo pipeline shows overdue steps as well.
            next_action=str(next_action),
            next_action_due=(
                today + timedelta(days=due_in_days // 7 - 2) if due_in_days is not None else None
            ),
        )
        corps.append((person, volunteer))
    for _person, volunteer in corps:
        if volunteer.user is not None:  # signs his papers himself, on his page
            for kind in ("agreement", "declaration"):
                volunteering.accept(volunteer, kind, acting_user=volunteer.user)
    _companion(roles, coordinator)
    for _person, volunteer in corps:
        if volunteer.is_active:
            for text in rules.current_texts().values():
                Acceptance.objects.get_or_create(volunteer=volunteer, text=text)
    for person, volunteer in corps:
        for q in person.get("qualifications", []):
            expires = q.get("expires_in_days")
            volunteering.record_qualification(
                volunteer,
                kinds[q["kind"]],
                obtained_on=today - timedelta(days=q["obtained_days_ago"]),
                **({"expires_on": today + timedelta(days=expires)} if expires else {}),
                acting_user=coordinator,
            )
        if activity is None or site is None:
            continue
        if "series" in person:
            volunteering.assign_series(
                volunteer,
                roles[person["series"]["role"]],
                activity_times(activity, weeks=person["series"]["weeks"]),
                offer=activity,
                acting_user=coordinator,
            )
        if person.get("at_activity"):
            volunteering.set_host(volunteer, site, **spec["site_host"], acting_user=coordinator)
    if activity is not None:
        slots = spec["open_slots"]
        volunteering.publish_slots(
            roles[slots["role"]],
            activity_times(activity, weeks=slots["weeks"]),
            places=slots["places"],
            offer=activity,
            acting_user=coordinator,
        )
    _courses(kinds, coordinator)


def _activity(words: str) -> Offer | None:
    """The weekly activity at a nursing home that the demo's volunteers help with."""
    at_homes = Offer.objects.filter(
        location__kind="nursing_home", schedules__freq="WEEKLY"
    ).select_related("location")
    return at_homes.filter(title__icontains=words).first() or at_homes.order_by("pk").first()


def _companion(roles: dict[str, Any], coordinator: User) -> None:
    """A volunteer goes with the citizen of the first matched case, who consented to notes."""
    from brobygger.referrals.actions import record_consent
    from brobygger.referrals.models import Case, ConsentKind
    from brobygger.volunteers import actions as volunteering
    from brobygger.volunteers.models import Volunteer

    spec = PEOPLE["companion"]
    case = Case.objects.filter(state="matched").first()
    if case is None:
        return
    worker = User.objects.get(email=PEOPLE["cases"]["link_worker"])
    record_consent(
        case.citizen,
        kind=ConsentKind.VOLUNTEER_NOTES,
        given=True,
        how=spec["consent_how"],
        acting_user=worker,
    )
    volunteering.write_need_to_know(case, spec["need_to_know"], acting_user=worker)
    starts = datetime.combine(
        timezone.localdate() + timedelta(days=2), time(10), ZoneInfo("Europe/Copenhagen")
    )
    volunteering.assign(
        Volunteer.objects.get(user__email=spec["volunteer"]),
        roles[spec["role"]],
        starts=starts,
        ends=starts + timedelta(hours=2),
        case=case,
        acting_user=coordinator,
    )


def _courses(kinds: dict[str, Any], coordinator: User) -> None:
    from brobygger.volunteers import actions as volunteering
    from brobygger.volunteers.models import Volunteer

    today = timezone.localdate()
    for spec in PEOPLE["courses"]:
        course = volunteering.create_course(
            title=spec["title"],
            gives=kinds[spec["gives"]],
            held_on=today + timedelta(days=spec["held_in_days"]),
            place=spec["place"],
            capacity=spec.get("capacity"),
            acting_user=coordinator,
        )
        for name in spec["volunteers"]:
            volunteer = Volunteer.objects.get(full_name=name)
            volunteering.add_participant(course, volunteer=volunteer, acting_user=coordinator)
        for email in spec["staff"]:
            staff = User.objects.get(email=email)
            volunteering.add_participant(course, staff=staff, acting_user=coordinator)
        if course.held_on < today:  # held: everyone came
            volunteering.record_attendance(
                course,
                set(course.participants.values_list("pk", flat=True)),
                acting_user=coordinator,
            )
