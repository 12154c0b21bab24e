"""Where each role starts after log-in, and what its menu offers: the role table as data."""

from django.urls import reverse

from brobygger.accounts.models import User
from brobygger.accounts.roles import DIRECTORY_EDITOR_ROLES, Role

# First match wins, so a person with several roles starts on their most daily work.
START_PAGES: tuple[tuple[Role, str], ...] = (
    (Role.LINK_WORKER, "referrals:day"),
    (Role.TEAM_LEAD, "referrals:day"),
    (Role.VOLUNTEER_COORDINATOR, "volunteers:pipeline"),
    (Role.ASSOCIATION_CONTACT, "directory:my_offers"),
    (Role.REFERRER, "referrals:my_referrals"),
    (Role.VOLUNTEER, "volunteers:mine"),
)
# Who refers citizens: their own referral form, "Mine henvisninger" and the hand-over.
REFERRING_ROLES = frozenset({Role.REFERRER, Role.LINK_WORKER, Role.TEAM_LEAD})


def start_page(user: User) -> str:
    """The address this person starts on; the overview for roles without a page of their own
    (administrators, managers, nursing-home key persons) and for the volunteer without a
    volunteer record yet."""
    for role, page in START_PAGES:
        if user.has_role(role):
            if role == Role.VOLUNTEER and not hasattr(user, "volunteer"):
                continue
            return reverse(page)
    return reverse("home")


def refers(user: User) -> bool:
    return user.is_authenticated and user.has_role(*REFERRING_ROLES)


def edits_offers(user: User) -> bool:
    """Association contacts keep their own offers; directory staff keep them all."""
    return user.is_authenticated and user.has_role(
        Role.ASSOCIATION_CONTACT, *DIRECTORY_EDITOR_ROLES
    )
