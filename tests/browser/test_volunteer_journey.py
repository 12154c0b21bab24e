"""A volunteer's way in, as the people involved click through it: public sign-up, intro talk,
trial period, papers accepted in the app, a first visit as companion with only the shared
notes, hours logged on the phone."""

import re
from datetime import date, time, timedelta

import pytest
from django.core import mail
from playwright.sync_api import expect

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.referrals.actions import receive_referral, record_consent
from brobygger.referrals.models import ConsentKind
from brobygger.volunteers import actions, planning
from brobygger.volunteers.models import AgreementText, HourLog, RoleDescription, Volunteer
from tests import factories
from tests.browser.conftest import log_in, serious_violations
from tests.people import referral_data, two_factor

pytestmark = [pytest.mark.browser]


@pytest.fixture
def corps(transactional_db, reference_data, teams):
    AgreementText.objects.create(kind="agreement", version=1, text="Vi passer på hinanden.")
    AgreementText.objects.create(kind="declaration", version=1, text="Du har tavshedspligt.")
    coordinator = two_factor(
        factories.user(
            Role.VOLUNTEER_COORDINATOR, full_name="Karen Koordinator", email="karen@kommune.dk"
        )
    )
    RoleDescription.objects.create(
        title="Følgeven til første besøg",
        kind="companion",
        purpose="Borgeren kommer godt af sted første gang",
        does="Følger borgeren til og fra",
        does_not="Giver ikke medicin og hjælper ikke med personlig pleje",
        contact=coordinator,
    )
    return coordinator


