"""Tasks at recurring activities, open slots volunteers take themselves, hosts, drivers."""

import contextlib
import itertools
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from brobygger.accounts.roles import Role
from brobygger.directory.models import Offer, OfferStatus
from brobygger.volunteers import actions, planning
from brobygger.volunteers.models import (
    AgreementText,
    Assignment,
    OpenSlot,
    QualificationKind,
    RoleDescription,
    Volunteer,
)
from tests import factories
from tests.people import two_factor
from tests.volunteers.test_rules import volunteer

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def coordinator(reference_data):
    return two_factor(factories.user(Role.VOLUNTEER_COORDINATOR, email="karen@kommune.dk"))


@pytest.fixture
def nursing_home(reference_data):
    return factories.location("Plejecenter Solhøj", kind="nursing_home")


@pytest.fixture
def instructor_role(nursing_home):
    return RoleDescription.objects.create(
        title="Instruktør i stolegymnastik",
        kind="instructor",
        site=nursing_home,
        purpose="Bevægelse",
        does="Leder holdet",
        does_not="Hjælper ikke med personlig pleje",
    )


@pytest.fixture
def gym(nursing_home):
    return factories.offer(
        "Stolegymnastik", loc=nursing_home, schedule=("WEEKLY", "TH", "10:00-11:00")
    )


def next_weekday(weekday: int) -> date:
    today = timezone.localdate()
    return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)


@pytest.mark.parametrize("posted", [{}, {"volunteer": "0"}, {"volunteer": "x' OR 1=1"}])
def test_a_volunteer_not_proposed_is_a_danish_form_error(
    client, coordinator, texts, instructor_role, gym, posted
):
    volunteer(coordinator, "Villy Instruktør")
    client.force_login(coordinator)
    query = {"role": instructor_role.pk, "offer": gym.pk, "weeks": 4}
    response = client.post(
        reverse("volunteers:new_task") + "?" + "&".join(f"{k}={v}" for k, v in query.items()),
        {**posted, "assign": ""},
    )
    assert response.status_code == 200
    assert "Vælg en af de foreslåede frivillige." in response.content.decode()
    assert not Assignment.objects.exists()


def test_a_volunteer_takes_every_meeting_of_an_activity(
    client, coordinator, texts, instructor_role, gym
):
    villy = volunteer(coordinator, "Villy Instruktør")
    client.force_login(coordinator)
    query = {"role": instructor_role.pk, "offer": gym.pk, "weeks": 4}
    page = client.get(reverse("volunteers:new_task"), query).content.decode()
    assert "4 gange" in page and "Villy Instruktør" in page
    response = client.post(
        reverse("volunteers:new_task") + "?" + "&".join(f"{k}={v}" for k, v in query.items()),
        {"volunteer": villy.pk, "assign": ""},
    )
    assert response.status_code == 302
    tasks = list(villy.assignments.order_by("starts_at"))
    assert len(tasks) == 4 and {timezone.localtime(t.starts_at).weekday() for t in tasks} == {3}
    assert all(t.offer == gym and t.confirmed_by == coordinator for t in tasks)
    # Now busy on those Thursdays: not proposed again, and cannot be booked twice.
    again = client.get(reverse("volunteers:new_task"), query).content.decode()
    assert f'name="volunteer" value="{villy.pk}"' not in again
    with pytest.raises(ValidationError, match="allerede en opgave"):
        actions.assign_series(
            villy,
            instructor_role,
            [(tasks[1].starts_at, tasks[1].ends_at)],
            acting_user=coordinator,
        )


