"""What each field of a person's records becomes when the person is anonymised.

The rule is generic, so a new model or field is covered the day it is added: every text and
JSON value is emptied (or, where a value is required, replaced by a neutral word); codes
(fields with choices), dates, numbers and relations stay, because statistics need them (when,
which state, which area, what outcome) and they identify no one on their own. The exceptions
are listed below, each for a reason.
"""

from typing import Any

from django.db import models

ANONYMOUS_CITIZEN = "Anonymiseret borger"
ANONYMOUS_VOLUNTEER = "Anonymiseret frivillig"
MARKER = "Anonymiseret"

# Kept although they are text: codes and fixed sentences, none of which says who someone is.
KEPT: dict[str, frozenset[str]] = {
    # The receipt number is a random code; the referrer's workplace and the reasons (codes
    # such as "loneliness") are what statistics on referrals count.
    "referrals.referral": frozenset({"receipt", "referrer_organisation", "reasons"}),
    # One of four fixed sentences ("Borgeren er startet i et fællesskab.").
    "referrals.feedbackshare": frozenset({"message"}),
    # Codes of what the volunteer wanted to do: the corps figures count them.
    "volunteers.volunteer": frozenset({"task_kinds", "interests"}),
}
# Names are replaced by a word that says what happened, so lists still read sensibly.
NAMES: dict[str, dict[str, str]] = {
    "referrals.citizen": {"full_name": ANONYMOUS_CITIZEN},
    "referrals.referral": {"citizen_name": ANONYMOUS_CITIZEN},
    "volunteers.volunteer": {"full_name": ANONYMOUS_VOLUNTEER},
}
# A birth year becomes its decade (1947 → 1940): age groups stay countable.
DECADES: dict[str, frozenset[str]] = {
    "referrals.citizen": frozenset({"birth_year"}),
    "referrals.referral": frozenset({"citizen_birth_year"}),
    "volunteers.volunteer": frozenset({"birth_year"}),
}


def neutral_changes(obj: models.Model) -> dict[str, Any]:
    """The field values that make ``obj`` say nothing about who it concerns (only the ones
    that differ from what is stored)."""
    label = obj._meta.label_lower
    kept = KEPT.get(label, frozenset())
    changes: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.primary_key or field.is_relation or field.name in kept:
            continue
        current = getattr(obj, field.attname)
        if field.name in DECADES.get(label, frozenset()):
            new: Any = None if current is None else current - current % 10
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            new = _neutral_text(obj, field, NAMES.get(label, {}).get(field.name))
        elif isinstance(field, models.JSONField):
            new = type(current)() if isinstance(current, list | dict) else None
            if new is None and not field.null:
                new = {}
        else:
            continue
        if new != current:
            changes[field.attname] = new
    return changes


def _neutral_text(obj: models.Model, field: models.Field[Any, Any], name: str | None) -> str:
    text = name or ("" if field.blank else MARKER)
    if field.unique:
        text = f"{text or MARKER}-{obj.pk}"
    return text[: field.max_length] if field.max_length else text
