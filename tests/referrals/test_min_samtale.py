""" "Min samtale" speaks to the citizen: the first visit's day, time and place and the
companion's name and phone, in large type, and none of the link worker's task wording."""

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.referrals import actions
from brobygger.referrals.documents import conversation_summary_html, first_visit
from tests import factories

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def planned(case, worker):
    """A case as far as a first visit: a conversation, a plan and a chosen community."""
    actions.take_case(case, acting_user=worker)
    actions.record_conversation(
        case,
        notes={"interests": "Har sunget i kirkekor"},
        wishes="Synge i kor igen",
        held_on=date(2026, 3, 2),
        acting_user=worker,
    )
    actions.save_plan(
        case,
        goals="Komme ud blandt andre",
        steps=[("Kigge med i koret", "watch")],
        transport="own",
        acting_user=worker,
    )
    offer = factories.offer(
        "Seniorkoret Fjordstemmerne", loc=factories.location("Kulturhuset", street="Torvet 3")
    )
    actions.choose_offer(case, offer, reasons=[], acting_user=worker)
    return case


def test_the_first_visit_and_the_companion_are_on_it(planned, worker):
    actions.set_companion(
        planned, name="Villy Jensen", phone="20 11 22 33", volunteer=None, acting_user=worker
    )
    actions.plan_follow_ups(
        planned, first_visit=date(2026, 3, 10), at=time(10, 0), acting_user=worker
    )
    html = conversation_summary_html(planned, None)
    visit = html[html.index("Mit første besøg") : html.index("</section>")]
    assert "Tirsdag den 10. marts 2026" in visit and "kl. 10.00" in visit
    assert "Seniorkoret Fjordstemmerne" in visit and "Kulturhuset, Torvet 3, 4000" in visit
    assert "Villy Jensen følger mig første gang." in visit
    assert 'href="tel:20112233">20 11 22 33</a>' in visit


def test_a_place_given_by_the_link_worker_is_the_place_shown(planned, worker):
    actions.plan_follow_ups(
        planned,
        first_visit=date(2026, 3, 10),
        place="Vi mødes ved hovedindgangen, Torvet 3",
        acting_user=worker,
    )
    html = conversation_summary_html(planned, None)
    assert "Vi mødes ved hovedindgangen, Torvet 3" in html
    assert "Klokken" not in html  # no time given, none invented


def test_no_staff_task_wording_reaches_the_citizen(planned, worker):
    actions.plan_follow_ups(planned, first_visit=date(2026, 3, 10), acting_user=worker)
    actions.add_task(
        planned, title="Tjek venteliste hos foreningen", due_on=date(2026, 3, 5), acting_user=worker
    )
    html = conversation_summary_html(planned, None)
    for staff in (
        "Ring efter første besøg",
        "Opfølgning efter 4 uger",
        "Opfølgning efter 3 måneder",
        "Tjek venteliste",
        "Forløb",
        "opgave",
    ):
        assert staff not in html, staff
    assert "Min brobygger ringer til mig efter første besøg" in html


def test_without_a_first_visit_there_is_no_empty_box(planned):
    html = conversation_summary_html(planned, None)
    assert "Mit første besøg" not in html and first_visit(planned) is None


def test_a_volunteer_companions_booking_gives_the_time_name_and_phone(planned, worker):
    from brobygger.volunteers.models import Assignment, RoleDescription, Volunteer

    role = RoleDescription.objects.create(
        title="Følgeven", kind="companion", purpose="-", does="-", does_not="-"
    )
    volunteer = Volunteer.objects.create(full_name="Grethe Frivillig", phone="30 40 50 60")
    Assignment.objects.create(
        volunteer=volunteer,
        role=role,
        case=planned,
        starts_at=datetime(2026, 3, 12, 13, 30, tzinfo=CPH),
        ends_at=datetime(2026, 3, 12, 15, 30, tzinfo=CPH),
        confirmed_by=worker,
    )
    visit = first_visit(planned)
    assert visit is not None
    assert (visit.day, visit.at.time()) == (date(2026, 3, 12), time(13, 30))
    assert (visit.companion, visit.companion_phone) == ("Grethe Frivillig", "30 40 50 60")
    html = conversation_summary_html(planned, None)
    assert "Torsdag den 12. marts 2026" in html and "kl. 13.30" in html