def test_a_series_is_refused_whole_when_a_qualification_runs_out_midway(
    coordinator, texts, instructor_role
):
    course = QualificationKind.objects.create(name="Seniorsportsinstruktør")
    instructor_role.required_qualifications.add(course)
    villy = volunteer(coordinator)
    first = next_weekday(3)
    actions.record_qualification(
        villy,
        course,
        obtained_on=date(2020, 1, 1),
        expires_on=first + timedelta(days=10),
        acting_user=coordinator,
    )
    times = planning.weekly_times(first, time(10), time(11), weeks=4)
    assert planning.problems_with(villy, instructor_role, times[:1]) == []
    with pytest.raises(ValidationError, match="Seniorsportsinstruktør"):
        actions.assign_series(villy, instructor_role, times, acting_user=coordinator)
    assert not Assignment.objects.exists()


def test_bad_task_input_is_explained_and_changes_nothing(client, coordinator, instructor_role):
    client.force_login(coordinator)
    page = client.get(
        reverse("volunteers:new_task"),
        {"role": instructor_role.pk, "weeks": "0", "day": "i går", "opens": "25:00"},
    ).content.decode()
    # Django's text, or the plainer Danish the project overrides it with.
    assert "Fejl:" in page and "gyldig dato" in page
    response = client.post(reverse("volunteers:new_task") + "?role=x", {"volunteer": "1"})
    assert response.status_code == 200 and not Assignment.objects.exists()


def test_open_slot_taken_on_the_phone_page_and_cancelled(
    client, coordinator, texts, instructor_role, gym, django_capture_on_commit_callbacks
):
    starts = datetime.combine(next_weekday(3), time(10), CPH)
    [slot] = actions.publish_slots(
        instructor_role,
        [(starts, starts + timedelta(hours=1))],
        places=1,
        offer=gym,
        acting_user=coordinator,
    )
    vera = volunteer(coordinator, "Vera")
    vera.email = "vera@example.dk"
    vera.save()
    lis = volunteer(coordinator, "Lis")
    unsworn = volunteer(coordinator, "Uden Erklæring", accept=False)
    client.force_login(unsworn.user)
    assert "Jeg tager den" not in client.get(reverse("volunteers:mine")).content.decode()
    client.post(reverse("volunteers:take_slot", args=[slot.pk]))
    assert not slot.taken.exists()

    client.force_login(vera.user)
    assert "Jeg tager den" in client.get(reverse("volunteers:mine")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("volunteers:take_slot", args=[slot.pk]))
    task = vera.assignments.get()
    assert (task.slot, task.offer, task.confirmed_by) == (slot, gym, coordinator)
    to = {m.to[0]: m for m in mail.outbox}
    assert "Vera" in to["karen@kommune.dk"].subject  # the coordinator hears
    assert to["vera@example.dk"].subject.startswith("Vagten er din")  # and Vera has a receipt

    client.force_login(lis.user)
    page = client.get(reverse("volunteers:mine")).content.decode()
    assert "Der er ingen ledige vagter til dig lige nu." in page
    response = client.post(reverse("volunteers:take_slot", args=[slot.pk]), follow=True)
    assert "taget af en anden" in response.content.decode()

    client.force_login(vera.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("volunteers:cancel", args=[task.pk]))
    assert "afbud" in mail.outbox[-1].subject
    client.force_login(lis.user)
    client.post(reverse("volunteers:take_slot", args=[slot.pk]))
    assert lis.assignments.filter(cancelled_at__isnull=True).count() == 1

    client.force_login(coordinator)
    assert "Lis" in client.get(reverse("volunteers:slots")).content.decode()
    client.post(reverse("volunteers:cancel_slot", args=[slot.pk]))
    assert not lis.assignments.filter(cancelled_at__isnull=True).exists()


def test_the_last_place_cannot_be_taken_twice_by_the_same_volunteer(
    coordinator, texts, instructor_role
):
    starts = datetime.combine(next_weekday(2), time(14), CPH)
    [slot] = actions.publish_slots(
        instructor_role, [(starts, starts + timedelta(hours=2))], places=3, acting_user=coordinator
    )
    vera = volunteer(coordinator, "Vera")
    actions.take_slot(slot, vera, acting_user=vera.user)
    with pytest.raises(ValidationError, match="allerede en opgave"):
        actions.take_slot(slot, vera, acting_user=vera.user)
    assert planning.slots_for(vera) == []


