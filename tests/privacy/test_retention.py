"""The daily ``brobygger apply-retention``: each kind of record is anonymised (or deleted)
when it has been kept as long as its rule says, not a day before; a second run does nothing;
a dry run changes nothing; it reports in Danish and leaves a record for administrators."""

from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.notifications.models import Message
from brobygger.privacy import actions, retention
from brobygger.privacy.models import Erasure, RetentionRun
from brobygger.referrals import actions as referrals
from brobygger.referrals.models import Citizen, Referral
from brobygger.volunteers import actions as volunteering
from brobygger.volunteers.models import Volunteer
from tests import factories
from tests.people import referral_data, two_factor

CPH = ZoneInfo("Europe/Copenhagen")
START = datetime(2026, 3, 2, 10, 0, tzinfo=CPH)


def at(moment: datetime):
    return time_machine.travel(moment, tick=False)


def run(**options) -> str:
    out = StringIO()
    call_command("apply_retention", stdout=out, **options)
    return out.getvalue()


def ended_case(worker, name="Gudrun Thorsager", phone="61 72 83 94"):
    case = referrals.receive_referral(referral_data(citizen_name=name, citizen_phone=phone)).case
    referrals.change_state(case, "declined", acting_user=worker)
    return case


def volunteer(name, stage="interested", coordinator=None):
    person = volunteering.sign_up(
        full_name=name,
        phone="",
        email=f"{name.split()[0].lower()}@example.dk",
        postal_code="4000",
        task_kinds=["companion"],
        interests=[],
        days=[],
        commitment="regular",
        skills="",
        languages="",
    )
    if stage == "left":
        volunteering.move_stage(person, "left", acting_user=coordinator, reason="time")
    elif stage == "intro":
        volunteering.move_stage(person, "intro", acting_user=coordinator)
    return person


def is_anonymised(obj) -> bool:
    return Erasure.objects.filter(object_type=obj._meta.label_lower, object_id=obj.pk).exists()


def test_an_ended_case_is_anonymised_five_years_after_it_ended_not_a_day_before(teams, worker):
    with at(START):
        case = ended_case(worker)
    with at(START + timedelta(days=5 * 365)):  # 2031-03-01: a day short of five years
        output = run()
    assert not is_anonymised(case.citizen)
    assert "Afsluttede forløb" in output and "Intet at gøre." in output
    with at(START + timedelta(days=5 * 365 + 2)):
        output = run()
    assert is_anonymised(case.citizen)
    assert Citizen.objects.get(pk=case.citizen_id).full_name == "Anonymiseret borger"
    assert "1 anonymiseret." in output
    erasure = Erasure.objects.get()
    assert erasure.rule == "closed_cases" and erasure.by is None
    assert "5 år" in erasure.reason


def test_a_second_run_does_nothing(teams, worker):
    with at(START):
        ended_case(worker)
    with at(START + timedelta(days=6 * 365)):
        run()
        events = AuditEvent.objects.count()
        output = run()
    assert Erasure.objects.count() == 1
    assert "anonymiseret" not in output.split("\n", 1)[1]
    # The second run leaves its own retention.applied row and nothing else.
    assert AuditEvent.objects.count() == events + 1
    runs = RetentionRun.objects.all()
    assert [r.done for r in runs] == [0, 1]


def test_an_open_case_keeps_its_citizen_however_old(teams, worker):
    with at(START):
        case = referrals.receive_referral(referral_data()).case
    with at(START + timedelta(days=20 * 365)):
        run()
    assert not is_anonymised(case.citizen)


def test_a_referral_that_never_became_a_case_is_anonymised_after_a_year(teams, worker):
    with at(START):
        first = referrals.receive_referral(referral_data()).case
        duplicate = referrals.receive_referral(referral_data(citizen_name="Ingrid Hansen"))
    assert duplicate.case is None and duplicate.suspected_case == first
    with at(START + timedelta(days=364)):
        run()
    assert not is_anonymised(duplicate)
    with at(START + timedelta(days=366)):
        output = run()
    duplicate.refresh_from_db()
    assert is_anonymised(duplicate) and duplicate.suspected_case is None
    assert duplicate.citizen_name == "Anonymiseret borger" and duplicate.citizen_phone == ""
    assert "Henvisninger, der aldrig blev til et forløb" in output
    assert not is_anonymised(first.citizen)  # its case is open


def test_volunteers_who_left_two_years_ago_and_unused_sign_ups_after_six_months(teams, coordinator):
    with at(START):
        left = volunteer("Lone Stoppet", "left", coordinator)
        unused = volunteer("Ulla Ubrugt")
        met = volunteer("Mette Mødt", "intro", coordinator)
    with at(START + timedelta(days=200)):
        run()
    assert is_anonymised(unused) and not is_anonymised(left) and not is_anonymised(met)
    with at(START + timedelta(days=2 * 365 + 2)):
        output = run()
    assert is_anonymised(left) and not is_anonymised(met)
    assert Volunteer.objects.get(pk=left.pk).full_name == "Anonymiseret frivillig"
    assert "Frivillige, der er stoppet" in output and "1 anonymiseret." in output


