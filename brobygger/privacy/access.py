"""Who may see a person's rights page, export and consents: the same people who may see the
person elsewhere, through the owning apps' access helpers. Everyone else gets 404.

These helpers only find the person; each view writes its own audit event (a view of the page,
an export), so one request leaves one row that says what happened.
"""

from django.db.models import Exists, OuterRef
from django.http import Http404

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.referrals.access import is_team_lead, visible_cases, works_with_cases
from brobygger.referrals.models import Citizen
from brobygger.volunteers.access import is_coordinator, visible_volunteers
from brobygger.volunteers.models import Volunteer


def _pk(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise Http404 from None


def get_citizen_for(user: User, pk: object) -> Citizen:
    """The citizen if one of their cases is visible to the user (the team, its lead, an
    administrator), else 404."""
    if not works_with_cases(user):
        raise Http404
    visible = visible_cases(user).filter(citizen=OuterRef("pk"))
    citizen = (
        Citizen.objects.filter(pk=_pk(pk))
        .filter(Exists(visible))
        .select_related("postal_code")
        .first()
    )
    if citizen is None:
        raise Http404
    return citizen


def may_erase_citizen(user: User, citizen: Citizen) -> bool:
    """Anonymising on request is for the team lead of one of the citizen's cases, or an
    administrator; link workers ask them."""
    if not user.is_authenticated:
        return False
    if user.has_role(Role.ADMINISTRATOR):
        return True
    return any(is_team_lead(user, case) for case in visible_cases(user).filter(citizen=citizen))


def get_volunteer_for(user: User, pk: object) -> Volunteer:
    """The volunteer if the user is a coordinator or an administrator, else 404."""
    volunteer = visible_volunteers(user).filter(pk=_pk(pk)).select_related("user").first()
    if volunteer is None:
        raise Http404
    return volunteer


def may_erase_volunteer(user: User) -> bool:
    return is_coordinator(user)