def test_named_host_per_site_shown_to_the_volunteer(
    client, coordinator, texts, instructor_role, gym
):
    villy = volunteer(coordinator, "Villy")
    actions.assign_series(
        villy,
        instructor_role,
        planning.activity_times(gym, weeks=1),
        offer=gym,
        acting_user=coordinator,
    )
    client.force_login(coordinator)
    page = client.get(reverse("volunteers:detail", args=[villy.pk])).content.decode()
    assert "Ingen kontaktperson endnu:" in page and "Plejecenter Solhøj" in page
    bad = client.post(
        reverse("volunteers:set_host", args=[villy.pk]),
        {"site": gym.location_id, "name": "", "phone": "12"},
        follow=True,
    )
    said = bad.content.decode()
    assert ("påkrævet" in said or "Udfyld feltet" in said) and not villy.hosts.exists()
    client.post(
        reverse("volunteers:set_host", args=[villy.pk]),
        {"site": gym.location_id, "name": "Hanne Aktivitetsmedarbejder", "phone": "44 55 66 77"},
    )
    assert villy.hosts.get().name == "Hanne Aktivitetsmedarbejder"
    client.force_login(villy.user)
    page = client.get(reverse("volunteers:mine")).content.decode()
    assert "Din kontaktperson: Hanne Aktivitetsmedarbejder" in page
    assert 'href="tel:44556677"' in page


def test_coordinator_gives_a_volunteer_a_login(
    client, coordinator, django_capture_on_commit_callbacks
):
    vera = Volunteer.objects.create(full_name="Vera Hansen", email="vera@example.dk")
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("volunteers:give_access", args=[vera.pk]))
    vera.refresh_from_db()
    assert vera.user.email == "vera@example.dk" and vera.user.has_role(Role.VOLUNTEER)
    assert not vera.user.has_usable_password()
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    client.logout()
    form = client.get(link, follow=True)
    assert form.status_code == 200
    client.post(
        form.redirect_chain[-1][0],
        {"password1": "Lang-og-god-2026", "password2": "Lang-og-god-2026"},
    )
    vera.user.refresh_from_db()
    assert vera.user.check_password("Lang-og-god-2026")
    client.force_login(coordinator)
    again = client.post(reverse("volunteers:give_access", args=[vera.pk]), follow=True)
    assert "allerede adgang" in again.content.decode()


def test_driver_found_from_the_case(client, case, worker, texts):
    driver_role = RoleDescription.objects.create(
        title="Frivillig chauffør", kind="driver", purpose="x", does="Kører", does_not="Løfter ikke"
    )
    case.transport = "volunteer_driver"
    case.save()
    coordinator = factories.user(Role.VOLUNTEER_COORDINATOR)
    bent = volunteer(coordinator, "Bent Bil")
    bent.task_kinds = ["driver"]
    bent.save()
    client.force_login(worker)
    assert (
        "Find en frivillig chauffør"
        in client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    )
    day = next_weekday(1).isoformat()
    url = reverse("volunteers:find_companion", args=[case.pk])
    query = f"?opgave=chauffoer&dato={day}&fra=09:30&til=12:30"
    page = client.get(url + query).content.decode()
    assert "Chauffør til" in page and "Bent Bil" in page
    client.post(url + query, {"volunteer": bent.pk})
    task = bent.assignments.get()
    assert task.role == driver_role and task.case == case
    case.refresh_from_db()
    assert case.companion_name == ""  # a driver is not the companion


