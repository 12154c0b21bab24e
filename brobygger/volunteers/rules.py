"""What must hold before a volunteer is given a task or told anything about a citizen.

Plain functions over the models, so the coordinator's screen, the proposals and the tests
all ask the same questions.
"""

from datetime import date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role

from .models import (
    AgreementText,
    DocumentKind,
    HourLog,
    QualificationKind,
    RoleDescription,
    Volunteer,
)
from .stages import Stage

# Who manages the corps: sees every volunteer and may change anything about them.
COORDINATOR_ROLES = (Role.VOLUNTEER_COORDINATOR, Role.ADMINISTRATOR)


def is_coordinator(user: User) -> bool:
    return user.is_authenticated and user.has_role(*COORDINATOR_ROLES)


def current_text(kind: str) -> AgreementText | None:
    return (
        AgreementText.objects.filter(kind=kind, valid_from__lte=timezone.localdate())
        .order_by("-version")
        .first()
    )


def current_texts() -> dict[str, AgreementText | None]:
    return {kind: current_text(kind) for kind in DocumentKind.values}


def has_accepted(volunteer: Volunteer, kind: str, text: AgreementText | None = None) -> bool:
    """Accepted the version in force (a new version must be accepted again)."""
    text = text or current_text(kind)
    # .all() so a prefetched list of acceptances is used when there is one.
    return text is not None and any(a.text_id == text.pk for a in volunteer.acceptances.all())


def may_see_citizens(volunteer: Volunteer) -> bool:
    """Without an accepted confidentiality declaration a volunteer sees nothing about anyone."""
    return volunteer.is_active and has_accepted(volunteer, DocumentKind.DECLARATION)


def missing_for(
    volunteer: Volunteer,
    role: RoleDescription,
    on: date,
    *,
    texts: dict[str, AgreementText | None] | None = None,
    required: list[QualificationKind] | None = None,
) -> list[str]:
    """Why this volunteer cannot take this task on this day (empty: they can).

    ``texts`` and ``required`` let a caller checking many volunteers look them up once.
    """
    texts = current_texts() if texts is None else texts
    required = list(role.required_qualifications.all()) if required is None else required
    problems = []
    if not volunteer.is_active:
        problems.append(
            _("%(name)s er ikke aktiv som frivillig (status: %(stage)s).")
            % {"name": volunteer, "stage": volunteer.get_stage_display()}
        )
    if not has_accepted(volunteer, DocumentKind.AGREEMENT, texts[DocumentKind.AGREEMENT]):
        problems.append(_("Frivilligaftalen er ikke accepteret."))
    if not has_accepted(volunteer, DocumentKind.DECLARATION, texts[DocumentKind.DECLARATION]):
        problems.append(_("Tavshedserklæringen er ikke accepteret."))
    valid = [
        q
        for q in volunteer.qualifications.all()
        if q.obtained_on <= on and (q.expires_on is None or on <= q.expires_on)
    ]
    if role.requires_record_check and not any(q.kind.is_record_check for q in valid):
        problems.append(_("Der mangler en gyldig straffeattest."))
    for needed in required:
        if not any(q.kind_id == needed.pk for q in valid):
            problems.append(
                _("Der mangler en gyldig kvalifikation: %(name)s.") % {"name": needed.name}
            )
    return problems


# How long a volunteer may correct or delete their own hours; a coordinator always may.
CORRECT_HOURS_DAYS = 7
# More hours than this in one entry is asked about once more (a typo for 1,4 or 4?).
LONG_DAY_HOURS = 12


def hours_correctable_until(entry: HourLog) -> datetime:
    """A week after the entry was written (entries from before that was kept: their date)."""
    written = entry.logged_at or timezone.make_aware(datetime.combine(entry.on, time.max))
    return written + timedelta(days=CORRECT_HOURS_DAYS)


def volunteer_may_correct(entry: HourLog, now: datetime | None = None) -> bool:
    return (now or timezone.now()) <= hours_correctable_until(entry)


def may_change_hours(user: User, entry: HourLog, now: datetime | None = None) -> bool:
    """A coordinator always; the volunteer their own entry for ``CORRECT_HOURS_DAYS``."""
    if is_coordinator(user):
        return True
    return entry.volunteer.user_id == user.pk and volunteer_may_correct(entry, now)


def due_a_call(weeks_quiet: int, today: date) -> "Q":
    """Volunteers the coordinator should call: quiet for too long, or trial ending soon."""
    quiet_since = today - timedelta(weeks=weeks_quiet)
    return (
        Q(stage=Stage.ACTIVE)
        & (
            Q(last_active_on__lt=quiet_since)
            | Q(last_active_on__isnull=True, stage_since__lt=quiet_since)
        )
    ) | Q(stage=Stage.TRIAL, trial_ends_on__lte=today + timedelta(days=7))
