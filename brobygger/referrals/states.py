"""The case (forløb) state machine as data: states, transitions and who may make each.

Tests enumerate TRANSITIONS; ``actions.change_state`` is the only code that moves a case.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseState(models.TextChoices):
    RECEIVED = "received", _("Modtaget")
    CONTACTED = "contacted", _("Kontaktet")
    CONVERSATION_HELD = "conversation_held", _("Samtale holdt")
    PLAN_MADE = "plan_made", _("Plan lagt")
    MATCHED = "matched", _("Matchet med fællesskab")
    ATTENDING = "attending", _("Deltager")
    FOLLOW_UP = "follow_up", _("Opfølgning")
    CLOSED = "closed", _("Afsluttet")
    DECLINED = "declined", _("Borgeren takkede nej")
    UNREACHABLE = "unreachable", _("Kunne ikke træffes")
    WITHDRAWN = "withdrawn", _("Trukket tilbage")


OPEN_STATES = frozenset(
    {
        CaseState.RECEIVED,
        CaseState.CONTACTED,
        CaseState.CONVERSATION_HELD,
        CaseState.PLAN_MADE,
        CaseState.MATCHED,
        CaseState.ATTENDING,
        CaseState.FOLLOW_UP,
    }
)
END_STATES = frozenset(
    {
        CaseState.CLOSED,
        CaseState.DECLINED,
        CaseState.UNREACHABLE,
        CaseState.WITHDRAWN,
    }
)

S = CaseState
# Forward steps of the usual path; a step may be repeated backwards where life does that
# (a match that failed goes back to the plan).
_PATH = {
    S.RECEIVED: {S.CONTACTED},
    S.CONTACTED: {S.CONVERSATION_HELD},
    S.CONVERSATION_HELD: {S.PLAN_MADE},
    S.PLAN_MADE: {S.MATCHED},
    S.MATCHED: {S.ATTENDING, S.PLAN_MADE},
    S.ATTENDING: {S.FOLLOW_UP, S.PLAN_MADE},
    S.FOLLOW_UP: {S.CLOSED, S.PLAN_MADE, S.ATTENDING},
}
TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    state: frozenset(
        _PATH.get(state, set())
        # Any open case can end early: the citizen says no, cannot be reached or withdraws.
        | ({S.DECLINED, S.UNREACHABLE, S.WITHDRAWN} if state in OPEN_STATES else set())
    )
    for state in CaseState
}
# A closed case can be reopened by its team when the citizen comes back.
TRANSITIONS[S.CLOSED] = frozenset({S.PLAN_MADE})
TRANSITIONS[S.UNREACHABLE] = frozenset({S.CONTACTED})


def allowed(current: str, target: str) -> bool:
    return CaseState(target) in TRANSITIONS[CaseState(current)]


class Outcome(models.TextChoices):
    JOINED = "joined", _("Borgeren er startet i et fællesskab")
    JOINED_SEVERAL = "joined_several", _("Borgeren er startet i flere fællesskaber")
    OWN_WAY = "own_way", _("Borgeren har fundet sin egen vej")
    NOT_JOINED = "not_joined", _("Borgeren startede ikke")
    OTHER_HELP = "other_help", _("Henvist til anden hjælp")


class Reason(models.TextChoices):
    LONELINESS = "loneliness", _("Ensomhed")
    INACTIVITY = "inactivity", _("Inaktivitet")
    GRIEF = "grief", _("Sorg")
    NEW_IN_AREA = "new_in_area", _("Ny i området")
    CARER_STRAIN = "carer_strain", _("Belastet pårørende")
    LOW_MOOD = "low_mood", _("Nedtrykthed")
    OTHER = "other", _("Andet")


class Urgency(models.TextChoices):
    NORMAL = "normal", _("Inden for et par uger")
    SOON = "soon", _("Inden for en uge")
    URGENT = "urgent", _("Hurtigst muligt")


class ReferrerKind(models.TextChoices):
    GP = "gp", _("Praktiserende læge")
    NURSE = "nurse", _("Sygeplejerske")
    HOME_CARE = "home_care", _("Hjemmepleje")
    RELATIVE = "relative", _("Pårørende")
    ASSOCIATION = "association", _("Forening")
    SELF = "self", _("Borgeren selv")
    OTHER = "other", _("Anden fagperson")


class FeedbackLevel(models.TextChoices):
    NONE = "none", _("Henviseren må ikke få besked")
    STATUS = "status", _("Henviseren må få en kort status")