def test_visiting_friend_every_week_from_the_case(client, case, worker, texts):
    from brobygger.referrals.actions import record_consent
    from brobygger.referrals.models import ConsentKind

    friend_role = RoleDescription.objects.create(
        title="Besøgsven", kind="visiting_friend", purpose="x", does="Besøger", does_not="Gør rent"
    )
    coordinator = factories.user(Role.VOLUNTEER_COORDINATOR)
    grethe = volunteer(coordinator, "Grethe Besøgsven")
    record_consent(
        case.citizen,
        kind=ConsentKind.VOLUNTEER_NOTES,
        given=True,
        how="Sagt ja i telefonen",
        acting_user=worker,
    )
    actions.write_need_to_know(case, "Hører dårligt – tal tydeligt", acting_user=worker)
    client.force_login(worker)
    url = reverse("volunteers:find_companion", args=[case.pk])
    day = next_weekday(2).isoformat()
    query = f"?opgave=besoegsven&dato={day}&fra=14:00&til=16:00&uger=6"
    page = client.get(url + query).content.decode()
    assert "Besøgsven til" in page and "6 besøg, hver onsdag." in page and "Grethe" in page
    client.post(url + query, {"volunteer": grethe.pk})
    visits = list(grethe.assignments.order_by("starts_at"))
    assert len(visits) == 6 and {v.role for v in visits} == {friend_role}
    assert all(v.case == case for v in visits)
    client.force_login(grethe.user)
    assert "Hører dårligt – tal tydeligt" in client.get(reverse("volunteers:mine")).content.decode()
    # Without the series field the companion search stays one visit.
    client.force_login(worker)
    bad = client.get(url + f"?opgave=besoegsven&dato={day}&fra=14:00&til=16:00&uger=99")
    assert "Fejl:" in bad.content.decode()


class TestOpenSlotProperties(HypothesisTestCase):
    """Whatever volunteers take and cancel, no slot is overfilled and nobody is booked twice."""

    @classmethod
    def setUpTestData(cls):
        cls.coordinator = factories.user(Role.VOLUNTEER_COORDINATOR)
        for kind in ("agreement", "declaration"):
            AgreementText.objects.create(
                kind=kind, version=1, text=kind, valid_from=date(2026, 1, 1)
            )
        cls.role = RoleDescription.objects.create(
            title="Hjælper", kind="helper", purpose="x", does="x", does_not="x"
        )
        base = datetime.combine(next_weekday(0), time(10), CPH)
        # Overlapping slots: the same morning, staggered by an hour, of one or two places.
        cls.slots = [
            OpenSlot.objects.create(
                role=cls.role,
                starts_at=base + timedelta(hours=n),
                ends_at=base + timedelta(hours=n + 2),
                places=1 + n % 2,
                created_by=cls.coordinator,
            )
            for n in range(4)
        ]
        cls.people = [volunteer(cls.coordinator, f"Frivillig {n}") for n in range(3)]

    @settings(max_examples=40, deadline=None)
    @given(
        moves=st.lists(st.tuples(st.booleans(), st.integers(0, 2), st.integers(0, 3)), max_size=12)
    )
    def test_random_takes_and_cancellations(self, moves):
        for take, who, which in moves:
            person, slot = self.people[who], self.slots[which]
            if take:
                with contextlib.suppress(ValidationError):
                    actions.take_slot(slot, person, acting_user=person.user)
            else:
                for task in person.assignments.filter(slot=slot, cancelled_at__isnull=True):
                    actions.cancel(task, acting_user=person.user)
        for slot in self.slots:
            assert slot.taken.filter(cancelled_at__isnull=True).count() <= slot.places
        for person in self.people:
            tasks = list(person.assignments.filter(cancelled_at__isnull=True))
            for a, b in itertools.combinations(tasks, 2):
                assert a.ends_at <= b.starts_at or b.ends_at <= a.starts_at
            offered = planning.slots_for(person)
            assert all(s.pk not in {t.slot_id for t in tasks} for s in offered)