def test_the_type_is_large_and_the_page_fits_a_phone(planned):
    html = conversation_summary_html(planned, None)
    assert 'name="viewport" content="width=device-width' in html
    body = re.search(r"body \{([^}]*)\}", html).group(1)
    size = float(re.search(r"font-size: ([\d.]+)rem", body).group(1))
    height = float(re.search(r"line-height: ([\d.]+)", body).group(1))
    assert size >= 1.25 and height >= 1.5
    # Nothing smaller than the body text anywhere on the page.
    sizes = [float(s) for s in re.findall(r"font-size: ([\d.]+)rem", html)]
    assert min(sizes) >= 1.25
    assert "font-size: 100%" in html  # 1rem is the reader's own default, not DKFDS's 10 px


# Through the link worker's pages --------------------------------------------------------------


def test_the_link_worker_sets_time_place_and_phone_on_the_case_page(client, planned, worker):
    client.force_login(worker)
    response = client.post(
        reverse("referrals:first_visit", args=[planned.pk]),
        {
            "first_visit": "2026-03-10",
            "first_visit_time": "10:00",
            "first_visit_place": "Kulturhuset, indgang B",
        },
    )
    assert response.status_code == 302
    client.post(
        reverse("referrals:companion", args=[planned.pk]),
        {"companion_name": "Villy Jensen", "companion_phone": "20 11 22 33"},
    )
    planned.refresh_from_db()
    assert planned.first_visit_on == date(2026, 3, 10)
    assert planned.first_visit_at == datetime(2026, 3, 10, 10, 0, tzinfo=CPH)
    assert planned.first_visit_place == "Kulturhuset, indgang B"
    assert planned.companion_phone == "20 11 22 33"
    assert AuditEvent.objects.filter(event="case.first_visit_set", user=worker).exists()
    page = client.get(reverse("referrals:case", args=[planned.pk])).content.decode()
    assert 'value="10:00"' in page and 'value="20 11 22 33"' in page
    pdf = client.get(reverse("referrals:conversation_pdf", args=[planned.pk]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"first_visit": "2026-03-29", "first_visit_time": "02:30"}, "first_visit_time", "findes"),
        ({"first_visit": "2026-03-10", "first_visit_time": "25:00"}, "first_visit_time", ""),
        ({"first_visit": "9999-01-01"}, "first_visit", ""),
    ],
    ids=["the hour the clocks skip", "no such time", "year 9999"],
)
def test_a_bad_time_is_a_danish_message_and_changes_nothing(
    client, planned, worker, data, field, message
):
    client.force_login(worker)
    response = client.post(reverse("referrals:first_visit", args=[planned.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    planned.refresh_from_db()
    assert planned.first_visit_on is None and not planned.tasks.exists()


def test_a_bad_companion_phone_is_refused(client, planned, worker):
    client.force_login(worker)
    response = client.post(
        reverse("referrals:companion", args=[planned.pk]),
        {"companion_name": "Villy", "companion_phone": "ring til Villy"},
    )
    assert response.status_code == 400
    planned.refresh_from_db()
    assert planned.companion_name == "" and planned.companion_phone == ""


def test_outsiders_cannot_set_the_first_visit(client, planned, teams):
    client.force_login(factories.user(Role.REFERRER))
    response = client.post(
        reverse("referrals:first_visit", args=[planned.pk]), {"first_visit": "2026-03-10"}
    )
    assert response.status_code == 404
    planned.refresh_from_db()
    assert planned.first_visit_on is None
