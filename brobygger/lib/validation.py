"""Checks of Danish input shared by every form: phone numbers and postal codes."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

PHONE_CHARACTERS = frozenset("+0123456789 -()")


def clean_phone(value: str) -> str:
    """A phone number with at least 8 digits, as people write them ("+45 20 30 40 50")."""
    value = value.strip()
    digits = [c for c in value if c.isdigit()]
    if value and (len(digits) < 8 or any(c not in PHONE_CHARACTERS for c in value)):
        raise ValidationError(_("Skriv et telefonnummer med mindst 8 cifre."))
    return value


def clean_postal_code(value: str) -> tuple[str, tuple[float, float] | None]:
    """A known Danish postal code and its centre; empty input gives ("", None)."""
    from brobygger.areas.models import PostalCode

    value = value.strip()
    if not value:
        return "", None
    if not (len(value) == 4 and value.isdigit()):
        raise ValidationError(_("Skriv postnummeret med fire cifre, for eksempel 4000."))
    row = PostalCode.objects.filter(code=value).values_list("latitude", "longitude").first()
    if row is None:
        raise ValidationError(
            _("Vi kender ikke postnummeret %(code)s. Tjek at det er skrevet rigtigt."),
            params={"code": value},
        )
    return value, ((row[0], row[1]) if row[0] is not None else None)
