"""The referrer's side: "Mine henvisninger" tells patients apart and shows the dated statuses the
citizen agreed to share; a referrer without an account is mailed a status with no personal data;
the link worker is told "Henviseren har fået besked" only when a message really left."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.notifications.models import Message
from brobygger.referrals import actions
from brobygger.referrals.models import ConsentKind
from brobygger.referrals.referrer import short_name
from tests import factories
from tests.people import referral_data

CPH = ZoneInfo("Europe/Copenhagen")


def at(day: int, month: int = 3, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=CPH)


@pytest.fixture
def gp(teams):
    return factories.user(Role.REFERRER, full_name="Dr. Holm", email="holm@laege.dk")


def sent_by(gp, moment, **changes):
    with time_machine.travel(moment, tick=False):
        return actions.receive_referral(referral_data(**changes), acting_user=gp)


def my_page(client, gp) -> str:
    client.force_login(gp)
    response = client.get(reverse("referrals:my_referrals"))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    "full, short",
    [
        ("Inger Hansen", "Inger H."),
        ("Inger Marie  hansen", "Inger H."),
        ("Anne-Grethe Østergaard", "Anne-Grethe Ø."),
        ("Inger", "Inger"),
        ("", ""),
    ],
)
def test_a_name_is_shortened_to_first_name_and_initial(full, short):
    assert short_name(full) == short


def test_two_patients_with_the_same_first_name_are_told_apart(client, gp):
    sent_by(gp, at(3), citizen_name="Inger Hansen", citizen_birth_year=1946)
    sent_by(
        gp, at(5), citizen_name="Inger Jensen", citizen_birth_year=1951, citizen_phone="31323334"
    )
    page = my_page(client, gp)
    assert "Inger H." in page and "født 1946" in page and "3. marts 2026" in page
    assert "Inger J." in page and "født 1951" in page and "5. marts 2026" in page
    # Newest first, and nothing more than the referrer needs to tell them apart.
    assert page.index("Inger J.") < page.index("Inger H.")
    for hidden in ("Hansen", "Jensen", "20 30 40 50", "kirkekor"):
        assert hidden not in page


def test_the_statuses_are_dated_and_hold_no_notes_or_plan(client, gp, worker):
    referral = sent_by(gp, at(3))
    case = referral.case
    with time_machine.travel(at(4), tick=False):
        actions.take_case(case, acting_user=worker)
        actions.change_state(case, "contacted", acting_user=worker, note="Hun var ked af det")
    with time_machine.travel(at(9), tick=False):
        actions.record_conversation(
            case,
            notes={"relations": "Enke siden sidste år"},
            wishes="Synge i kor",
            held_on=date(2026, 3, 9),
            acting_user=worker,
        )
    with time_machine.travel(at(12), tick=False):
        actions.save_plan(
            case,
            goals="Komme ud blandt andre",
            steps=[("Kigge med i koret", "watch")],
            transport="own",
            acting_user=worker,
        )
    page = my_page(client, gp)
    timeline = page[page.index('class="status-timeline"') :]
    expected = [
        ("Modtaget", "3. marts 2026"),
        ("Kontaktet", "4. marts 2026"),
        ("Samtale holdt", "9. marts 2026"),
        ("Plan lagt", "12. marts 2026"),
    ]
    positions = [timeline.index(f"{label}</span> <time") for label, _ in expected]
    assert positions == sorted(positions)
    for label, day in expected:
        assert f'{label}</span> <time datetime="' in timeline and day in timeline
    assert 'aria-current="step"><span class="status-timeline-label">Plan lagt' in page
    for hidden in ("Enke", "Synge", "Komme ud", "Kigge med", "ked af det", "Birgitte"):
        assert hidden not in page


def test_no_statuses_without_the_citizens_consent(client, gp, worker):
    referral = sent_by(gp, at(3), feedback="none")
    actions.change_state(referral.case, "contacted", acting_user=worker)
    page = my_page(client, gp)
    assert "Inger H." in page and "Borgeren har ikke sagt ja" in page
    assert "Kontaktet" not in page


def test_a_withdrawn_consent_hides_the_statuses_at_once(client, gp, worker):
    referral = sent_by(gp, at(3))
    case = referral.case
    actions.change_state(case, "contacted", acting_user=worker)
    assert "Kontaktet" in my_page(client, gp)
    actions.record_consent(
        case.citizen, kind=ConsentKind.FEEDBACK, given=False, how="Telefon", acting_user=worker
    )
    assert "Kontaktet" not in my_page(client, gp)


def test_a_second_referral_of_an_open_case_shows_only_what_came_after_it(client, gp, worker):
    first = actions.receive_referral(referral_data(referrer_email="other@laege.dk"))
    with time_machine.travel(at(4), tick=False):
        actions.change_state(first.case, "contacted", acting_user=worker)
    second = sent_by(gp, at(6))
    actions.resolve_duplicate(second, same_citizen=True, acting_user=worker)
    with time_machine.travel(at(9), tick=False):
        actions.change_state(first.case, "conversation_held", acting_user=worker)
    page = my_page(client, gp)
    assert "Samtale holdt" in page and "9. marts 2026" in page
    assert "Kontaktet" not in page and "4. marts 2026" not in page


def test_referrers_see_only_their_own_and_the_page_is_logged(client, gp, teams):
    sent_by(gp, at(3))
    other = factories.user(Role.REFERRER, full_name="Dr. Berg")
    actions.receive_referral(referral_data(citizen_name="Karen Berg"), acting_user=other)
    page = my_page(client, gp)
    assert "Inger H." in page and "Karen" not in page
    event = AuditEvent.objects.get(event="referral.listed")
    assert event.user == gp and event.action == "read" and len(event.data["receipts"]) == 1


def test_the_page_does_not_grow_queries_with_the_referrals(
    client, gp, worker, django_assert_max_num_queries
):
    for n in range(2):
        referral = sent_by(gp, at(3 + n), citizen_name=f"Borger Nummer{n}", citizen_phone="")
        actions.change_state(referral.case, "contacted", acting_user=worker)
    client.force_login(gp)
    with django_assert_max_num_queries(25) as few:
        client.get(reverse("referrals:my_referrals"))
    for n in range(2, 12):
        referral = sent_by(gp, at(3 + n), citizen_name=f"Borger Nummer{n}", citizen_phone="")
        actions.change_state(referral.case, "contacted", acting_user=worker)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("referrals:my_referrals")).content.decode()
    assert "Borger N." in page and page.count("Kontaktet") == 12


def test_the_page_fits_a_phone(client, gp):
    page = my_page(client, gp) if sent_by(gp, at(3)) else ""
    # Cards and a list, no wide table to scroll sideways on a phone.
    assert "<table" not in page and 'class="card' in page


# The referrer without an account -------------------------------------------------------------


def test_a_referrer_without_an_account_is_mailed_a_status_without_personal_data(
    case, worker, django_capture_on_commit_callbacks
):
    referral = case.referrals.get()
    with django_capture_on_commit_callbacks(execute=True):
        told = actions.change_state(case, "contacted", acting_user=worker)
    assert told == 1
    [sent] = mail.outbox
    assert sent.to == ["holm@laege.dk"]
    day = f"{referral.received_at.astimezone(CPH).day}."
    assert day in sent.body and "har skiftet status: Kontaktet" in sent.body
    assert referral.receipt in sent.body and referral.receipt in sent.subject
    text = sent.subject + sent.body
    for personal in ("Inger", "Hansen", "20 30 40 50", "kirkekor", "4000", "Birgitte"):
        assert personal not in text
    assert AuditEvent.objects.filter(event="referral.feedback_shared", user=worker).exists()


def test_several_steps_at_once_make_one_mail(case, worker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        actions.record_conversation(
            case, notes={}, wishes="Synge", held_on=date.today(), acting_user=worker
        )
    assert len(mail.outbox) == 1 and "Samtale holdt" in mail.outbox[0].body


@pytest.mark.parametrize(
    "changes",
    [{"feedback": "none"}, {"referrer_email": "", "referrer_phone": "22334455"}],
    ids=["no consent", "no address"],
)
def test_nobody_is_mailed_without_consent_or_address(teams, worker, changes):
    case = actions.receive_referral(referral_data(**changes)).case
    assert actions.change_state(case, "contacted", acting_user=worker) == 0
    assert not Message.objects.exists()


def test_no_mail_after_the_citizen_withdrew_the_consent(case, worker):
    actions.record_consent(
        case.citizen, kind=ConsentKind.FEEDBACK, given=False, how="Telefon", acting_user=worker
    )
    actions.change_state(case, "contacted", acting_user=worker)
    assert not Message.objects.exists()


def test_the_citizens_consent_is_read_once_however_many_referrers_wait(
    case, worker, django_capture_on_commit_callbacks
):
    for n in range(3):
        second = actions.receive_referral(referral_data(referrer_email=f"henviser{n}@laege.dk"))
        assert second.suspected_case == case
        actions.resolve_duplicate(second, same_citizen=True, acting_user=worker)
    with (
        CaptureQueriesContext(connection) as queries,
        django_capture_on_commit_callbacks(execute=True),
    ):
        told = actions.change_state(case, "contacted", acting_user=worker)
    assert told == 4
    consent_reads = [q for q in queries.captured_queries if 'FROM "referrals_consent"' in q["sql"]]
    assert len(consent_reads) == 1


def test_a_referrer_with_an_account_is_not_mailed_each_step(gp, worker):
    referral = sent_by(gp, at(3))
    actions.change_state(referral.case, "contacted", acting_user=worker)
    assert not Message.objects.exists()


# What the link worker is told -----------------------------------------------------------------


def post_feedback(client, worker, referral):
    client.force_login(worker)
    return client.post(
        reverse("referrals:feedback", args=[referral.case_id, referral.pk]),
        {f"henvisning-{referral.pk}-message": "started", "message": "started"},
        follow=True,
    )


def test_the_link_worker_hears_the_referrer_was_told_when_a_mail_left(
    client, case, worker, django_capture_on_commit_callbacks
):
    referral = case.referrals.get()
    with django_capture_on_commit_callbacks(execute=True):
        page = post_feedback(client, worker, referral).content.decode()
    assert "Henviseren har fået besked." in page
    [sent] = mail.outbox
    assert "Borgeren er startet i et fællesskab." in sent.body and "Inger" not in sent.body


def test_the_link_worker_hears_plainly_when_nobody_was_told(client, teams, worker):
    referral = actions.receive_referral(
        referral_data(referrer_email="", referrer_phone="22 33 44 55")
    )
    page = post_feedback(client, worker, referral).content.decode()
    assert "Henviseren har fået besked" not in page
    assert "Henviseren har ikke fået besked" in page and "22 33 44 55" in page
    assert not Message.objects.exists()


def test_without_consent_the_link_worker_hears_nobody_was_told(client, teams, worker):
    referral = actions.receive_referral(referral_data(feedback="none"))
    page = post_feedback(client, worker, referral).content.decode()
    assert "Henviseren har fået besked" not in page
    assert "Henviseren har ikke fået besked" in page
    assert not Message.objects.exists()
