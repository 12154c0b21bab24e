"""Milestones to celebrate with a volunteer (10 sessions, one year)."""

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from .models import Volunteer
from .stages import Stage

# Stored in Danish (the msgid) so a milestone is recognised whatever language marked it.
MILESTONES = {
    "ten": gettext_noop("De første 10 gange"),
    "year": gettext_noop("Et år som frivillig"),
}


def milestones_due(volunteer: Volunteer, today: date) -> list[tuple[str, str]]:
    """Milestones to celebrate that nobody has marked yet: 10 sessions, one year."""
    from .models import RecognitionKind

    marked = set(
        volunteer.recognitions.filter(kind=RecognitionKind.MILESTONE).values_list("note", flat=True)
    )
    due = []
    sessions = volunteer.assignments.filter(
        cancelled_at__isnull=True, ends_at__lt=timezone.now()
    ).count()
    if sessions >= 10:
        due.append("ten")
    first_active = volunteer.history.filter(to_stage=Stage.ACTIVE).order_by("on").first()
    if first_active and (today - first_active.on).days >= 365:
        due.append("year")
    return [(key, _(MILESTONES[key])) for key in due if MILESTONES[key] not in marked]
