"""Coordinators see the corps; a volunteer sees their own page; everyone else gets 404."""

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.audit.log import record
from brobygger.audit.models import Action

from .models import Volunteer

COORDINATOR_ROLES = (Role.VOLUNTEER_COORDINATOR, Role.ADMINISTRATOR)


def is_coordinator(user: User) -> bool:
    return user.is_authenticated and user.has_role(*COORDINATOR_ROLES)


def visible_volunteers(user: User) -> QuerySet[Volunteer]:
    return Volunteer.objects.all() if is_coordinator(user) else Volunteer.objects.none()


def get_volunteer_for(user: User, pk: object, *, request: HttpRequest | None = None) -> Volunteer:
    try:
        volunteer = visible_volunteers(user).get(pk=int(str(pk)))
    except (Volunteer.DoesNotExist, ValueError):
        raise Http404 from None
    record(Action.READ, user=user, obj=volunteer, request=request, purpose="Frivillig")
    return volunteer


def own_volunteer(user: User) -> Volunteer:
    volunteer = Volunteer.objects.filter(user=user).first() if user.is_authenticated else None
    if volunteer is None:
        raise Http404
    return volunteer
