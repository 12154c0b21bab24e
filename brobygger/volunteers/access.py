"""Coordinators see the corps; a volunteer sees their own page; everyone else gets 404."""

from collections.abc import Sequence
from datetime import timedelta

from django.http import Http404, HttpRequest
from django.utils import timezone

from brobygger.accounts.models import User
from brobygger.audit.log import record_event
from brobygger.referrals.actions import consent_in_force
from brobygger.referrals.models import Case, ConsentKind

from . import events, rules
from .models import HourLog, NeedToKnowNote, RoleDescription, Volunteer, VolunteerQuerySet
from .proposals import Candidate
from .rules import is_coordinator as is_coordinator  # the check lives with the other rules


def signed_in(request: HttpRequest) -> User:
    """The account behind a ``login_required`` view, as a ``User``. An anonymous visitor only
    gets here through a view that forgot the decorator, and then gets 404 like any outsider."""
    user = request.user
    if not isinstance(user, User):
        raise Http404
    return user


def coordinator(request: HttpRequest) -> User:
    """The signed-in coordinator, or 404 for anyone else."""
    user = signed_in(request)
    if not is_coordinator(user):
        raise Http404
    return user


def visible_volunteers(user: User) -> VolunteerQuerySet:
    return Volunteer.objects.all() if is_coordinator(user) else Volunteer.objects.none()


def get_volunteer_for(user: User, pk: object, *, request: HttpRequest | None = None) -> Volunteer:
    try:
        volunteer = visible_volunteers(user).get(pk=int(str(pk)))
    except (Volunteer.DoesNotExist, ValueError):
        raise Http404 from None
    record_event(
        events.VOLUNTEER_READ,
        user=user,
        obj=volunteer,
        request=request,
        data={"volunteer": volunteer.pk},
    )
    return volunteer


def hours_entry_for(user: User, pk: object, *, request: HttpRequest | None = None) -> HourLog:
    """An hour entry: the volunteer's own, or any for a coordinator (a logged read); 404
    for everyone else."""
    entries = HourLog.objects.select_related("volunteer")
    coordinates = is_coordinator(user)
    if not coordinates:
        entries = entries.filter(volunteer__user=user) if user.is_authenticated else entries.none()
    try:
        entry = entries.get(pk=int(str(pk)))
    except (HourLog.DoesNotExist, ValueError):
        raise Http404 from None
    if coordinates:
        record_event(
            events.VOLUNTEER_READ,
            user=user,
            obj=entry.volunteer,
            request=request,
            data={"volunteer": entry.volunteer_id, "hours": entry.pk},
        )
    return entry


def own_volunteer(user: User) -> Volunteer:
    volunteer = Volunteer.objects.filter(user=user).first() if user.is_authenticated else None
    if volunteer is None:
        raise Http404
    return volunteer


def has_citizen_tasks(volunteer: Volunteer) -> bool:
    """Does the volunteer go to a citizen now or soon (a companion, a driver, a visiting
    friend)? Only they can be shown need-to-know notes, so only they need a second factor."""
    return (
        rules.may_see_citizens(volunteer)
        and volunteer.assignments.filter(
            cancelled_at__isnull=True,
            case__isnull=False,
            ends_at__gte=timezone.now() - timedelta(days=1),
        ).exists()
    )


def notes_for(
    volunteer: Volunteer, *, request: HttpRequest | None = None
) -> dict[int, list[NeedToKnowNote]]:
    """The need-to-know notes of the volunteer's own citizens, and nothing more; each view
    is logged. Empty without a declaration, or where consent is withdrawn."""
    if not rules.may_see_citizens(volunteer):
        return {}
    now = timezone.now()
    cases: dict[int, Case] = {
        a.case.pk: a.case
        for a in volunteer.assignments.filter(
            cancelled_at__isnull=True, case__isnull=False, ends_at__gte=now - timedelta(days=1)
        ).select_related("case__citizen")
        if a.case is not None
    }
    result: dict[int, list[NeedToKnowNote]] = {}
    for case_id, case in cases.items():
        if not consent_in_force(case.citizen, ConsentKind.VOLUNTEER_NOTES):
            continue
        notes = list(case.need_to_know.all())
        if notes:
            result[case_id] = notes
            record_event(
                events.NEED_TO_KNOW_READ,
                user=volunteer.user,
                obj=case.citizen,
                request=request,
                data={"case": case.pk, "notes": [n.pk for n in notes]},
            )
    return result


def candidates_read(
    request: HttpRequest, role: RoleDescription, candidates: Sequence[Candidate]
) -> None:
    """Proposals name volunteers with their area and load: showing them is a read."""
    if candidates:
        record_event(
            events.CANDIDATES_LISTED,
            user=request.user,
            request=request,
            object_type="volunteers.volunteer",
            object_repr=str(role),
            data={
                "role": role.pk,
                "volunteers": [c.volunteer.pk for c in candidates],
            },
        )
