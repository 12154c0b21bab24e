"""Postal codes typed into forms: four digits that Denmark knows, with the code's centre."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import PostalCode


def clean_postal_code(value: str) -> tuple[str, tuple[float, float] | None]:
    """A known Danish postal code and its centre; empty input gives ("", None)."""
    value = value.strip()
    if not value:
        return "", None
    if not (len(value) == 4 and value.isascii() and value.isdigit()):
        raise ValidationError(_("Skriv postnummeret med fire cifre, for eksempel 4000."))
    row = PostalCode.objects.filter(code=value).values_list("latitude", "longitude").first()
    if row is None:
        raise ValidationError(
            _("Vi kender ikke postnummeret %(code)s. Tjek at det er skrevet rigtigt."),
            params={"code": value},
        )
    latitude, longitude = row
    return value, (
        (latitude, longitude) if latitude is not None and longitude is not None else None
    )
