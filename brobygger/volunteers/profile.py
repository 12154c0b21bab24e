"""What the volunteer told us at sign-up, in words a coordinator reads on the phone."""

from django.utils.translation import gettext as _

from brobygger.directory.forms import WEEKDAY_CHOICES, term_choices

from .models import Volunteer
from .stages import Commitment, TaskKind


def sign_up_answers(volunteer: Volunteer) -> list[tuple[str, str]]:
    """Every answer of the sign-up form as (question, answer); unanswered ones say so."""
    days = dict(WEEKDAY_CHOICES)
    weekdays = [str(days[d["weekday"]]) for d in volunteer.available if d.get("weekday") in days]
    interests = dict(term_choices("interest"))
    postal = volunteer.postal_code
    nothing = _("Ikke oplyst")
    return [
        (
            _("Vil gerne"),
            ", ".join(str(TaskKind(k).label) for k in volunteer.task_kinds if k in TaskKind.values)
            or nothing,
        ),
        (_("Dage"), ", ".join(weekdays) or nothing),
        (
            _("Hvor fast"),
            str(Commitment(volunteer.commitment).label)
            if volunteer.commitment in Commitment.values
            else nothing,
        ),
        (
            _("Interesser"),
            ", ".join(interests.get(code, code) for code in volunteer.interests) or nothing,
        ),
        (_("Postnummer"), f"{postal.code} {postal.name}" if postal else nothing),
        (_("Kompetencer"), volunteer.skills or nothing),
        (_("Sprog"), volunteer.languages or nothing),
    ]
