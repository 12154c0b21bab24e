"""The volunteer pipeline as data: stages and the moves between them."""

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    INTERESTED = "interested", _("Interesseret")
    INTRO = "intro", _("Introsamtale")
    TRIAL = "trial", _("Prøveperiode")
    ACTIVE = "active", _("Aktiv")
    PAUSED = "paused", _("Holder pause")
    LEFT = "left", _("Stoppet")


S = Stage

# The one definition of an active volunteer, used by every count and every rule: in a trial
# or active. Someone on a pause is still in the corps (courses, certificates) but not active.
ACTIVE_STAGES: frozenset[Stage] = frozenset({Stage.TRIAL, Stage.ACTIVE})
IN_CORPS_STAGES: frozenset[Stage] = ACTIVE_STAGES | {Stage.PAUSED}
MOVES: dict[Stage, frozenset[Stage]] = {
    S.INTERESTED: frozenset({S.INTRO, S.LEFT}),
    S.INTRO: frozenset({S.TRIAL, S.ACTIVE, S.LEFT}),
    S.TRIAL: frozenset({S.ACTIVE, S.PAUSED, S.LEFT}),
    S.ACTIVE: frozenset({S.PAUSED, S.LEFT}),
    S.PAUSED: frozenset({S.ACTIVE, S.LEFT}),
    S.LEFT: frozenset({S.INTERESTED}),  # someone who comes back starts over
}


class LeavingReason(models.TextChoices):
    TIME = "time", _("Har ikke tid længere")
    HEALTH = "health", _("Helbred")
    MOVED = "moved", _("Flyttet")
    NOT_HEARD = "not_heard", _("Følte sig ikke hørt eller anerkendt")
    TASK = "task", _("Opgaven passede ikke")
    CONFLICT = "conflict", _("Uenighed eller konflikt")
    OTHER_WORK = "other_work", _("Frivillig et andet sted")
    OTHER = "other", _("Andet")


class TaskKind(models.TextChoices):
    INSTRUCTOR = "instructor", _("Instruktør")
    HELPER = "helper", _("Hjælper ved en aktivitet")
    VISITING_FRIEND = "visiting_friend", _("Besøgsven")
    COMPANION = "companion", _("Følgeven")
    DRIVER = "driver", _("Chauffør")
    MEETING_PLACE = "meeting_place", _("Vært på et mødested")


class Commitment(models.TextChoices):
    REGULAR = "regular", _("Fast")
    ONE_OFF = "one_off", _("Af og til")
    TRIAL = "trial", _("Prøve det af først")


# The next action a coordinator is given after a move, and in how many days it is due
# (None: nothing due). For a trial it is the follow-up talk before the trial ends.
NEXT_STEP: dict[Stage, tuple[str | Promise, int | None]] = {
    S.INTERESTED: (_("Ring og aftal en introsamtale"), 3),
    S.INTRO: (_("Hold introsamtalen"), 7),
    S.TRIAL: (_("Opfølgende samtale før prøveperioden slutter"), 7 * 7),
    S.ACTIVE: ("", None),
    S.PAUSED: (_("Ring og hør, om pausen er slut"), 8 * 7),
    S.LEFT: ("", None),
}
