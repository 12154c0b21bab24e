"""Typed reads of HSDS values; a bad value is recorded with the place it was read from."""

import uuid
from datetime import date, time
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext as _

from ..wording import shown
from .report import Node, Problems


class Fields:
    """Typed reads of one node's values; a bad value is recorded where it was found."""

    def __init__(self, node: Node, problems: Problems) -> None:
        self.node = node
        self.problems = problems

    def has(self, key: str) -> bool:
        return key in self.node

    def bad(self, key: str, message: str) -> None:
        self.problems.error(self.node.where.at(key), message)

    def text(self, key: str, max_length: int | None = None, *, required: bool = False) -> str:
        value = self.node.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.bad(key, _("%(field)s mangler. Udfyld feltet.") % {"field": key})
            return ""
        if not isinstance(value, str):
            self.bad(key, _("%(field)s skal være tekst.") % {"field": key})
            return ""
        value = value.strip()
        if "\x00" in value:  # PostgreSQL cannot store it
            self.bad(
                key,
                _("%(field)s indeholder et NUL-tegn, som ikke kan gemmes. Fjern det.")
                % {"field": key},
            )
            return ""
        if max_length is not None and len(value) > max_length:
            self.bad(
                key,
                _(
                    "%(field)s er på %(length)s tegn, men der er kun plads til %(max)s. "
                    "Forkort teksten."
                )
                % {"field": key, "length": len(value), "max": max_length},
            )
            return value[:max_length]
        return value

    def uuid(self, key: str, *, required: bool = True) -> uuid.UUID | None:
        raw = self.text(key, required=required)
        if not raw:
            return None
        try:
            return uuid.UUID(raw)
        except ValueError:
            self.bad(
                key,
                _("%(name)s skal være et UUID, ikke »%(value)s«.")
                % {"name": key, "value": shown(raw)},
            )
            return None

    def number(
        self, key: str, low: Decimal | int, high: Decimal | int, *, whole: bool = False
    ) -> Decimal | None:
        value = self.node.get(key)
        if value is None or value == "":
            return None
        try:
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise InvalidOperation
            number = Decimal(str(value).strip())
            if not number.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            self.bad(
                key,
                _("%(field)s skal være et tal, ikke »%(value)s«.")
                % {"field": key, "value": shown(value)},
            )
            return None
        if whole and number != number.to_integral_value():
            self.bad(
                key,
                _("%(field)s skal være et helt tal, ikke »%(value)s«.")
                % {"field": key, "value": shown(value)},
            )
            return None
        if not low <= number <= high:
            self.bad(
                key,
                _("%(field)s skal være mellem %(low)s og %(high)s, ikke %(value)s.")
                % {"field": key, "low": low, "high": high, "value": shown(value)},
            )
            return None
        return number

    def date(self, key: str) -> date | None:
        raw = self.text(key)
        if not raw:
            return None
        try:
            return date.fromisoformat(raw[:10] if "T" in raw else raw)
        except ValueError:
            self.bad(
                key,
                _("%(field)s skal være en dato skrevet ÅÅÅÅ-MM-DD, ikke »%(value)s«.")
                % {"field": key, "value": shown(raw)},
            )
            return None

    def clock(self, key: str, *, required: bool = True) -> time | None:
        raw = self.text(key, required=required)
        if not raw:
            return None
        try:
            # The time of day as written; a UTC offset would be meaningless for a weekly slot.
            return time.fromisoformat(raw).replace(tzinfo=None)
        except ValueError:
            self.bad(
                key,
                _("%(field)s skal være et klokkeslæt skrevet TT:MM:SS, ikke »%(value)s«.")
                % {"field": key, "value": shown(raw)},
            )
            return None

    def email(self, key: str) -> str:
        raw = self.text(key, 254)
        try:
            if raw:
                EmailValidator()(raw)
        except ValidationError:
            self.bad(
                key,
                _("%(field)s er ikke en gyldig e-mailadresse: »%(value)s«.")
                % {"field": key, "value": shown(raw)},
            )
            return ""
        return raw

    def url(self, key: str) -> str:
        raw = self.text(key, 200)
        try:
            if raw:
                URLValidator()(raw)
        except ValidationError:
            self.bad(
                key,
                _(
                    "%(field)s er ikke en gyldig webadresse: »%(value)s«. "
                    "Den skal begynde med http:// eller https://."
                )
                % {"field": key, "value": shown(raw)},
            )
            return ""
        return raw

    def items(self, key: str) -> list[Node] | None:
        """The objects of a list; None when the list is absent."""
        value = self.node.get(key)
        if value is None:
            return None
        if not isinstance(value, list):
            self.bad(key, _("%(field)s skal være en liste.") % {"field": key})
            return []
        good = []
        for i, item in enumerate(value):
            if isinstance(item, Node):
                good.append(item)
            else:
                self.problems.error(
                    self.node.where.at(key, i),
                    _("%(field)s må kun indeholde objekter.") % {"field": key},
                )
        return good


def phone_number(nodes: list[Node], problems: Problems) -> str:
    for node in nodes:
        # HSDS's own example quotes the number inside the string: '"+44 1234 234567"'.
        number = Fields(node, problems).text("number", 40, required=True).strip("\"' ")
        if number:
            if len(number) > 30:
                problems.error(
                    node.where.at("number"),
                    _("telefonnummeret i number er længere end 30 tegn. Forkort det."),
                )
            return number[:30]
    return ""
