"""Which volunteers to propose for a task: free then, allowed to do it, close by, not
overloaded — with the reasons a coordinator can check."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypedDict, cast

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from brobygger.directory.schedules import weekday_name

from . import rules
from .models import Assignment, RoleDescription, Volunteer

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class Load(TypedDict):
    load: int


@dataclass(frozen=True)
class Candidate:
    volunteer: Volunteer
    score: float
    reasons: list[str]


def propose(
    role: RoleDescription,
    *,
    starts: datetime | None = None,
    ends: datetime | None = None,
    times: list[tuple[datetime, datetime]] | None = None,
    area_id: int | None = None,
    interests: Sequence[str] = (),
    top: int = 5,
) -> list[Candidate]:
    """Volunteers who may take the task at that time (or at every one of ``times``), best
    first; never one who may not."""
    if not times:
        if starts is None or ends is None:
            return []
        times = [(starts, ends)]
    times = sorted(times)
    now = timezone.now()
    pool = cast(
        "QuerySet[WithAnnotations[Volunteer, Load]]",
        Volunteer.objects.active()
        .prefetch_related("areas", "acceptances", "qualifications__kind")
        .annotate(
            load=Count(
                "assignments",
                filter=Q(
                    assignments__cancelled_at__isnull=True,
                    assignments__starts_at__gte=now,
                    assignments__starts_at__lt=now + timedelta(days=28),
                ),
            )
        ),
    )
    day = timezone.localtime(times[0][0]).date()
    last_day = timezone.localtime(times[-1][1]).date()
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[day.weekday()]
    # Looked up once for the whole corps, not once per volunteer.
    texts = rules.current_texts()
    required = list(role.required_qualifications.all())
    overlapping = Q()
    for starts, ends in times:
        overlapping |= Q(starts_at__lt=ends, ends_at__gt=starts)
    busy = set(
        Assignment.objects.filter(overlapping, cancelled_at__isnull=True).values_list(
            "volunteer_id", flat=True
        )
    )
    found = []
    for volunteer in pool:
        # Valid on the first and the last day means valid on every day of a series.
        if (
            volunteer.pk in busy
            or rules.missing_for(volunteer, role, day, texts=texts, required=required)
            or rules.missing_for(volunteer, role, last_day, texts=texts, required=required)
        ):
            continue
        score, reasons = 0.0, []
        if role.kind in volunteer.task_kinds:
            score += 3
            reasons.append(_("Vil gerne være %(task)s") % {"task": role.get_kind_display().lower()})
        if area_id and any(a.pk == area_id for a in volunteer.areas.all()):
            score += 2
            reasons.append(_("Hjælper i borgerens område"))
        if any(w.get("weekday") == weekday for w in volunteer.available):
            score += 1
            reasons.append(_("Kan om %(day)s") % {"day": weekday_name(day.weekday())})
        shared = sorted(set(volunteer.interests) & set(interests))
        if shared:
            score += len(shared)
            reasons.append(_("Fælles interesser"))
        score -= 0.5 * volunteer.load
        reasons.append(
            ngettext(
                "%(n)s opgave de næste 4 uger", "%(n)s opgaver de næste 4 uger", volunteer.load
            )
            % {"n": volunteer.load}
        )
        found.append(Candidate(volunteer, score, reasons))
    found.sort(key=lambda c: (-c.score, c.volunteer.full_name))
    return found[:top]