def test_from_sign_up_to_companion_with_hours_logged(page, phone, live_server, corps, worker):
    # A person offers to help on the public site, on a phone.
    phone.goto("/bliv-frivillig/")
    phone.get_by_label("Dit navn").fill("Vera Hansen")
    phone.get_by_label("Dit telefonnummer").fill("22 33 44 55")
    phone.get_by_label("Din e-mail").fill("vera@example.dk")
    phone.get_by_label("Dit postnummer").fill("4000")
    phone.get_by_label("Følgeven").check()
    assert serious_violations(phone) == []
    phone.get_by_role("button", name="Meld mig som frivillig").click()
    expect(phone.get_by_text("Tak fordi du vil være frivillig")).to_be_visible()

    # The coordinator calls, holds the intro talk and starts a trial period.
    log_in(page, corps, live_server)
    page.goto("/frivillige/")
    page.get_by_role("link", name="Vera Hansen").first.click()
    assert serious_violations(page) == []
    for stage in ("Introsamtale", "Prøveperiode"):
        page.get_by_label("Ny status").select_option(label=stage)
        page.get_by_role("button", name="Gem", exact=True).click()
        expect(page.get_by_text("Status er ændret.")).to_be_visible()
    page.get_by_role("button", name="Giv adgang til Min side").click()
    expect(page.get_by_text(re.compile("har fået en e-mail"))).to_be_visible()
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)

    # She chooses a password from the e-mail and logs in on her phone.
    phone.goto(link)
    phone.get_by_label("Ny adgangskode").fill("Fjordbro-Vera-2026")
    phone.get_by_label("Skriv den igen").fill("Fjordbro-Vera-2026")
    assert serious_violations(phone) == []
    phone.get_by_role("button", name="Gem adgangskoden").click()
    phone.get_by_role("link", name="Log ind").last.click()
    phone.get_by_label("E-mail").fill("vera@example.dk")
    phone.get_by_label("Adgangskode").fill("Fjordbro-Vera-2026")
    phone.get_by_role("button", name="Log ind").click()
    phone.goto("/min-side/")
    expect(phone.get_by_role("heading", name="Hej Vera Hansen")).to_be_visible()
    assert serious_violations(phone) == []

    # The papers, accepted in the app with date and version.
    phone.get_by_role("button", name="Jeg accepterer frivilligaftalen").click()
    phone.get_by_role("button", name="Jeg accepterer tavshedserklæringen").click()
    expect(
        phone.get_by_text(re.compile("Tavshedserklæringen, version 1, accepteret"))
    ).to_be_attached()
    vera = Volunteer.objects.get(full_name="Vera Hansen")
    assert vera.acceptances.count() == 2

    # Another volunteer's citizen, whose note Vera must never see.
    other_case = receive_referral(
        referral_data(citizen_name="Ole Olsen", citizen_phone="31 41 51 61")
    ).case
    record_consent(
        other_case.citizen,
        kind=ConsentKind.VOLUNTEER_NOTES,
        given=True,
        how="Mundtligt",
        acting_user=worker,
    )
    actions.write_need_to_know(other_case, "Har en hund, der gør", acting_user=worker)
    olga = Volunteer.objects.create(
        full_name="Olga", user=factories.user(Role.VOLUNTEER), stage="active"
    )
    for kind in ("agreement", "declaration"):
        actions.accept(olga, kind, acting_user=olga.user)
    [(starts, ends)] = planning.weekly_times(date.today() + timedelta(days=2), time(9), time(10))
    actions.assign(
        olga,
        RoleDescription.objects.get(),
        starts=starts,
        ends=ends,
        case=other_case,
        acting_user=worker,
    )

    # The link worker records consent, writes what the companion needs to know, and
    # confirms Vera as companion for the first visit.
    inger = receive_referral(referral_data()).case
    log_in(page, worker, live_server)
    page.goto(f"/brobygger/forloeb/{inger.pk}/")
    page.get_by_role("button", name="Borgeren giver samtykke til deling med en frivillig").click()
    page.get_by_label("Ny note til følgevennen").fill("Bruger rollator, gå stille")
    page.get_by_role("button", name=re.compile("Gem note")).click()
    expect(page.get_by_text("Noten er gemt til følgevennen.")).to_be_visible()
    page.get_by_role("link", name="Find en frivillig følgeven").click()
    day = date.today() + timedelta(days=3)
    page.get_by_label("Dato for første besøg").fill(day.isoformat())
    page.get_by_label("Fra kl.").fill("10:00")
    page.get_by_label("Til kl.").fill("12:00")
    page.get_by_role("button", name="Find frivillige").click()
    expect(page.get_by_label(re.compile("Vera Hansen"))).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label(re.compile("Vera Hansen")).check()
    page.get_by_role("button", name="Bekræft følgeven").click()
    expect(page.get_by_text("Vera Hansen er følgeven.")).to_be_visible()

    # Now that she goes to a citizen, her page may show notes about them: she confirms with a
    # code from her e-mail first.
    phone.goto("/min-side/")
    phone.get_by_role("button", name="Send mig en kode").click()
    expect(phone.get_by_label("Kode fra e-mailen")).to_be_visible()
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    phone.get_by_label("Kode fra e-mailen").fill(code)
    assert serious_violations(phone) == []
    phone.get_by_role("button", name="Bekræft", exact=True).click()

    # On her phone Vera sees her task with the shared note, and nothing about Ole.
    expect(phone.get_by_text("Bruger rollator, gå stille")).to_be_visible()
    expect(phone.get_by_text("Har en hund, der gør")).to_have_count(0)
    expect(phone.get_by_text("Ole Olsen")).to_have_count(0)
    expect(phone.get_by_text(re.compile("Din kontaktperson: Karen Koordinator"))).to_be_visible()
    # Inger consented to sharing with a volunteer: Vera sees whom she meets, by first name.
    expect(phone.get_by_text("Du skal møde")).to_be_visible()
    expect(phone.get_by_text("Inger", exact=True)).to_be_visible()
    expect(phone.get_by_text("Inger Hansen")).to_have_count(0)
    assert AuditEvent.objects.filter(
        user=vera.user, action="read", object_id=str(inger.citizen_id)
    ).exists()

    # She logs her hours.
    phone.get_by_label("Timer", exact=True).fill("2,5")
    phone.get_by_label("Hvad lavede du?").fill("Fulgte Inger til koret")
    phone.get_by_role("button", name="Gem timer").click()
    expect(phone.get_by_text("Tak! Dine timer er registreret.")).to_be_visible()
    assert str(HourLog.objects.get(volunteer=vera).hours) == "2.5"
    # A slip of the finger is corrected the same week.
    phone.get_by_role("link", name=re.compile("Ret eller slet")).click()
    assert serious_violations(phone) == []
    phone.get_by_label("Timer", exact=True).fill("3")
    phone.get_by_role("button", name="Gem rettelsen").click()
    expect(phone.get_by_text("Timerne er rettet.")).to_be_visible()
    assert str(HourLog.objects.get(volunteer=vera).hours) == "3.0"

    # She cannot come after all: asked once, she gives a reason for the coordinator.
    phone.get_by_role("link", name=re.compile("Meld afbud")).first.click()
    expect(phone.get_by_text("Er du sikker?", exact=False)).to_be_visible()
    assert serious_violations(phone) == []
    phone.get_by_label(re.compile("Vil du skrive hvorfor")).fill("Jeg er syg")
    phone.get_by_role("button", name="Ja, meld afbud").click()
    expect(phone.get_by_text(re.compile("Du har meldt afbud"))).to_be_visible()


