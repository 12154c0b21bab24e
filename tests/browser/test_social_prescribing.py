"""The whole path of a social referral, as the people involved click through it."""

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from brobygger.accounts.models import OrganisationalUnit
from brobygger.accounts.roles import Role
from brobygger.referrals.models import Case
from tests import factories
from tests.browser.conftest import log_in, serious_violations
from tests.people import two_factor

pytestmark = [pytest.mark.browser]


@pytest.fixture
def municipality(transactional_db, reference_data):
    area = factories.area("Roskilde By", ("4000",))
    team = OrganisationalUnit.objects.create(name="Brobyggerteam Roskilde", handles_unrouted=True)
    team.local_areas.add(area)
    worker = two_factor(factories.user(Role.LINK_WORKER, unit=team, full_name="Birgitte Brobygger"))
    factories.offer(
        "Seniorkoret Fjordstemmerne",
        description="Vi synger danske sange.",
        terms=("interest:sang", "access:koerestol"),
        loc=factories.location(postal_code="4000", latitude=55.64, longitude=12.08),
    )
    factories.offer(
        "Petanque i parken", terms=("interest:spil",), schedule=("WEEKLY", "FR", "13:00-15:00")
    )
    return worker


def test_referral_to_first_visit_and_closed_case(page, live_server, municipality):
    # A GP refers a citizen on the public form.
    page.goto("/henvis/")
    page.get_by_label("Borgerens navn").fill("Inger Hansen")
    page.get_by_label("Borgerens telefon").fill("20 30 40 50")
    page.get_by_label("Postnummer").fill("4000")
    page.get_by_label("Ensomhed").check()
    page.get_by_label("Hvad interesserer borgeren sig for?").fill(
        "Har sunget i kirkekor hele livet"
    )
    page.get_by_label("Borgeren har sagt ja til, at en brobygger kontakter").check()
    page.get_by_label("Ja, borgeren har sagt ja til en kort status").check()
    page.get_by_label("Du er").select_option("gp")
    page.get_by_label("Dit navn").fill("Dr. Holm")
    page.get_by_label("Din e-mail").fill("holm@laege.dk")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Send henvisningen").click()
    expect(page.get_by_text(re.compile(r"Dit kvitteringsnummer er H-"))).to_be_visible()

    # It is routed to the Roskilde team; the link worker takes it from the queue.
    log_in(page, municipality, live_server)
    page.goto("/brobygger/")
    expect(page.get_by_role("heading", name=re.compile("Teamets kø: 1"))).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_role("button", name=re.compile("Tag forløbet")).click()
    expect(page.get_by_text("Forløbet er dit.")).to_be_visible()
    page.get_by_role("button", name="Kontaktet").click()

    # The conversation, in the citizen's own words.
    page.get_by_label("Det borgeren ønsker, med egne ord").fill(
        "Jeg savner at synge sammen med andre."
    )
    page.get_by_label("Relationer og fællesskab").fill("Enke, børnene bor i Aarhus.")
    page.get_by_role("button", name="Gem samtalen").click()
    expect(page.get_by_text("Samtalen er gemt.")).to_be_visible()
    pdf = page.request.get(page.url.split("#")[0] + "min-samtale.pdf")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.body()[:4] == b"%PDF"

    # A plan with small steps, then a proposal with reasons she understands.
    page.get_by_label("Mål med borgerens egne ord").fill("Synge igen og møde nogen")
    page.get_by_label("Lille skridt 1").fill("Høre koret en gang")
    page.get_by_role("button", name="Gem planen").click()
    proposals = page.locator(".proposal-list")
    expect(proposals).to_contain_text("Seniorkoret Fjordstemmerne")
    expect(proposals).to_contain_text(re.compile("sang|synge", re.IGNORECASE))
    assert serious_violations(page) == []
    page.get_by_role("button", name="Vælg Seniorkoret Fjordstemmerne").click()
    expect(page.get_by_text("“Seniorkoret Fjordstemmerne” er valgt.")).to_be_visible()

    # A companion for the first visit, and the follow-up calls in the calendar.
    page.get_by_role("textbox", name="Følgeven", exact=True).fill("Villy Frivillig")
    page.get_by_role("button", name="Gem følgeven").click()
    page.get_by_label("Dato for første besøg").fill(date.today().isoformat())
    page.get_by_role("button", name="Sæt opfølgning efter første besøg").click()
    expect(page.get_by_text("Ring efter første besøg")).to_be_visible()
    page.get_by_role("button", name="Borgeren deltager").click()
    page.get_by_role("button", name="Opfølgning", exact=True).click()
    page.get_by_role("button", name=re.compile("Marker som udført")).first.click()
    expect(page.get_by_text("Opgaven er udført.")).to_be_visible()

    # Closed with an outcome.
    page.get_by_label("Borgeren er startet i et fællesskab", exact=True).check()
    page.get_by_role("button", name="Afslut forløbet").click()
    expect(page.get_by_text("Status er nu “Afsluttet”.")).to_be_visible()
    case = Case.objects.get()
    assert (case.state, case.outcome, case.companion_name) == (
        "closed",
        "joined",
        "Villy Frivillig",
    )
    assert case.choices.get().status == "attending"


def test_home_care_hand_over_on_a_phone(phone, live_server, municipality):
    carer = factories.user(Role.REFERRER, full_name="Hanne Hjemmehjælper")
    log_in(phone, carer, live_server)
    phone.goto("/ensom-borger/")
    phone.get_by_label("Borgerens navn").fill("Ruth Madsen")
    phone.get_by_label("Adresse").fill("Møllevej 2")
    phone.get_by_label("Postnummer").fill("4000")
    phone.get_by_label("Borgeren har sagt ja til at blive ringet op").check()
    assert serious_violations(phone) == []
    phone.get_by_role("button", name="Send til brobyggeren").click()
    expect(phone.get_by_text("Tak – vi har modtaget det")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 391
