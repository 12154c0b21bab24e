"""Checks of input shared by every form: Danish phone numbers and postal codes, and the
bounds every form applies to dates, numbers and control characters."""

from datetime import date, datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .text import has_line_controls, has_text_controls

PHONE_CHARACTERS = frozenset("+0123456789 -()")


def clean_phone(value: str) -> str:
    """A phone number with at least 8 digits, as people write them ("+45 20 30 40 50")."""
    value = value.strip()
    digits = [c for c in value if c.isdigit()]
    if value and (len(digits) < 8 or any(c not in PHONE_CHARACTERS for c in value)):
        raise ValidationError(_("Skriv et telefonnummer med mindst 8 cifre."))
    return value


# Bounds every form applies (``forms.DkfdsFormMixin``) ---------------------------------------

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
# PostgreSQL's ``integer``: the widest number column a form without bounds of its own
# may write to. Larger values overflow the column (a 500) or make no sense for people.
NUMBER_MIN = -(2**31)
NUMBER_MAX = 2**31 - 1


def validate_date_in_range(value: date | datetime | None) -> None:
    """Dates from 1900 to 2100: year 9999 or 0001 is a typing slip, and overflows date sums."""
    if value is None:
        return
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(
            _("Skriv en dato mellem år %(first)s og %(last)s."),
            code="date_out_of_range",
            params={"first": EARLIEST_DATE.year, "last": LATEST_DATE.year},
        )


def validate_number_in_range(value: int | float | Decimal | None) -> None:
    """A number the database column can hold."""
    if value is not None and not NUMBER_MIN <= value <= NUMBER_MAX:
        raise ValidationError(
            _("Skriv et tal mellem %(low)s og %(high)s."),
            code="number_out_of_range",
            params={"low": NUMBER_MIN, "high": NUMBER_MAX},
        )


def validate_one_line(value: str) -> None:
    """No line breaks or other control characters in a name, a title or a phone number."""
    if value and has_line_controls(str(value)):
        raise ValidationError(
            _("Feltet må ikke indeholde linjeskift, tabulatortegn eller andre styretegn."),
            code="control_characters",
        )


def validate_text(value: str) -> None:
    """Line breaks are fine in a text area; invisible control characters are not."""
    if value and has_text_controls(value):
        raise ValidationError(
            _("Teksten indeholder usynlige styretegn, som ikke kan gemmes. Fjern dem."),
            code="control_characters",
        )


def parse_id(value: object) -> int | None:
    """A database id read without a form (a query string, a button's value): ASCII digits
    that fit the column, else None. "²" passes ``str.isdigit`` but not ``int``, and
    10**30 overflows the column, so neither may reach a query."""
    text = str(value or "")
    if text.isascii() and text.isdigit() and len(text) <= 10 and 0 < int(text) <= NUMBER_MAX:
        return int(text)
    return None


def local_path(value: str, host: str) -> str:
    """Where to go back to after a form (``next``), if it is a path on this site, else "".

    Another site would be an open redirect; a bare word such as "-1" would be looked up by
    ``redirect()`` as the name of a view, which fails with a 500.
    """
    if value.startswith("/") and url_has_allowed_host_and_scheme(value, allowed_hosts={host}):
        return value
    return ""
