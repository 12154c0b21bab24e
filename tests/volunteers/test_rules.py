"""A volunteer is only given tasks they may take, and sees only their own citizens' notes."""

import itertools
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.referrals.actions import record_consent
from brobygger.referrals.models import ConsentKind
from brobygger.volunteers import actions, rules
from brobygger.volunteers.access import notes_for
from brobygger.volunteers.models import (
    AgreementText,
    QualificationKind,
    RoleDescription,
    Volunteer,
)
from tests import factories

CPH = ZoneInfo("Europe/Copenhagen")


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 12, day, hour, tzinfo=CPH)


@pytest.fixture
def coordinator(db):
    return factories.user(Role.VOLUNTEER_COORDINATOR, email="karen@kommune.dk")


@pytest.fixture
def companion_role(db):
    return RoleDescription.objects.create(
        title="Følgeven",
        kind="companion",
        purpose="x",
        does="Følger borgeren",
        does_not="Plejer ikke",
    )


def volunteer(coordinator, name="Villy", *, accept=True, stage="active"):
    user = factories.user(Role.VOLUNTEER, full_name=name)
    person = Volunteer.objects.create(
        user=user, full_name=name, stage=stage, coordinator=coordinator
    )
    if accept:
        for kind in ("agreement", "declaration"):
            actions.accept(person, kind, acting_user=user)
    return person


def test_without_a_declaration_no_task_and_no_citizen(
    coordinator, texts, companion_role, case, worker
):
    villy = volunteer(coordinator, accept=False)
    actions.accept(villy, "agreement", acting_user=villy.user)
    with pytest.raises(ValidationError, match="Tavshedserklæringen"):
        actions.assign(
            villy,
            companion_role,
            starts=at(3, 10),
            ends=at(3, 12),
            case=case,
            acting_user=coordinator,
        )
    assert not rules.may_see_citizens(villy)
    assert notes_for(villy) == {}


def test_an_expired_qualification_blocks_the_task(coordinator, texts):
    first_aid = QualificationKind.objects.create(name="Førstehjælp", valid_months=24)
    instructor = RoleDescription.objects.create(
        title="Instruktør", kind="instructor", purpose="x", does="x", does_not="x"
    )
    instructor.required_qualifications.add(first_aid)
    villy = volunteer(coordinator)
    actions.record_qualification(
        villy, first_aid, obtained_on=date(2023, 1, 1), acting_user=coordinator
    )
    assert rules.missing_for(villy, instructor, date(2026, 12, 3)) == [
        "Der mangler en gyldig kvalifikation: Førstehjælp."
    ]
    actions.record_qualification(
        villy, first_aid, obtained_on=date(2026, 6, 1), acting_user=coordinator
    )
    assert rules.missing_for(villy, instructor, date(2026, 12, 3)) == []


def test_a_task_that_needs_a_record_check(coordinator, texts):
    driver = RoleDescription.objects.create(
        title="Chauffør",
        kind="driver",
        purpose="x",
        does="x",
        does_not="x",
        requires_record_check=True,
    )
    check = QualificationKind.objects.create(
        name="Straffeattest", valid_months=36, is_record_check=True
    )
    villy = volunteer(coordinator)
    assert "Der mangler en gyldig straffeattest." in rules.missing_for(
        villy, driver, date(2026, 12, 3)
    )
    actions.record_qualification(
        villy, check, obtained_on=date(2026, 11, 1), acting_user=coordinator
    )
    assert rules.missing_for(villy, driver, date(2026, 12, 3)) == []


def test_double_bookings_are_impossible(coordinator, texts, companion_role):
    villy = volunteer(coordinator)
    actions.assign(villy, companion_role, starts=at(3, 10), ends=at(3, 12), acting_user=coordinator)
    with pytest.raises(ValidationError, match="allerede en opgave"):
        actions.assign(
            villy, companion_role, starts=at(3, 11), ends=at(3, 13), acting_user=coordinator
        )
    actions.assign(
        villy, companion_role, starts=at(3, 12), ends=at(3, 13), acting_user=coordinator
    )  # back to back is fine


def test_volunteers_see_only_their_own_citizens_notes_with_consent(
    coordinator, texts, companion_role, case, worker, teams
):
    from brobygger.referrals.actions import receive_referral
    from tests.people import referral_data

    other_case = receive_referral(referral_data(citizen_name="Poul", citizen_phone="")).case
    for c in (case, other_case):
        record_consent(
            c.citizen,
            kind=ConsentKind.VOLUNTEER_NOTES,
            given=True,
            how="Samtale",
            acting_user=worker,
        )
    actions.write_need_to_know(case, "Bruger rollator", acting_user=worker)
    actions.write_need_to_know(other_case, "Hører dårligt", acting_user=worker)
    villy, vera = volunteer(coordinator, "Villy"), volunteer(coordinator, "Vera")
    actions.assign(
        villy, companion_role, starts=at(3, 10), ends=at(3, 12), case=case, acting_user=coordinator
    )
    actions.assign(
        vera,
        companion_role,
        starts=at(3, 10),
        ends=at(3, 12),
        case=other_case,
        acting_user=coordinator,
    )
    seen = notes_for(villy)
    assert [n.text for n in seen[case.pk]] == ["Bruger rollator"]
    assert other_case.pk not in seen
    assert AuditEvent.objects.filter(
        action="read", user=villy.user, object_id=str(case.citizen_id)
    ).exists()
    # Consent withdrawn: nothing more, at once.
    record_consent(
        case.citizen,
        kind=ConsentKind.VOLUNTEER_NOTES,
        given=False,
        how="Telefon",
        acting_user=worker,
    )
    assert notes_for(villy) == {}
    case.refresh_from_db()
    assert case.companion_name == "Villy"


