"""Which team's queue a referral lands in: the team of the citizen's local area when a person
watches that queue, else the fallback team, so no referral waits where nobody looks."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext as _

from brobygger.accounts.models import OrganisationalUnit, User
from brobygger.accounts.roles import Role
from brobygger.areas.models import LocalArea

# The people who watch a team's queue and take its cases.
QUEUE_ROLES = (Role.LINK_WORKER, Role.TEAM_LEAD)


@dataclass(frozen=True)
class Routing:
    team: OrganisationalUnit
    area: LocalArea | None
    # The area's own team when nobody active works in it and the referral went elsewhere.
    unstaffed: OrganisationalUnit | None = None
    # Whether anybody active watches the queue it went to (no, only when no team has anyone).
    watched: bool = True

    @property
    def needs_warning(self) -> bool:
        return self.unstaffed is not None or not self.watched


def members(team: OrganisationalUnit) -> QuerySet[User]:
    """The active link workers and team leads of a team: the people who watch its queue."""
    return User.objects.filter(
        unit=team, is_active=True, role_assignments__role__in=QUEUE_ROLES
    ).distinct()


def staffed_teams() -> QuerySet[OrganisationalUnit]:
    active = User.objects.filter(
        unit=OuterRef("pk"), is_active=True, role_assignments__role__in=QUEUE_ROLES
    )
    return OrganisationalUnit.objects.filter(Exists(active))


def unstaffed_teams() -> QuerySet[OrganisationalUnit]:
    """Teams with a local area but nobody active to watch their queue (the administrators'
    warning list)."""
    return (
        OrganisationalUnit.objects.filter(local_areas__isnull=False)
        .exclude(pk__in=staffed_teams().values("pk"))
        .distinct()
        .order_by("name")
    )


def fallback_team() -> OrganisationalUnit | None:
    """The team for referrals no local team can take: the one marked for it, else the first
    team with an area; a team somebody watches before one nobody does."""
    candidates = [
        OrganisationalUnit.objects.filter(handles_unrouted=True),
        OrganisationalUnit.objects.filter(local_areas__isnull=False).distinct(),
    ]
    for teams in candidates:
        staffed = teams.filter(pk__in=staffed_teams().values("pk")).order_by("name").first()
        if staffed is not None:
            return staffed
    staffed = staffed_teams().order_by("name").first()
    if staffed is not None:
        return staffed
    for teams in candidates:
        team = teams.order_by("name").first()
        if team is not None:
            return team
    return None


def route(postal_code: str) -> Routing:
    """The team of the citizen's local area if someone watches its queue; otherwise the
    fallback team (with the area's own team named, so administrators can be told)."""
    area = (
        LocalArea.objects.filter(localareapostalcode__postal_code_id=postal_code).first()
        if postal_code
        else None
    )
    local = (
        OrganisationalUnit.objects.filter(local_areas=area).order_by("name").first()
        if area is not None
        else None
    )
    if local is not None and members(local).exists():
        return Routing(local, area)
    team = fallback_team()
    if team is None:
        raise ValidationError(_("Der er ikke oprettet noget brobyggerteam endnu."))
    unstaffed = local if local is not None and local != team else None
    return Routing(team, area, unstaffed, watched=members(team).exists())
