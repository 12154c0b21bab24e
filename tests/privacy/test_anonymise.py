"""Art. 17: anonymising a citizen or a volunteer leaves no name, phone, e-mail or note
anywhere in their records; what statistics need stays; the audit log keeps its rows and the
new ones do not bring the name back; it happens once, in one transaction."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.urls import reverse

from brobygger.accounts.models import User
from brobygger.audit.models import AuditEvent
from brobygger.notifications.models import Message
from brobygger.privacy import actions
from brobygger.privacy.models import Erasure
from brobygger.referrals import actions as referrals
from brobygger.referrals.models import Case, Citizen, Conversation, Referral
from brobygger.volunteers.models import HourLog, Volunteer

from .conftest import NAME, VOLUNTEER_EMAIL, mentions


def end(case, user):
    referrals.change_state(case, "declined", acting_user=user, note=f"{NAME} sagde nej tak")


def test_no_trace_of_the_citizen_is_left_in_their_records(full_citizen, lead):
    case = full_citizen.extra["case"]
    end(case, lead)
    assert mentions(*full_citizen.secrets)  # the search finds them before …
    actions.anonymise_citizen(full_citizen.obj, acting_user=lead, reason="Borgeren bad om det")
    assert mentions(*full_citizen.secrets) == []  # … and nothing after


def test_what_statistics_need_stays(full_citizen, lead):
    case = full_citizen.extra["case"]
    end(case, lead)
    actions.anonymise_citizen(full_citizen.obj, acting_user=lead, reason="Anmodning")
    citizen = Citizen.objects.get(pk=full_citizen.obj.pk)
    assert citizen.full_name == "Anonymiseret borger"
    assert citizen.birth_year == 1940 and citizen.postal_code_id == "4000"
    case.refresh_from_db()
    assert case.state == "declined" and case.closed_at and case.local_area_id
    assert case.team_id and case.assigned_to_id and case.needs == [] and case.goals == ""
    referral = Referral.objects.get(case=case)
    assert referral.reasons == ["loneliness"] and referral.referrer_kind == "gp"
    assert referral.citizen_birth_year == 1940 and referral.receipt.startswith("H-")
    assert Conversation.objects.get(case=case).notes == {}
    assert HourLog.objects.get(assignment__case=case).hours == 2
    # The consents stay as facts (what, when, by whom), without the "how".
    assert citizen.consents.count() == 3
    assert set(citizen.consents.values_list("how", flat=True)) == {""}


def test_the_audit_log_is_kept_and_new_rows_do_not_name_the_citizen(full_citizen, lead):
    end(full_citizen.extra["case"], lead)
    before = AuditEvent.objects.count()
    old_rows = mentions(NAME, skip=())
    actions.anonymise_citizen(
        full_citizen.obj, acting_user=lead, reason=f"{NAME} ringede ({full_citizen.secrets[3]})"
    )
    assert AuditEvent.objects.count() == before + 1
    assert set(old_rows) >= set(mentions(NAME, skip=()))  # the old rows are all still there
    event = AuditEvent.objects.get(event="citizen.anonymised")
    written = f"{event.object_repr} {event.purpose} {event.data} {event.search_terms}"
    assert "Gudrun" not in written and "Thorsager" not in written and "61 72" not in written
    erasure = Erasure.objects.get()
    assert "Gudrun" not in erasure.reason and "ringede" in erasure.reason
    assert erasure.by == lead and erasure.rule == ""
    assert erasure.rows["referrals.case"] == 1 and erasure.rows["referrals.conversation"] == 1


def test_anonymising_twice_is_the_same_as_once(full_citizen, lead):
    end(full_citizen.extra["case"], lead)
    first = actions.anonymise_citizen(full_citizen.obj, acting_user=lead, reason="Anmodning")
    again = actions.anonymise_citizen(full_citizen.obj, acting_user=lead, reason="Igen")
    assert first == again
    assert Erasure.objects.count() == 1
    assert AuditEvent.objects.filter(event="citizen.anonymised").count() == 1


def test_a_citizen_with_an_open_case_is_refused(full_citizen, lead):
    with pytest.raises(ValidationError):
        actions.anonymise_citizen(full_citizen.obj, acting_user=lead, reason="Anmodning")
    assert Citizen.objects.get(pk=full_citizen.obj.pk).full_name == NAME
    assert not Erasure.objects.exists()


def test_a_link_worker_asks_the_lead(full_citizen, worker, other_area_worker, lead):
    end(full_citizen.extra["case"], lead)
    for person in (worker, other_area_worker):
        with pytest.raises(PermissionDenied):
            actions.anonymise_citizen(full_citizen.obj, acting_user=person, reason="Anmodning")
    assert Citizen.objects.get(pk=full_citizen.obj.pk).full_name == NAME


def test_the_lead_anonymises_from_the_page(client, full_citizen, lead):
    end(full_citizen.extra["case"], lead)
    client.force_login(lead)
    url = reverse("privacy:anonymise_citizen", args=[full_citizen.obj.pk])
    refused = client.post(url, {"reason": "Borgeren bad om sletning"})  # not confirmed
    assert refused.status_code == 400
    assert "Bekræft, at oplysningerne skal fjernes for altid." in refused.content.decode()
    response = client.post(url, {"reason": "Borgeren bad om sletning", "confirm": "on"})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Borgeren blev anonymiseret" in page and NAME not in page
    # The case page still works, without the name.
    case_page = client.get(reverse("referrals:case", args=[full_citizen.extra["case"].pk]))
    assert case_page.status_code == 200 and NAME not in case_page.content.decode()


def test_an_open_case_is_a_form_error_on_the_page(client, full_citizen, admin):
    client.force_login(admin)
    response = client.post(
        reverse("privacy:anonymise_citizen", args=[full_citizen.obj.pk]),
        {"reason": "Anmodning", "confirm": "on"},
    )
    assert response.status_code == 400
    assert "Borgeren har et åbent forløb" in response.content.decode()


def test_a_link_worker_posting_anyway_is_refused(client, full_citizen, worker, lead):
    end(full_citizen.extra["case"], lead)
    client.force_login(worker)
    response = client.post(
        reverse("privacy:anonymise_citizen", args=[full_citizen.obj.pk]),
        {"reason": "Anmodning", "confirm": "on"},
    )
    assert response.status_code == 403
    assert not Erasure.objects.exists()


def test_an_outsider_posting_gets_404(client, full_citizen, other_area_worker, lead):
    end(full_citizen.extra["case"], lead)
    client.force_login(other_area_worker)
    response = client.post(
        reverse("privacy:anonymise_citizen", args=[full_citizen.obj.pk]),
        {"reason": "Anmodning", "confirm": "on"},
    )
    assert response.status_code == 404
    assert not Erasure.objects.exists()


# Volunteers ---------------------------------------------------------------------------------


def test_no_trace_of_the_volunteer_is_left(full_volunteer, coordinator):
    assert mentions(*full_volunteer.secrets)
    actions.anonymise_volunteer(full_volunteer.obj, acting_user=coordinator, reason="Stoppet")
    assert mentions(*full_volunteer.secrets) == []


def test_the_volunteers_login_is_closed_and_the_corps_figures_stay(
    client, full_volunteer, coordinator
):
    account = full_volunteer.extra["account"]
    actions.anonymise_volunteer(full_volunteer.obj, acting_user=coordinator, reason="Stoppet")
    account.refresh_from_db()
    assert not account.is_active and not account.has_usable_password()
    assert not User.objects.filter(email=VOLUNTEER_EMAIL).exists()
    volunteer = Volunteer.objects.get(pk=full_volunteer.obj.pk)
    assert volunteer.stage == "left" and volunteer.leaving_reason == "moved"
    assert volunteer.task_kinds == ["companion"] and volunteer.birth_year == 1960
    assert volunteer.hours.get().hours == 2 and volunteer.history.count() == 3
    assert not Message.objects.filter(recipient__in=[VOLUNTEER_EMAIL, "+4542536475"]).exists()
    case = Case.objects.get(pk=full_volunteer.extra["case"].pk)
    assert case.companion_name == "Anonymiseret frivillig"
    assert not client.login(email=VOLUNTEER_EMAIL, password="en-lang-test-adgangskode-42")


def test_an_account_with_a_staff_role_is_left_to_the_administrator(full_volunteer, coordinator):
    from brobygger.accounts.models import RoleAssignment

    account = full_volunteer.extra["account"]
    RoleAssignment.objects.create(user=account, role="site_key_person")
    actions.anonymise_volunteer(full_volunteer.obj, acting_user=coordinator, reason="Stoppet")
    account.refresh_from_db()
    assert account.is_active and account.email == VOLUNTEER_EMAIL


def test_an_active_volunteer_is_refused(full_volunteer, coordinator):
    Volunteer.objects.filter(pk=full_volunteer.obj.pk).update(stage="active")
    with pytest.raises(ValidationError):
        actions.anonymise_volunteer(full_volunteer.obj, acting_user=coordinator, reason="x")
    assert not Erasure.objects.exists()


def test_only_coordinators_anonymise_volunteers(full_volunteer, worker):
    with pytest.raises(PermissionDenied):
        actions.anonymise_volunteer(full_volunteer.obj, acting_user=worker, reason="x")


def test_the_coordinator_anonymises_from_the_page(client, full_volunteer, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("privacy:anonymise_volunteer", args=[full_volunteer.obj.pk]),
        {"reason": "Bad selv om det", "confirm": "on"},
    )
    assert response.status_code == 302
    assert Erasure.objects.get().object_type == "volunteers.volunteer"
    event = AuditEvent.objects.get(event="volunteer.anonymised")
    assert "Valborg" not in f"{event.object_repr} {event.purpose} {event.data}"


def test_the_companions_phone_on_a_case_goes_with_the_volunteer(full_volunteer, coordinator):
    case = full_volunteer.extra["case"]
    Case.objects.filter(pk=case.pk).update(companion_phone="+45 42 53 64 75")
    other = Case.objects.create(
        citizen=case.citizen, team=case.team, companion_name="Nabo Ib", companion_phone="11223344"
    )
    actions.anonymise_volunteer(full_volunteer.obj, acting_user=coordinator, reason="Stoppet")
    case.refresh_from_db()
    other.refresh_from_db()
    assert case.companion_phone == "" and case.companion_name == "Anonymiseret frivillig"
    assert (other.companion_name, other.companion_phone) == ("Nabo Ib", "11223344")


def test_the_status_mails_to_the_referrer_go_with_the_citizen(full_citizen, worker, lead):
    case = full_citizen.extra["case"]
    referral = Referral.objects.get(case=case)
    shared = referrals.share_feedback(referral, message="started", acting_user=worker)
    end(case, lead)  # a status mail for the step
    about = Message.objects.filter(
        Q(key=f"referral-share:{shared.share.pk}")
        | Q(key__startswith=f"referral-status:{referral.pk}:")
    )
    assert about.count() >= 2
    other = Message.objects.create(
        channel="email", template="x", recipient="andre@x.dk", body="-", key="referral-share:0"
    )
    actions.anonymise_citizen(full_citizen.obj, acting_user=lead, reason="Borgeren bad om det")
    assert not about.exists()
    assert Message.objects.filter(pk=other.pk).exists()
