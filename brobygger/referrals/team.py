"""The team lead's overview: each link worker's open cases, and those nobody has taken."""

from dataclasses import dataclass, field

from brobygger.accounts.models import OrganisationalUnit, User

from .models import Case
from .routing import members
from .states import OPEN_STATES


@dataclass
class WorkerCases:
    worker: User
    cases: list[Case] = field(default_factory=list)


@dataclass
class TeamOverview:
    team: OrganisationalUnit
    workers: list[WorkerCases]
    waiting: list[Case]  # in the queue: nobody has taken them
    elsewhere: list[WorkerCases]  # held by someone no longer in the team

    @property
    def open_count(self) -> int:
        held = sum(len(w.cases) for w in self.workers + self.elsewhere)
        return held + len(self.waiting)


def team_overview(team: OrganisationalUnit) -> TeamOverview:
    """Two queries however many cases: the team's people, and its open cases."""
    people = {u.pk: WorkerCases(u) for u in members(team).order_by("full_name")}
    elsewhere: dict[int, WorkerCases] = {}
    waiting: list[Case] = []
    cases = (
        Case.objects.filter(team=team, state__in=OPEN_STATES)
        .select_related("citizen", "assigned_to")
        .order_by("opened_at", "pk")
    )
    for case in cases:
        if case.assigned_to is None:
            waiting.append(case)
        elif case.assigned_to_id in people:
            people[case.assigned_to.pk].cases.append(case)
        else:
            elsewhere.setdefault(case.assigned_to.pk, WorkerCases(case.assigned_to)).cases.append(
                case
            )
    return TeamOverview(team, list(people.values()), waiting, list(elsewhere.values()))