def test_sent_messages_are_deleted_after_90_days_queued_ones_stay(db):
    with at(START):
        sent = Message.objects.create(
            channel="email", template="x", recipient="a@example.dk", body="Hej", status="sent"
        )
        queued = Message.objects.create(
            channel="email", template="x", recipient="b@example.dk", body="Hej", status="queued"
        )
    with at(START + timedelta(days=89)):
        run()
    assert Message.objects.filter(pk=sent.pk).exists()
    with at(START + timedelta(days=91)):
        output = run()
    assert not Message.objects.filter(pk=sent.pk).exists()
    assert Message.objects.filter(pk=queued.pk).exists()
    assert "1 slettet." in output


def test_a_dry_run_changes_nothing_and_says_what_it_would_do(teams, worker):
    with at(START):
        case = ended_case(worker)
    with at(START + timedelta(days=6 * 365)):
        output = run(dry_run=True)
    assert "prøvekørsel, intet er ændret" in output
    assert "1 ville blive anonymiseret." in output
    assert not is_anonymised(case.citizen)
    assert RetentionRun.objects.get().dry_run
    assert not AuditEvent.objects.filter(event="retention.applied").exists()


def test_a_real_run_is_audited_with_what_each_rule_did(teams, worker):
    with at(START):
        ended_case(worker)
    with at(START + timedelta(days=6 * 365)):
        run()
    event = AuditEvent.objects.get(event="retention.applied")
    assert event.user is None and event.legal_basis == "art6-1c"
    assert event.data["closed_cases"] == {"done": 1, "failed": 0}


def test_the_period_comes_from_the_settings_or_the_environment(
    teams, worker, settings, monkeypatch
):
    with at(START):
        case = ended_case(worker)
    monkeypatch.setenv("BROBYGGER_RETENTION_CLOSED_CASE_YEARS", "2")
    with at(START + timedelta(days=2 * 365 + 2)):
        run()
    assert is_anonymised(case.citizen)
    settings.RETENTION_CLOSED_CASE_YEARS = 10  # a setting wins over the environment
    assert retention.RULES[0].amount() == 10


@pytest.mark.parametrize("value", ["fem", "0", "-1"])
def test_a_wrong_period_stops_the_run_with_a_clear_message(db, monkeypatch, value):
    monkeypatch.setenv("BROBYGGER_RETENTION_MESSAGE_DAYS", value)
    with pytest.raises(ImproperlyConfigured, match="BROBYGGER_RETENTION_MESSAGE_DAYS"):
        run()


def test_the_run_works_in_bounded_batches(teams, worker):
    with at(START):
        ended_case(worker, "Anna Første", "11111111")
        ended_case(worker, "Berta Anden", "22222222")
        ended_case(worker, "Cilla Tredje", "33333333")
    with at(START + timedelta(days=6 * 365)):
        output = run(limit=2, batch_size=1)
        assert Erasure.objects.count() == 2
        assert "2 anonymiseret. 1 venter til næste kørsel." in output
        run(limit=2, batch_size=1)
    assert Erasure.objects.count() == 3


def test_one_record_that_fails_does_not_stop_the_others(teams, worker, monkeypatch):
    with at(START):
        bad = ended_case(worker, "Anna Første", "11111111").citizen
        good = ended_case(worker, "Berta Anden", "22222222").citizen
    anonymise = actions.ANONYMISERS[Citizen]

    def fails_for_bad(citizen, **kwargs):
        if citizen.pk == bad.pk:
            raise RuntimeError("disk full")
        return anonymise(citizen, **kwargs)

    monkeypatch.setitem(actions.ANONYMISERS, Citizen, fails_for_bad)
    with at(START + timedelta(days=6 * 365)), pytest.raises(CommandError, match="1 post"):
        run()
    assert is_anonymised(good) and not is_anonymised(bad)
    assert RetentionRun.objects.get().failed == 1


def test_29_february_is_an_ordinary_day(db):
    leap = datetime(2028, 2, 29, 3, 0, tzinfo=CPH)
    assert retention.RULES[0].cutoff(leap).date().isoformat() == "2023-02-28"
    with at(leap):
        run()


def test_administrators_see_the_rules_and_the_runs_in_the_admin(client, teams, worker):
    with at(START):
        ended_case(worker)
    with at(START + timedelta(days=6 * 365)):
        run()
    admin = two_factor(factories.user(Role.ADMINISTRATOR, is_staff=True))
    client.force_login(admin)
    page = client.get(reverse("admin:privacy_retentionrun_changelist")).content.decode()
    assert "Afsluttede forløb" in page and "BROBYGGER_RETENTION_CLOSED_CASE_YEARS" in page
    run_page = client.get(
        reverse("admin:privacy_retentionrun_change", args=[RetentionRun.objects.get().pk])
    ).content.decode()
    assert "1 anonymiseret." in run_page
    assert client.get(reverse("admin:privacy_erasure_changelist")).status_code == 200
    assert client.post(reverse("admin:privacy_erasure_delete", args=[1])).status_code == 403


def test_other_staff_do_not_see_them(client, teams, worker):
    staff = two_factor(factories.user(Role.VOLUNTEER_COORDINATOR, is_staff=True))
    client.force_login(staff)
    response = client.get(reverse("admin:privacy_retentionrun_changelist"))
    assert response.status_code in (302, 403)


def test_referrals_of_an_anonymised_citizen_are_anonymised_with_it(teams, worker):
    with at(START):
        case = ended_case(worker)
    with at(START + timedelta(days=6 * 365)):
        run()
    referral = Referral.objects.get(case=case)
    assert referral.citizen_name == "Anonymiseret borger" and referral.interests_text == ""
