import pytest
from django.core import mail
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.volunteers.models import AgreementText, Volunteer
from tests import factories
from tests.people import two_factor
from tests.public_forms import post_public


@pytest.fixture
def coordinator(reference_data):
    return two_factor(factories.user(Role.VOLUNTEER_COORDINATOR, email="karen@kommune.dk"))


def test_signing_up_on_the_public_site(client, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_public(
            client,
            reverse("volunteers:sign_up"),
            {
                "full_name": "Vera Hansen",
                "phone": "22 33 44 55",
                "postal_code": "4000",
                "task_kinds": ["companion", "driver"],
                "commitment": "trial",
                "days": ["TU"],
            },
        )
    assert response.status_code == 200
    assert "Tak fordi du vil være frivillig" in response.content.decode()
    vera = Volunteer.objects.get()
    assert (vera.stage, vera.task_kinds) == ("interested", ["companion", "driver"])
    assert mail.outbox[0].to == ["karen@kommune.dk"] and "Vera" not in mail.outbox[0].body


def test_bad_sign_up_is_explained(client, coordinator):
    response = post_public(
        client, reverse("volunteers:sign_up"), {"full_name": "", "phone": "x", "postal_code": "99"}
    )
    page = response.content.decode()
    # Django's own text for a missing field, in the plain Danish the project overrides it to.
    assert ("Udfyld feltet." in page or "Dette felt er påkrævet." in page) and "fire cifre" in page
    assert not Volunteer.objects.exists()


@pytest.mark.parametrize(
    "role", [Role.VOLUNTEER, Role.ASSOCIATION_CONTACT, Role.REFERRER, Role.ANALYST]
)
def test_only_coordinators_see_the_corps(client, coordinator, role):
    vera = Volunteer.objects.create(full_name="Vera")
    client.force_login(factories.user(role))
    assert client.get(reverse("volunteers:pipeline")).status_code == 404
    assert client.get(reverse("volunteers:detail", args=[vera.pk])).status_code == 404


def test_coordinator_moves_a_volunteer_along(client, coordinator):
    vera = Volunteer.objects.create(full_name="Vera")
    client.force_login(coordinator)
    assert "Vera" in client.get(reverse("volunteers:pipeline")).content.decode()
    client.post(reverse("volunteers:detail", args=[vera.pk]), {"stage": "intro", "version": 1})
    vera.refresh_from_db()
    assert vera.stage == "intro"
    response = client.post(
        reverse("volunteers:detail", args=[vera.pk]), {"stage": "left", "version": 2}
    )
    assert "Skriv hvorfor" in response.content.decode()


def test_volunteer_accepts_papers_and_logs_hours_on_their_page(client, coordinator):
    AgreementText.objects.create(kind="declaration", version=1, text="Du har tavshedspligt.")
    user = factories.user(Role.VOLUNTEER)
    vera = Volunteer.objects.create(full_name="Vera", user=user, stage="active")
    client.force_login(user)
    page = client.get(reverse("volunteers:mine")).content.decode()
    assert "Jeg accepterer tavshedserklæringen" in page
    client.post(reverse("volunteers:accept", args=["declaration"]))
    assert vera.acceptances.get().text.version == 1
    client.post(reverse("volunteers:mine"), {"on": "2026-11-20", "hours": "2.5", "note": "Gåtur"})
    assert str(vera.hours.get().hours) == "2.5"
    vera.refresh_from_db()
    assert str(vera.last_active_on) == "2026-11-20"
    future = client.post(reverse("volunteers:mine"), {"on": "2099-01-01", "hours": "1"})
    assert "fremtiden" in future.content.decode()


def test_someone_without_a_volunteer_record_has_no_page(client, coordinator):
    client.force_login(factories.user(Role.REFERRER))
    assert client.get(reverse("volunteers:mine")).status_code == 404


def test_link_worker_finds_and_confirms_a_companion(client, case, worker, texts_and_role):
    from datetime import date, timedelta

    role = texts_and_role
    ready = Volunteer.objects.create(
        full_name="Villy Klar", stage="active", task_kinds=["companion"], user=factories.user()
    )
    not_ready = Volunteer.objects.create(
        full_name="Nanna Uden Erklæring", stage="active", task_kinds=["companion"]
    )
    from brobygger.volunteers import actions

    for kind in ("agreement", "declaration"):
        actions.accept(ready, kind, acting_user=ready.user)

    day = (date.today() + timedelta(days=3)).isoformat()
    client.force_login(worker)
    url = reverse("volunteers:find_companion", args=[case.pk])
    page = client.get(url, {"dato": day, "fra": "10:00", "til": "12:00"}).content.decode()
    assert "Villy Klar" in page and not_ready.full_name not in page
    response = client.post(f"{url}?dato={day}&fra=10:00&til=12:00", {"volunteer": ready.pk})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.companion_name == "Villy Klar"
    assert ready.assignments.get().role == role


@pytest.fixture
def texts_and_role(db):
    from datetime import date

    from brobygger.volunteers.models import RoleDescription

    AgreementText.objects.create(kind="agreement", version=1, text="A", valid_from=date(2026, 1, 1))
    AgreementText.objects.create(
        kind="declaration", version=1, text="D", valid_from=date(2026, 1, 1)
    )
    return RoleDescription.objects.create(
        title="Følgeven", kind="companion", purpose="x", does="x", does_not="x"
    )


def test_volunteer_calendar_feed(client, db, texts_and_role):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    import icalendar

    user = factories.user(Role.VOLUNTEER)
    villy = Volunteer.objects.create(full_name="Villy", user=user, stage="active")
    from brobygger.volunteers import actions

    for kind in ("agreement", "declaration"):
        actions.accept(villy, kind, acting_user=user)
    starts = datetime(2026, 12, 3, 10, tzinfo=ZoneInfo("Europe/Copenhagen"))
    actions.assign(
        villy,
        texts_and_role,
        starts=starts,
        ends=starts + timedelta(hours=2),
        acting_user=factories.user(Role.VOLUNTEER_COORDINATOR),
    )
    feed = client.get(reverse("volunteers:calendar", args=[user.calendar_token]))
    events = list(icalendar.Calendar.from_ical(feed.content).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Følgeven"]
    assert events[0]["dtstart"].dt == starts


def test_corps_overview_and_excel_export(client, coordinator, texts_and_role):
    from datetime import date, datetime, timedelta
    from io import BytesIO
    from zoneinfo import ZoneInfo

    from openpyxl import load_workbook

    from brobygger.volunteers import actions
    from brobygger.volunteers.models import CorpsTarget

    CorpsTarget.objects.create(kind="companion", target=10)
    user = factories.user(Role.VOLUNTEER)
    villy = Volunteer.objects.create(full_name="Villy", user=user, stage="active")
    for kind in ("agreement", "declaration"):
        actions.accept(villy, kind, acting_user=user)
    starts = datetime.now(ZoneInfo("Europe/Copenhagen")) + timedelta(days=2)
    actions.assign(
        villy,
        texts_and_role,
        starts=starts,
        ends=starts + timedelta(hours=2),
        acting_user=coordinator,
    )
    actions.log_hours(villy, on=date.today(), hours=3, acting_user=user)
    client.force_login(coordinator)
    page = client.get(reverse("volunteers:corps")).content.decode()
    assert "Hele kommunen" in page and "Følgeven" in page
    export = client.get(reverse("volunteers:corps"), {"format": "xlsx"})
    book = load_workbook(BytesIO(export.content))
    rows = list(book["Korps"].values)
    assert rows[1] == ("Hele kommunen", "Følgeven", 1, 10)
    assert sum(r[3] for r in list(book["Måneder"].values)[1:]) == 3.0
    client.force_login(factories.user(Role.ANALYST))
    assert client.get(reverse("volunteers:corps")).status_code == 404


def test_recognition_milestones_and_confidential_notes(client, coordinator, texts_and_role):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from brobygger.volunteers import actions

    user = factories.user(Role.VOLUNTEER)
    villy = Volunteer.objects.create(full_name="Villy", user=user, stage="active")
    for kind in ("agreement", "declaration"):
        actions.accept(villy, kind, acting_user=user)
    start = datetime.now(ZoneInfo("Europe/Copenhagen")) - timedelta(days=60)
    for n in range(10):
        begins = start + timedelta(days=n * 3)
        actions.assign(
            villy,
            texts_and_role,
            starts=begins,
            ends=begins + timedelta(hours=1),
            acting_user=coordinator,
        )
    client.force_login(coordinator)
    url = reverse("volunteers:detail", args=[villy.pk])
    assert "De første 10 gange" in client.get(url).content.decode()
    client.post(reverse("volunteers:recognise", args=[villy.pk]), {"milestone": "ten"})
    client.post(
        reverse("volunteers:recognise", args=[villy.pk]),
        {"kind": "thanks", "note": "Tak for sommerfesten"},
    )
    client.post(
        reverse("volunteers:concern", args=[villy.pk]),
        {"text": "Uenighed med en anden frivillig om kaffen"},
    )
    page = client.get(url).content.decode()
    assert "Marker som fejret" not in page
    assert "Tak for sommerfesten" in page and "Uenighed med en anden" in page
    # The volunteer never sees the confidential note, not even on their own page.
    client.force_login(user)
    assert "Uenighed" not in client.get(reverse("volunteers:mine")).content.decode()
    assert client.get(url).status_code == 404


def test_link_worker_writes_need_to_know_only_with_consent(client, case, worker):
    client.force_login(worker)
    url = reverse("volunteers:need_to_know", args=[case.pk])
    client.post(url, {"text": "Går med rollator"})
    assert not case.need_to_know.exists()
    client.post(
        reverse("referrals:consent", args=[case.pk]), {"kind": "volunteer_notes", "given": "yes"}
    )
    client.post(url, {"text": "Går med rollator"})
    assert [n.text for n in case.need_to_know.all()] == ["Går med rollator"]
    assert (
        "Går med rollator" in client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    )


def test_each_move_sets_the_next_action_and_the_coordinator_can_write_their_own(
    client, coordinator
):
    from datetime import date, timedelta

    vera = Volunteer.objects.create(full_name="Vera", task_kinds=["driver"])
    client.force_login(coordinator)
    url = reverse("volunteers:detail", args=[vera.pk])
    client.post(url, {"stage": "intro", "version": 1})
    vera.refresh_from_db()
    assert vera.next_action == "Hold introsamtalen"
    assert vera.next_action_due == date.today() + timedelta(days=7)
    client.post(
        url,
        {
            "stage": "intro",
            "next_action": "Send opgavebeskrivelsen",
            "next_action_due": "2027-01-04",
            "version": 2,
        },
    )
    vera.refresh_from_db()
    assert (vera.next_action, str(vera.next_action_due)) == (
        "Send opgavebeskrivelsen",
        "2027-01-04",
    )
    bad = client.post(
        url,
        {"stage": "intro", "next_action": "X", "next_action_due": "32.13.2026", "version": 3},
    )
    assert "Fejl:" in bad.content.decode()
    vera.refresh_from_db()
    assert vera.next_action == "Send opgavebeskrivelsen"
    page = client.get(url).content.decode()
    assert "Chauffør" in page and "Send opgavebeskrivelsen" in page


def test_coordinator_writes_in_someone_they_met(client, coordinator):
    client.force_login(coordinator)
    url = reverse("volunteers:new")
    bad = client.post(url, {"full_name": "", "postal_code": "12", "task_kinds": ["x"]})
    assert "Fejl:" in bad.content.decode() and not Volunteer.objects.exists()
    response = client.post(
        url,
        {
            "full_name": "Kaj Kører",
            "postal_code": "4000",
            "task_kinds": ["driver"],
            "commitment": "one_off",
            "email": "kaj@example.dk",
        },
    )
    kaj = Volunteer.objects.get()
    assert response.url == reverse("volunteers:detail", args=[kaj.pk])
    assert (kaj.stage, kaj.coordinator, kaj.phone) == ("interested", coordinator, "")
    assert kaj.history.get().by == coordinator and mail.outbox == []
    client.force_login(factories.user(Role.VOLUNTEER))
    assert client.get(url).status_code == 404


def test_a_stale_status_form_is_refused_and_the_input_kept(client, coordinator):
    vera = Volunteer.objects.create(full_name="Vera", stage="interested")
    url = reverse("volunteers:detail", args=[vera.pk])
    client.force_login(coordinator)
    assert 'name="version" value="1"' in client.get(url).content.decode()
    first = {"stage": "intro", "next_action": "Ring tirsdag", "version": "1"}
    second = {"stage": "interested", "next_action": "Send en folder", "version": "1"}
    assert client.post(url, first).status_code == 302
    page = client.post(url, second).content.decode()
    assert "efter du åbnede siden" in page and "Send en folder" in page
    vera.refresh_from_db()
    assert (vera.stage, vera.next_action, vera.version) == ("intro", "Ring tirsdag", 2)