def test_the_volunteer_page_asks_a_bounded_number_of_queries(
    client, coordinator, texts, instructor_role, django_assert_max_num_queries
):
    vera = volunteer(coordinator, "Vera")
    client.force_login(vera.user)

    def publish(n):
        start = datetime.combine(next_weekday(4), time(8), CPH)
        actions.publish_slots(
            instructor_role,
            [
                (start + timedelta(days=7 * k), start + timedelta(days=7 * k, hours=1))
                for k in range(n)
            ],
            places=2,
            acting_user=coordinator,
        )

    publish(2)
    with django_assert_max_num_queries(40) as few:
        client.get(reverse("volunteers:mine"))
    publish(30)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("volunteers:mine"))


def test_coordinator_records_a_record_check_and_the_volunteer_can_then_drive(
    client, coordinator, texts
):
    check = QualificationKind.objects.create(
        name="Straffeattest", valid_months=36, is_record_check=True
    )
    driving = RoleDescription.objects.create(
        title="Chauffør",
        kind="driver",
        purpose="x",
        does="Kører",
        does_not="Løfter ikke",
        requires_record_check=True,
    )
    bent = volunteer(coordinator, "Bent")
    times = planning.weekly_times(next_weekday(1), time(9), time(11))
    assert "Der mangler en gyldig straffeattest." in planning.problems_with(bent, driving, times)
    client.force_login(coordinator)
    url = reverse("volunteers:qualify", args=[bent.pk])
    future = client.post(url, {"kind": check.pk, "obtained_on": "2099-01-01"}, follow=True)
    assert "fremtiden" in future.content.decode() and not bent.qualifications.exists()
    backwards = client.post(
        url, {"kind": check.pk, "obtained_on": "2026-01-10", "expires_on": "2026-01-01"}
    )
    assert backwards.status_code == 302 and not bent.qualifications.exists()
    client.post(url, {"kind": check.pk, "obtained_on": "2026-11-01"})
    got = bent.qualifications.get()
    assert got.expires_on.year == 2029  # 36 months on
    assert planning.problems_with(bent, driving, times) == []


def test_coordinator_writes_role_descriptions_the_volunteer_reads(
    client, coordinator, texts, nursing_home, gym
):
    client.force_login(coordinator)
    bad = client.post(reverse("volunteers:role_new"), {"title": ""})
    assert "Fejl:" in bad.content.decode() and not RoleDescription.objects.exists()
    client.post(
        reverse("volunteers:role_new"),
        {
            "title": "Hjælper til sang",
            "kind": "helper",
            "site": nursing_home.pk,
            "purpose": "Flere synger med",
            "does": "Deler sangbøger ud",
            "does_not": "Giver ikke medicin",
            "time_commitment": "1 time om ugen",
        },
    )
    role = RoleDescription.objects.get()
    assert role.site == nursing_home
    assert "Hjælper til sang" in client.get(reverse("volunteers:roles")).content.decode()
    villy = volunteer(coordinator, "Villy")
    actions.assign_series(
        villy, role, planning.activity_times(gym, weeks=1), offer=gym, acting_user=coordinator
    )
    client.force_login(villy.user)
    page = client.get(reverse("volunteers:mine")).content.decode()
    assert "Giver ikke medicin" in page and "Deler sangbøger ud" in page
    client.force_login(villy.user)
    assert client.get(reverse("volunteers:roles")).status_code == 404


def test_the_task_and_role_forms_name_activities_by_place_and_contacts_by_name(
    coordinator, instructor_role, gym
):
    from brobygger.volunteers.forms import RoleDescriptionForm, TaskForm

    offer_choices = [label for _value, label in TaskForm().fields["offer"].choices]
    assert "Stolegymnastik (Plejecenter Solhøj)" in offer_choices
    contact_choices = [label for _value, label in RoleDescriptionForm().fields["contact"].choices]
    assert coordinator.full_name in contact_choices


def test_an_activity_paused_until_further_notice_has_no_times_to_plan(gym):
    assert planning.activity_times(gym, weeks=4)
    Offer.objects.filter(pk=gym.pk).update(status=OfferStatus.PAUSED)
    gym.refresh_from_db()
    assert planning.activity_times(gym, weeks=4) == []
