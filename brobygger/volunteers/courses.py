"""Courses where staff and volunteers train together, and qualifications that run out."""

from collections import defaultdict
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.audit.log import record
from brobygger.audit.models import Action
from brobygger.notifications.send import send_email

from .actions import record_qualification
from .models import Course, CourseParticipant, Qualification, Volunteer
from .stages import Stage

WARN_DAYS = 60


@transaction.atomic
def add_participant(
    course: Course,
    *,
    acting_user: User,
    volunteer: Volunteer | None = None,
    staff: User | None = None,
) -> CourseParticipant:
    if (volunteer is None) == (staff is None):
        raise ValidationError(_("Vælg en frivillig eller en medarbejder."))
    if course.capacity and course.participants.count() >= course.capacity:
        raise ValidationError(_("Kurset er fuldt."))
    try:
        with transaction.atomic():
            participant = CourseParticipant.objects.create(
                course=course, volunteer=volunteer, staff=staff
            )
    except IntegrityError:
        raise ValidationError(
            _("%(name)s er allerede tilmeldt.") % {"name": volunteer or staff}
        ) from None
    if volunteer is not None:
        record(Action.CHANGE, user=acting_user, obj=volunteer, purpose=f"Kursus: {course}")
    return participant


@transaction.atomic
def record_attendance(course: Course, present: set[int], *, acting_user: User) -> int:
    """Tick who came. A volunteer who came gets the course's qualification, once."""
    if course.held_on > timezone.localdate():
        raise ValidationError(_("Fremmøde kan først registreres på kursusdagen."))
    given = 0
    for participant in course.participants.select_related("volunteer"):
        came = participant.pk in present
        if participant.attended == came:
            continue
        participant.attended = came
        participant.save(update_fields=["attended"])
        volunteer = participant.volunteer
        if volunteer is None or course.gives is None:
            continue
        if (
            came
            and not volunteer.qualifications.filter(
                kind=course.gives, obtained_on=course.held_on
            ).exists()
        ):
            record_qualification(
                volunteer, course.gives, obtained_on=course.held_on, acting_user=acting_user
            )
            given += 1
        elif not came:
            # Ticked by mistake: the qualification it gave goes again.
            volunteer.qualifications.filter(kind=course.gives, obtained_on=course.held_on).delete()
    return given


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
            volunteer__stage__in=[Stage.TRIAL, Stage.ACTIVE, Stage.PAUSED],
        )
        .exclude(Exists(renewed))
        .select_related("volunteer", "volunteer__coordinator", "kind")
        .order_by("expires_on")
    )


def warn_expiring(today: date, days: int = WARN_DAYS) -> int:
    """Mail each volunteer whose qualification runs out soon, and the coordinators a list;
    each qualification once. Returns how many were warned about."""
    due = list(expiring(today, days).filter(warned_at__isnull=True))
    if not due:
        return 0
    coordinators = list(
        User.objects.filter(is_active=True, role_assignments__role=Role.VOLUNTEER_COORDINATOR)
        .exclude(email="")
        .distinct()
    )
    per_coordinator: dict[str, list[Qualification]] = defaultdict(list)
    for q in due:
        # Each qualification is marked as warned in the transaction that queues its mail,
        # so a rerun after a crash warns nobody twice.
        with transaction.atomic():
            send_email(
                q.volunteer.email,
                "volunteers/qualification_expiring",
                {"qualification": q},
                key=f"qualification-expiring:{q.pk}:{q.expires_on:%Y%m%d}",
            )
            Qualification.objects.filter(pk=q.pk).update(warned_at=timezone.now())
        targets = [q.volunteer.coordinator] if q.volunteer.coordinator else coordinators
        for coordinator in targets:
            if coordinator.email:
                per_coordinator[coordinator.email].append(q)
    for email, items in per_coordinator.items():
        send_email(
            email,
            "volunteers/qualifications_expiring_summary",
            {"count": len(items), "days": days},
            key=f"qualifications-expiring:{today:%Y%m%d}:{min(q.pk for q in items)}",
        )
    return len(due)
