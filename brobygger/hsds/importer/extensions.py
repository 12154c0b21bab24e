"""What Brobygger keeps that HSDS 3.0 has no field for, and how it travels in HSDS.

HSDS invites such additions ("extend" pattern); we follow its design where a field comes close:

- the kind of an organiser or a place is a classification, so it is an attribute whose term is
  ``organisation-kind:<kind>`` or ``location-kind:<kind>`` (like a place's wheelchair flag);
- a seasonal pause is a short-term notice, so it is the service's ``alert``, in the words our
  API writes: "Holder pause hvert år 26.06.–09.08." or "Holder pause 01.07.2026–31.07.2026";
- an offer's ``summary``, ``host`` and ``capacity`` have no counterpart and are extra fields of
  the service (a CSV package declares them in its datapackage.json).

Other publishers know none of these, so when one is absent ours is left alone. The functions
only read and check; ``validate`` puts the values in the plans.
"""

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from brobygger.directory.models import LocationKind, Offer, OrganisationKind

from ..wording import shown
from .fields import Fields
from .report import Node, Problems

ORGANISATION_KIND = "organisation-kind"
LOCATION_KIND = "location-kind"
# A place's kind "online" follows its location_type, not an attribute.
KIND_CHOICES: dict[str, list[str]] = {
    ORGANISATION_KIND: list(OrganisationKind.values),
    LOCATION_KIND: [k for k in LocationKind.values if k != LocationKind.VIRTUAL],
}

_DAY = r"(\d{1,2})\.(\d{1,2})\.(\d{4})?"
PAUSE_RE = re.compile(
    rf"Holder pause (?P<yearly>hvert år )?{_DAY}\s*[–-]\s*{_DAY}"
    r"(?: \((?P<note>.*?)\)(?=\.? Holder pause |\.?\s*$))?"
)
FIRST_YEAR, LAST_YEAR = 1900, 2100
NOTE_LENGTH = 200


@dataclass(frozen=True)
class PausePlan:
    starts_on: date
    ends_on: date
    every_year: bool
    note: str


def kind_taxonomy(code: str) -> str:
    """'location-kind:library' → 'location-kind'; '' for a code that names no kind."""
    taxonomy = code.partition(":")[0]
    return taxonomy if taxonomy in KIND_CHOICES else ""


def check_kind(code: str, node: Node, problems: Problems) -> str | None:
    """The kind a kind attribute names, or None (with a warning) when we do not know it."""
    taxonomy, _sep, value = code.partition(":")
    if value in KIND_CHOICES.get(taxonomy, []):
        return value
    problems.warn(
        node.where,
        _("typen »%(value)s« kendes ikke (kendte typer: %(choices)s), så den springes over.")
        % {"value": shown(code), "choices": ", ".join(KIND_CHOICES.get(taxonomy, []))},
    )
    return None


def offer_fields(f: Fields) -> dict[str, Any]:
    """The service's extra fields summary, host and capacity, where given."""
    values: dict[str, Any] = {}
    if f.has("summary"):
        values["summary"] = f.text("summary", _max_length("summary"))
    if f.has("host"):
        values["host"] = f.text("host", _max_length("host"))
    if f.has("capacity"):
        capacity = f.number("capacity", 1, 100_000, whole=True)
        values["capacity"] = int(capacity) if capacity is not None else None
    return values


def _max_length(name: str) -> int | None:
    return getattr(Offer._meta.get_field(name), "max_length", None)


def pauses(f: Fields, today: date) -> list[PausePlan]:
    """The pauses written in the service's alert; other notices in it are not pauses."""
    text = f.text("alert")
    found: list[PausePlan] = []
    for match in PAUSE_RE.finditer(text):
        plan = _pause(match, today)
        if plan is None:
            f.problems.warn(
                f.node.where.at("alert"),
                _(
                    "pausen »%(text)s« har en dato, der ikke findes eller ligger uden for "
                    "1900–2100, eller den slutter, før den begynder, så den springes over."
                )
                % {"text": shown(match.group(0))},
            )
        elif plan not in found:
            found.append(plan)
    return found


def _pause(match: re.Match[str], today: date) -> PausePlan | None:
    sd, sm, sy, ed, em, ey = (int(g) if g else None for g in match.groups()[1:7])
    note = (match["note"] or "").strip()[:NOTE_LENGTH]
    try:
        if match["yearly"]:
            # As the owners' form keeps it: from this year's start day; a pause over New
            # Year ends the year after.
            starts = date(today.year, sm or 0, sd or 0)
            wraps = (em or 0, ed or 0) < (sm or 0, sd or 0)
            ends = date(today.year + wraps, em or 0, ed or 0)
        elif sy is None or ey is None:
            return None
        else:
            starts, ends = date(sy, sm or 0, sd or 0), date(ey, em or 0, ed or 0)
    except ValueError:
        return None
    if starts > ends or not FIRST_YEAR <= starts.year <= ends.year <= LAST_YEAR:
        return None
    return PausePlan(starts, ends, bool(match["yearly"]), note)