def test_coordinator_plans_tasks_and_a_volunteer_takes_a_slot(page, phone, live_server, corps):
    home = factories.location("Plejecenter Solhøj")
    RoleDescription.objects.create(
        title="Hjælper til stolegymnastik",
        kind="helper",
        site=home,
        purpose="Flere kan være med",
        does="Hjælper beboerne til og fra",
        does_not="Løfter ikke beboere",
    )
    factories.offer("Stolegymnastik", loc=home, schedule=("WEEKLY", "TH", "10:00-11:00"))
    bo = Volunteer.objects.create(
        full_name="Bo Hjælper", user=factories.user(Role.VOLUNTEER), stage="active"
    )
    for kind in ("agreement", "declaration"):
        actions.accept(bo, kind, acting_user=bo.user)

    # The coordinator publishes every Thursday for four weeks as open slots.
    log_in(page, corps, live_server)
    page.goto("/frivillige/")
    page.get_by_role("link", name="Giv en opgave").click()
    page.get_by_label("Opgave", exact=True).select_option(label="Hjælper til stolegymnastik")
    page.get_by_label("Aktivitet").select_option(label="Stolegymnastik (Plejecenter Solhøj)")
    page.get_by_label("Antal uger").fill("4")
    page.get_by_role("button", name="Find frivillige").click()
    expect(page.get_by_role("heading", name="4 gange")).to_be_visible()
    expect(page.get_by_label(re.compile("Bo Hjælper"))).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("Hvor mange frivillige?").fill("2")
    page.get_by_role("button", name="Slå op").click()
    expect(page.get_by_text("4 ledige vagter er slået op.")).to_be_visible()
    assert serious_violations(page) == []

    # Bo takes the first one on his phone; the coordinator sees it.
    log_in(phone, bo.user, live_server)
    phone.goto("/min-side/")
    phone.get_by_role("button", name=re.compile("Jeg tager den")).first.click()
    expect(phone.get_by_text("Tak! Vagten er din.")).to_be_visible()
    expect(phone.get_by_role("link", name=re.compile("Meld afbud"))).to_have_count(1)
    assert serious_violations(phone) == []
    page.goto("/frivillige/vagter/")
    expect(page.get_by_role("link", name="Bo Hjælper")).to_be_visible()

    # Someone met at the library fair is written in by the coordinator.
    page.goto("/frivillige/")
    page.get_by_role("link", name="Skriv en ny frivillig ind").click()
    page.get_by_label("Navn", exact=True).fill("Kaj Kører")
    page.get_by_label("Postnummer").fill("4000")
    page.get_by_label("Chauffør").check()
    assert serious_violations(page) == []
    page.get_by_role("button", name="Skriv ind").click()
    expect(page.get_by_text("Kaj Kører er skrevet ind.")).to_be_visible()

    # The role descriptions volunteers read with their tasks.
    page.goto("/frivillige/opgavebeskrivelser/")
    page.get_by_role("link", name="Ny opgavebeskrivelse").click()
    assert serious_violations(page) == []

    # A course for staff and volunteers together.
    page.goto("/frivillige/kurser/")
    page.get_by_label("Titel").fill("Demensvenlig kommunikation")
    page.get_by_label("Dato").fill(date.today().isoformat())
    page.get_by_role("button", name="Opret kursus").click()
    page.get_by_label("Deltager").select_option(label="Bo Hjælper")
    page.get_by_role("button", name="Tilmeld").click()
    expect(page.get_by_text("Deltageren er tilmeldt.")).to_be_visible()
    page.get_by_label(re.compile("Bo Hjælper")).check()
    page.get_by_role("button", name="Gem fremmøde").click()
    expect(page.get_by_text("Fremmødet er gemt.")).to_be_visible()
    assert serious_violations(page) == []
