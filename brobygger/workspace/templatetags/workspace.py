"""What the menu offers each person: asked of the apps' own access helpers."""

from django import template

from brobygger.referrals.access import works_with_cases as _works_with_cases
from brobygger.volunteers.access import is_coordinator as _is_coordinator

register = template.Library()


@register.filter
def works_with_cases(user: object) -> bool:
    return _works_with_cases(user)  # type: ignore[arg-type]


@register.filter
def is_coordinator(user: object) -> bool:
    return _is_coordinator(user)  # type: ignore[arg-type]
