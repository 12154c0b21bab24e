"""What the menu offers each person: asked of the apps' own access helpers."""

from django import template

from brobygger.accounts.models import User
from brobygger.referrals.access import oversees_teams as _oversees_teams
from brobygger.referrals.access import works_with_cases as _works_with_cases
from brobygger.volunteers.access import is_coordinator as _is_coordinator
from brobygger.workspace import start

register = template.Library()


# The template passes request.user: an account, or AnonymousUser on a public page.
@register.filter
def works_with_cases(user: object) -> bool:
    return isinstance(user, User) and _works_with_cases(user)


@register.filter
def oversees_teams(user: object) -> bool:
    return isinstance(user, User) and _oversees_teams(user)


@register.filter
def is_coordinator(user: object) -> bool:
    return isinstance(user, User) and _is_coordinator(user)


@register.filter
def refers(user: object) -> bool:
    return isinstance(user, User) and start.refers(user)


@register.filter
def edits_offers(user: object) -> bool:
    return isinstance(user, User) and start.edits_offers(user)
