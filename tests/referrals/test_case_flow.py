from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from brobygger.accounts.models import OrganisationalUnit
from brobygger.accounts.roles import Role
from brobygger.referrals import actions
from brobygger.referrals.models import ConsentKind, FeedbackShare
from brobygger.referrals.states import END_STATES, OPEN_STATES, TRANSITIONS, CaseState, allowed
from tests import factories


def test_every_open_state_has_a_way_on_and_ends_stay_ended():
    for state in OPEN_STATES:
        assert TRANSITIONS[state], state
    # A citizen who said no or withdrew comes back with a new referral, not a reopened case.
    assert not TRANSITIONS[CaseState.DECLINED] and not TRANSITIONS[CaseState.WITHDRAWN]
    # Every open state can reach "closed".
    for state in OPEN_STATES:
        seen, frontier = {state}, [state]
        while frontier:
            for nxt in TRANSITIONS[frontier.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        assert CaseState.CLOSED in seen


def test_the_usual_path(case, worker):
    actions.take_case(case, acting_user=worker)
    actions.change_state(case, "contacted", acting_user=worker)
    actions.record_conversation(
        case,
        notes={"interests": "Sang"},
        wishes="Synge i kor",
        held_on=date.today(),
        acting_user=worker,
    )
    actions.save_plan(
        case,
        goals="Komme ud blandt andre",
        steps=[("Kigge med i koret", "watch")],
        transport="own",
        acting_user=worker,
    )
    offer = factories.offer("Seniorkoret", terms=("interest:sang",))
    choice = actions.choose_offer(case, offer, reasons=["Du nævnte sang"], acting_user=worker)
    actions.set_companion(case, name="Villy", volunteer=None, acting_user=worker)
    tasks = actions.plan_follow_ups(case, first_visit=date.today(), acting_user=worker)
    actions.record_attendance(choice, acting_user=worker)
    actions.change_state(case, "follow_up", acting_user=worker)
    for task in tasks:
        actions.complete_task(task, acting_user=worker)
    actions.change_state(case, "closed", acting_user=worker, outcome="joined")
    case.refresh_from_db()
    assert case.state == "closed" and case.outcome == "joined"
    assert [h.to_state for h in case.history.all()] == [
        "received",
        "contacted",
        "conversation_held",
        "plan_made",
        "matched",
        "attending",
        "follow_up",
        "closed",
    ]
    assert [t.due_on - date.today() for t in tasks] == [timedelta(days=d) for d in (2, 28, 91)]


def test_impossible_steps_are_refused(case, worker):
    with pytest.raises(ValidationError):
        actions.change_state(case, "attending", acting_user=worker)
    with pytest.raises(ValidationError):
        actions.change_state(case, "closed", acting_user=worker, outcome="joined")


def test_closing_needs_an_outcome(case, worker):
    for step in (
        "contacted",
        "conversation_held",
        "plan_made",
        "matched",
        "attending",
        "follow_up",
    ):
        actions.change_state(case, step, acting_user=worker)
    with pytest.raises(ValidationError):
        actions.change_state(case, "closed", acting_user=worker)


def test_only_a_lead_reopens_and_reassigns(case, worker, colleague, lead):
    actions.change_state(case, "declined", acting_user=worker)
    with pytest.raises(ValidationError):
        actions.change_state(case, "contacted", acting_user=worker)
    with pytest.raises(PermissionDenied):
        actions.reassign_case(case, colleague, reason="Ferie", acting_user=worker)
    actions.reassign_case(case, colleague, reason="Ferie", acting_user=lead)
    case.refresh_from_db()
    assert case.assigned_to == colleague


def test_a_match_that_failed_keeps_its_reason(case, worker):
    for step in ("contacted", "conversation_held", "plan_made"):
        actions.change_state(case, step, acting_user=worker)
    choice = actions.choose_offer(case, factories.offer("Petanque"), reasons=[], acting_user=worker)
    actions.record_failure(choice, reason="transport", note="Bussen kører ikke", acting_user=worker)
    choice.refresh_from_db()
    assert (choice.status, choice.failure_reason) == ("failed", "transport")


def test_feedback_only_with_consent_and_only_a_fixed_status(case, worker):
    referral = case.referrals.get()
    with pytest.raises(ValidationError):
        actions.share_feedback(referral, message="Hun græd under samtalen", acting_user=worker)
    actions.record_consent(
        case.citizen, kind=ConsentKind.FEEDBACK, given=False, how="Telefon", acting_user=worker
    )
    with pytest.raises(PermissionDenied):
        actions.share_feedback(referral, message="started", acting_user=worker)
    assert not FeedbackShare.objects.exists()


def test_withdrawing_contact_consent_ends_the_case_at_once(case, worker):
    actions.record_consent(
        case.citizen, kind=ConsentKind.CONTACT, given=False, how="Brev", acting_user=worker
    )
    case.refresh_from_db()
    assert case.state == "withdrawn"


class TestStateMachineProperties(HypothesisTestCase):
    """No sequence of actions, by anyone, brings a case into an invalid state."""

    @classmethod
    def setUpTestData(cls):
        from brobygger.areas.models import Municipality, PostalCode
        from brobygger.areas.reference import load_reference_data

        if not PostalCode.objects.exists():
            load_reference_data(Municipality, PostalCode)
        area = factories.area("Roskilde By", ("4000",))
        cls.team = OrganisationalUnit.objects.create(name="Team", handles_unrouted=True)
        cls.team.local_areas.add(area)
        cls.worker = factories.user(Role.LINK_WORKER, unit=cls.team)
        cls.lead = factories.user(Role.TEAM_LEAD, unit=cls.team)
        cls.stranger = factories.user(Role.LINK_WORKER)

    @settings(max_examples=40, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(list(CaseState)),
                st.sampled_from(["worker", "lead", "stranger"]),
                st.sampled_from(["", "joined", "nonsense"]),
            ),
            max_size=12,
        )
    )
    def test_random_actions(self, steps):
        from tests.people import referral_data

        case = actions.receive_referral(referral_data(citizen_phone="")).case
        expected = [CaseState.RECEIVED]
        for target, who, outcome in steps:
            user = getattr(self, who)
            before = case.state
            try:
                actions.change_state(case, target, acting_user=user, outcome=outcome)
            except (ValidationError, PermissionDenied):
                case.refresh_from_db()
                assert case.state == before
                continue
            assert who != "stranger"
            assert allowed(before, target)
            expected.append(target)
            case.refresh_from_db()
            assert case.state == target
            assert (case.closed_at is not None) == (target in END_STATES)
            assert (case.state != "closed") or case.outcome in {"joined"}
        assert [h.to_state for h in case.history.all()] == expected


