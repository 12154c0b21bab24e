"""Template filters for showing offers: each accessibility label and "full" once."""

from django import template
from django.utils.translation import get_language

from brobygger.directory import presentation
from brobygger.directory.models import Offer

register = template.Library()


@register.filter
def access_labels(offer: Offer) -> list[str]:
    return presentation.access_labels(
        list(offer.terms.all()), offer.location, get_language() or "da"
    )


@register.filter
def is_full(offer: Offer) -> bool:
    return presentation.is_full(list(offer.terms.all()), offer.has_places)
