"""Courses where staff and volunteers train together, and warnings about qualifications that
run out."""

from collections import defaultdict
from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.audit.log import record_event
from brobygger.notifications.send import send_email

from .. import events
from ..courses import WARN_DAYS, expiring
from ..models import Course, CourseParticipant, Qualification, Volunteer
from ._common import require_coordinator
from .pipeline import record_qualification


@transaction.atomic
def create_course(*, acting_user: User, **fields: object) -> Course:
    """A coordinator plans a course; participants are signed up next."""
    require_coordinator(acting_user)
    course = Course.objects.create(created_by=acting_user, **fields)
    record_event(
        events.COURSE_CREATED,
        user=acting_user,
        obj=course,
        data={"held_on": str(course.held_on), "gives": course.gives_id},
    )
    return course


@transaction.atomic
def add_participant(
    course: Course,
    *,
    acting_user: User,
    volunteer: Volunteer | None = None,
    staff: User | None = None,
) -> CourseParticipant:
    require_coordinator(acting_user)
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
    record_event(
        events.COURSE_PARTICIPANT_ADDED,
        user=acting_user,
        obj=volunteer or staff,
        data={"course": course.pk, "participant": participant.pk},
    )
    return participant


@transaction.atomic
def record_attendance(course: Course, present: set[int], *, acting_user: User) -> int:
    """Tick who came. A volunteer who came gets the course's qualification, once."""
    require_coordinator(acting_user)
    if course.held_on > timezone.localdate():
        raise ValidationError(_("Fremmøde kan først registreres på kursusdagen."))
    given = 0
    changed: dict[str, bool] = {}
    for participant in course.participants.select_related("volunteer"):
        came = participant.pk in present
        if participant.attended == came:
            continue
        participant.attended = came
        participant.save(update_fields=["attended"])
        changed[str(participant.pk)] = came
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
            removed = volunteer.qualifications.filter(kind=course.gives, obtained_on=course.held_on)
            for qualification in removed:
                record_event(
                    events.QUALIFICATION_REMOVED,
                    user=acting_user,
                    obj=volunteer,
                    data={"qualification": qualification.pk, "course": course.pk},
                )
            removed.delete()
    record_event(
        events.COURSE_ATTENDANCE_RECORDED,
        user=acting_user,
        object_type="volunteers.course",
        object_id=str(course.pk),
        object_repr=str(course),
        data={"attended": changed, "qualifications_given": given},
    )
    return given


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
            record_event(
                events.QUALIFICATION_WARNED,
                user=None,
                obj=q.volunteer,
                data={"qualification": q.pk, "expires_on": str(q.expires_on)},
            )
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
