"""Who may see which case. Views call these; an outsider gets 404, never a hint it exists."""

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest

from brobygger.accounts.models import OrganisationalUnit, User
from brobygger.accounts.roles import Role
from brobygger.audit.log import record_event

from . import events
from .models import Case, Referral

CASE_ROLES = (Role.LINK_WORKER, Role.TEAM_LEAD, Role.ADMINISTRATOR)


def signed_in(request: HttpRequest) -> User:
    """The account behind a ``login_required`` view, as a ``User``. An anonymous visitor only
    gets here through a view that forgot the decorator, and then gets 404 like any outsider."""
    user = request.user
    if not isinstance(user, User):
        raise Http404
    return user


def works_with_cases(user: User) -> bool:
    return user.is_authenticated and user.has_role(*CASE_ROLES)


def is_team_lead(user: User, case: Case) -> bool:
    return user.has_role(Role.ADMINISTRATOR) or (
        user.has_role(Role.TEAM_LEAD) and user.unit_id == case.team_id
    )


def visible_cases(user: User) -> QuerySet[Case]:
    """Cases of the user's own team (link workers and team leads), all for administrators."""
    if not works_with_cases(user):
        return Case.objects.none()
    if user.has_role(Role.ADMINISTRATOR):
        return Case.objects.all()
    if user.unit_id is None:
        return Case.objects.none()
    return Case.objects.filter(team_id=user.unit_id)


def get_case_for(
    user: User, pk: object, *, request: HttpRequest | None = None, purpose: str = ""
) -> Case:
    """The case if the user may see it (and the read is logged), else 404."""
    try:
        case = (
            visible_cases(user)
            .select_related("citizen", "citizen__postal_code", "team", "assigned_to", "local_area")
            .get(pk=int(str(pk)))
        )
    except (Case.DoesNotExist, ValueError):
        raise Http404 from None
    record_event(
        events.CASE_READ,
        user=user,
        obj=case.citizen,
        request=request,
        object_repr=f"{case} ({case.citizen})",
        data={"case": case.pk},
        purpose=purpose or "Forløb",
    )
    return case


def visible_referrals(user: User) -> QuerySet[Referral]:
    """Unjoined referrals waiting for the user's team (a suspected duplicate included)."""
    cases = visible_cases(user)
    if not works_with_cases(user):
        return Referral.objects.none()
    return Referral.objects.filter(Q(case__in=cases) | Q(suspected_case__in=cases))


def sent_referrals(user: User) -> QuerySet[Referral]:
    """What a referrer may see: the referrals they sent, never the case behind them."""
    if not user.is_authenticated:
        return Referral.objects.none()
    return Referral.objects.filter(referrer_user=user)


def led_teams(user: User) -> QuerySet[OrganisationalUnit]:
    """The teams whose cases the user oversees: a team lead their own team, an administrator
    every team that has cases or link workers."""
    if user.has_role(Role.ADMINISTRATOR):
        return (
            OrganisationalUnit.objects.filter(
                Q(cases__isnull=False) | Q(members__role_assignments__role=Role.LINK_WORKER)
            )
            .distinct()
            .order_by("name")
        )
    if user.has_role(Role.TEAM_LEAD) and user.unit_id is not None:
        return OrganisationalUnit.objects.filter(pk=user.unit_id)
    return OrganisationalUnit.objects.none()


def oversees_teams(user: User) -> bool:
    """Whether the user has a team overview (the menu asks; ``led_teams`` decides)."""
    return user.is_authenticated and (
        user.has_role(Role.ADMINISTRATOR)
        or (user.has_role(Role.TEAM_LEAD) and user.unit_id is not None)
    )