def test_no_note_without_consent(case, worker):
    with pytest.raises(PermissionDenied):
        actions.write_need_to_know(case, "Bruger rollator", acting_user=worker)


def test_cancelling_tells_the_coordinator_at_once(
    coordinator, texts, companion_role, django_capture_on_commit_callbacks
):
    villy = volunteer(coordinator)
    task = actions.assign(
        villy, companion_role, starts=at(3, 10), ends=at(3, 12), acting_user=coordinator
    )
    with django_capture_on_commit_callbacks(execute=True):
        actions.cancel(task, acting_user=villy.user)
    assert mail.outbox[-1].to == ["karen@kommune.dk"]
    assert "afbud" in mail.outbox[-1].subject


def test_leaving_needs_a_reason_and_the_pipeline_moves_in_order(coordinator):
    vera = Volunteer.objects.create(full_name="Vera")
    with pytest.raises(ValidationError):
        actions.move_stage(vera, "active", acting_user=coordinator)
    actions.move_stage(vera, "intro", acting_user=coordinator)
    actions.move_stage(vera, "trial", acting_user=coordinator)
    assert vera.trial_ends_on == date.today() + timedelta(weeks=8)
    with pytest.raises(ValidationError):
        actions.move_stage(vera, "left", acting_user=coordinator)
    actions.move_stage(vera, "left", reason="not_heard", acting_user=coordinator)
    assert [h.to_stage for h in vera.history.all()] == ["intro", "trial", "left"]


def test_a_new_declaration_must_be_accepted_again(coordinator, texts):
    villy = volunteer(coordinator)
    assert rules.may_see_citizens(villy)
    AgreementText.objects.create(
        kind="declaration", version=2, text="Ny tekst", valid_from=date(2026, 6, 1)
    )
    assert not rules.may_see_citizens(villy)


class TestAssignmentProperties(HypothesisTestCase):
    """Whatever a coordinator tries, no accepted assignment breaks a rule or overlaps another."""

    @classmethod
    def setUpTestData(cls):
        cls.coordinator = factories.user(Role.VOLUNTEER_COORDINATOR)
        AgreementText.objects.create(
            kind="agreement", version=1, text="A", valid_from=date(2026, 1, 1)
        )
        AgreementText.objects.create(
            kind="declaration", version=1, text="D", valid_from=date(2026, 1, 1)
        )
        cls.check = QualificationKind.objects.create(
            name="Straffeattest", valid_months=36, is_record_check=True
        )
        cls.role = RoleDescription.objects.create(
            title="Chauffør",
            kind="driver",
            purpose="x",
            does="x",
            does_not="x",
            requires_record_check=True,
        )

    @settings(max_examples=30, deadline=None)
    @given(
        accepted=st.booleans(),
        checked=st.booleans(),
        stage=st.sampled_from(["interested", "intro", "trial", "active", "paused", "left"]),
        slots=st.lists(
            st.tuples(st.integers(1, 20), st.integers(8, 18), st.integers(1, 3)), max_size=6
        ),
    )
    def test_random_assignments(self, accepted, checked, stage, slots):
        villy = volunteer(self.coordinator, accept=accepted, stage=stage)
        if checked:
            actions.record_qualification(
                villy, self.check, obtained_on=date(2026, 1, 1), acting_user=self.coordinator
            )
        for day, hour, length in slots:
            try:
                actions.assign(
                    villy,
                    self.role,
                    starts=at(day, hour),
                    ends=at(day, hour) + timedelta(hours=length),
                    acting_user=self.coordinator,
                )
            except ValidationError:
                continue
            assert accepted and checked and stage in {"trial", "active"}
        taken = sorted((a.starts_at, a.ends_at) for a in villy.assignments.all())
        for (_, first_end), (second_start, _) in itertools.pairwise(taken):
            assert first_end <= second_start, "no double booking"


def test_proposals_do_not_query_per_volunteer(
    coordinator, texts, companion_role, django_assert_max_num_queries
):
    from brobygger.volunteers.proposals import propose

    for n in range(2):
        volunteer(coordinator, f"Frivillig {n}")
    with django_assert_max_num_queries(12) as few:
        assert len(propose(companion_role, starts=at(3, 10), ends=at(3, 12))) == 2
    for n in range(2, 12):
        volunteer(coordinator, f"Frivillig {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(propose(companion_role, starts=at(3, 10), ends=at(3, 12), top=20)) == 12