def test_min_samtale_is_a_pdf_for_the_citizen(client, case, worker):
    from django.urls import reverse

    actions.record_conversation(
        case,
        notes={"relations": "Enke"},
        wishes="Synge i kor",
        held_on=date.today(),
        acting_user=worker,
    )
    client.force_login(worker)
    response = client.get(reverse("referrals:conversation_pdf", args=[case.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    from brobygger.audit.models import AuditEvent

    assert AuditEvent.objects.filter(action="export", user=worker).exists()


def test_proposals_respect_needs_and_can_be_compared(client, case, worker):
    from django.urls import reverse

    chair = factories.offer(
        "Kor med elevator",
        description="Vi synger sammen",
        terms=("interest:sang", "access:koerestol"),
    )
    stairs = factories.offer(
        "Kor på 1. sal", description="Vi synger sammen", terms=("interest:sang",)
    )
    actions.record_conversation(
        case, notes={}, wishes="Jeg savner at synge", held_on=date.today(), acting_user=worker
    )
    actions.save_needs(
        case,
        needs=["koerestol"],
        support=[],
        available=[],
        max_distance_km=None,
        max_cost_kr=None,
        acting_user=worker,
    )
    client.force_login(worker)
    page = client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    # The page comes at once; the proposals follow in their own request (htmx) …
    assert "Kor med elevator" not in page and "Finder forslag" in page
    section = reverse("referrals:case_section", args=[case.pk, "forslag"])
    proposals = client.get(section, headers={"HX-Request": "true"}).content.decode()
    assert "Kor med elevator" in proposals and "Kor på 1. sal" not in proposals
    assert "<html" not in proposals  # just the section
    # … or, without JavaScript, with the page itself.
    page = client.get(reverse("referrals:case", args=[case.pk]), {"forslag": "vis"})
    assert "Kor med elevator" in page.content.decode()
    compared = client.get(
        reverse("referrals:compare", args=[case.pk]), {"tilbud": [chair.pk, stairs.pk]}
    ).content.decode()
    assert "Kor med elevator" in compared and "Kor på 1. sal" not in compared


def test_follow_ups_reach_the_link_workers_calendar_without_names(client, case, worker):
    import icalendar
    from django.urls import reverse

    actions.plan_follow_ups(case, first_visit=date(2026, 12, 1), acting_user=worker)
    response = client.get(reverse("referrals:task_calendar", args=[worker.calendar_token]))
    events = list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))
    assert [e["dtstart"].dt for e in events] == [
        date(2026, 12, 3),
        date(2026, 12, 29),
        date(2027, 3, 2),
    ]
    assert all("Inger" not in str(e["summary"]) for e in events)
    assert (
        client.get(
            reverse("referrals:task_calendar", args=["00000000-0000-0000-0000-000000000000"])
        ).status_code
        == 404
    )
