"""Danish formatting for templates: money, distances, dates, taxonomy labels."""

from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from django import template
from django.core.paginator import Page
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from brobygger.lib.text import join_address

register = template.Library()


def format_kr(amount: Decimal | float | int) -> str:
    """75 → '75 kr.', 12.5 → '12,50 kr.' (Danish decimal comma)."""
    value = Decimal(str(amount))
    if value == value.to_integral_value():
        number = formats.number_format(int(value), 0, use_l10n=True, force_grouping=True)
    else:
        number = formats.number_format(value, 2, use_l10n=True, force_grouping=True)
    return _("%(amount)s kr.") % {"amount": number}


@register.filter
def kr(amount: Decimal | float | int | None) -> str:
    return "" if amount is None else format_kr(amount)


@register.filter
def price(offer: object) -> str:
    amount = getattr(offer, "price_kr", None)
    note = getattr(offer, "price_note", "")
    if not amount:
        return note if note and note.lower() != "gratis" else _("Gratis")
    text = format_kr(amount)
    if not note or note in text:
        return text
    # "30 kr. for tre plader" already says the price: said once, not "30 kr. – 30 kr. for …".
    return note if text in note else f"{text} – {note}"


@register.simple_tag
def address(*parts: object) -> str:
    """``{% address citizen.street citizen.postal_code %}``: only the parts that are there."""
    return join_address(*parts)


@register.filter
def km(distance: float | None) -> str:
    if distance is None:
        return ""
    if distance < 1:
        return _("%(m)s m væk") % {"m": int(round(distance * 1000, -1))}
    return _("%(km)s km væk") % {"km": formats.number_format(distance, 1, use_l10n=True)}


class _Labelled(Protocol):
    """A vocabulary term (directory.Term): its label in a language."""

    def label(self, language: str) -> str: ...


@register.filter
def term_label(term: _Labelled) -> str:
    return term.label(get_language() or "da")


@register.filter
def when(value: datetime) -> str:
    """'tirsdag 3. marts kl. 10.00' (Danish) or 'Tuesday 3 March 10:00'."""
    local = timezone.localtime(value)
    if (get_language() or "da").startswith("en"):
        return formats.date_format(local, "l j F \\a\\t H:i")
    return formats.date_format(local, "l j. F \\k\\l. H.i")


@register.filter
def listify(value: object) -> list[object]:
    """A single form or a list of forms, as a list (for the error summary)."""
    if isinstance(value, list | tuple):
        return list(value)
    return [value] if value else []


@register.filter
def page_window(page: Page[Any]) -> list[object]:
    """1 … 4 5 6 … 5000: the page numbers to show, never all of them."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1))


@register.filter
def get_item(mapping: dict[object, object] | None, key: object) -> object:
    return (mapping or {}).get(key, [])
