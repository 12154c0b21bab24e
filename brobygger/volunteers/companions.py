"""What a companion (følgeven) is told about the citizen they go with to a first visit: the
citizen's first name, the activity, where and when — and only with the citizen's consent to
share with a volunteer. Without it the volunteer hears the details by phone."""

from dataclasses import dataclass

from django.http import HttpRequest

from brobygger.audit.log import record_event
from brobygger.directory.models import Offer
from brobygger.lib.text import first_name
from brobygger.referrals.actions import consent_in_force
from brobygger.referrals.models import ChoiceStatus, ConsentKind

from . import events, rules
from .models import Assignment
from .stages import TaskKind


@dataclass(frozen=True)
class CompanionBrief:
    """``shared`` False: say that whoever arranged it calls with the details."""

    shared: bool
    arranged_by: str
    arranged_by_phone: str
    first_name: str = ""
    activity: Offer | None = None


def activity_for(assignment: Assignment) -> Offer | None:
    """The activity of the visit: the task's own, else the one chosen with the citizen."""
    if assignment.offer is not None or assignment.case is None:
        return assignment.offer
    choice = (
        assignment.case.choices.filter(status__in=[ChoiceStatus.CHOSEN, ChoiceStatus.ATTENDING])
        .select_related("offer__location")
        .order_by("-chosen_at", "-id")
        .first()
    )
    return choice.offer if choice else None


def companion_brief(
    assignment: Assignment, *, request: HttpRequest | None = None
) -> CompanionBrief | None:
    """The brief for a companion task (None for any other task). Each time the citizen's
    first name is shown it is logged as a read of the citizen's data."""
    case = assignment.case
    if case is None or assignment.role.kind != TaskKind.COMPANION:
        return None
    arranged = assignment.confirmed_by
    brief = CompanionBrief(
        shared=False, arranged_by=arranged.full_name, arranged_by_phone=arranged.phone
    )
    citizen = case.citizen
    if not rules.may_see_citizens(assignment.volunteer) or not consent_in_force(
        citizen, ConsentKind.VOLUNTEER_NOTES
    ):
        return brief
    record_event(
        events.COMPANION_BRIEF_READ,
        user=assignment.volunteer.user,
        obj=citizen,
        request=request,
        data={"case": case.pk, "assignment": assignment.pk},
    )
    return CompanionBrief(
        shared=True,
        arranged_by=brief.arranged_by,
        arranged_by_phone=brief.arranged_by_phone,
        first_name=first_name(citizen.full_name),
        activity=activity_for(assignment),
    )
