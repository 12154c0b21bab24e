"""Courses where staff and volunteers train together, and qualifications that run out."""

from datetime import date, timedelta

from django.db.models import Exists, OuterRef, QuerySet

from .models import Qualification
from .stages import IN_CORPS_STAGES

WARN_DAYS = 60


def expiring(today: date, days: int = WARN_DAYS) -> QuerySet[Qualification]:
    """Qualifications of current volunteers that run out within ``days`` and have not been
    renewed (a newer one of the same kind replaces them)."""
    renewed = Qualification.objects.filter(
        volunteer=OuterRef("volunteer"),
        kind=OuterRef("kind"),
        obtained_on__gt=OuterRef("obtained_on"),
    )
    return (
        Qualification.objects.filter(
            expires_on__gte=today,
            expires_on__lte=today + timedelta(days=days),
            volunteer__stage__in=IN_CORPS_STAGES,
        )
        .exclude(Exists(renewed))
        .select_related("volunteer", "volunteer__coordinator", "kind")
        .order_by("expires_on")
    )
