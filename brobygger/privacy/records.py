"""Everything held on one person, found by walking the models rather than listing them.

A citizen's records are every row of every model that points at the citizen, directly or
through a chain of foreign keys (a feedback share → its referral → the case → the citizen).
The walk reads Django's model registry, so a model added next year is exported and anonymised
without anyone remembering this file; ``tests/privacy/test_records.py`` checks the walk against
an independent search of the registry.

The same walk serves the export (art. 15) and the anonymisation (art. 17): what is shown is
what is neutralised.
"""

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import Any

from django.db import models

# Relations the walk does not follow, and why. A key is (model label, field name).
NOT_FOLLOWED: dict[tuple[str, str], str] = {
    # A referral only suspected to be about an open case may be about someone else with the
    # same name: it belongs to the citizen only once a link worker has confirmed it.
    ("referrals.referral", "suspected_case"): "unconfirmed duplicate, may be another person",
}
# Chains longer than this are not followed (a guard against walking the whole database).
MAX_DEPTH = 4
# Technical fields that are no one's business in an export: secrets and derived copies.
# (A version is the edit forms' lost-update counter; a public_id is the link to a receipt page.)
HIDDEN_FIELDS = frozenset(
    {
        "password",
        "calendar_token",
        "intake_token",
        "public_id",
        "name_key",
        "phone_key",
        "hash",
        "prev_hash",
        "version",
    }
)


@dataclass(frozen=True)
class Holding:
    """A model holding rows about one person, and the lookups from it to the person."""

    model: type[models.Model]
    lookups: tuple[str, ...]  # empty for the person's own model

    @property
    def label(self) -> str:
        return self.model._meta.label_lower


def holdings(root: type[models.Model]) -> list[Holding]:
    """The person's own model first, then every model that points at it, nearest first."""
    found: dict[type[models.Model], list[str]] = {}
    queue: deque[tuple[type[models.Model], str, tuple[type[models.Model], ...]]] = deque(
        [(root, "", (root,))]
    )
    while queue:
        model, prefix, chain = queue.popleft()
        for relation in model._meta.related_objects:
            related = relation.related_model
            field = relation.field
            if (related._meta.label_lower, field.name) in NOT_FOLLOWED or related in chain:
                continue
            lookup = f"{field.name}__{prefix}" if prefix else field.name
            if lookup.count("__") >= MAX_DEPTH:
                continue
            found.setdefault(related, []).append(lookup)
            queue.append((related, lookup, (*chain, related)))
    return [Holding(root, ()), *(Holding(m, tuple(ls)) for m, ls in found.items())]


def rows(person: models.Model, holding: Holding) -> models.QuerySet[Any]:
    """The rows of one holding that are about ``person``."""
    manager = holding.model._default_manager
    if not holding.lookups:
        return manager.filter(pk=person.pk)
    about = reduce(or_, (models.Q(**{lookup: person.pk}) for lookup in holding.lookups))
    # A subquery, so a chain through a many-to-many relation never repeats a row.
    return manager.filter(pk__in=manager.filter(about).values("pk")).order_by("pk")


def records_of(person: models.Model) -> Iterator[tuple[Holding, list[models.Model]]]:
    """Every holding with the person's rows in it (holdings without rows are left out)."""
    for holding in holdings(type(person)):
        related = [f.name for f in holding.model._meta.concrete_fields if f.is_relation]
        found = list(rows(person, holding).select_related(*related))
        if found:
            yield holding, found


def shown_fields(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    return [f for f in model._meta.concrete_fields if f.name not in HIDDEN_FIELDS]


def json_value(obj: models.Model, field: models.Field[Any, Any]) -> Any:
    """A field's value as JSON can hold it; a relation as the text of what it points at."""
    if field.is_relation:
        target = getattr(obj, field.name)
        return None if target is None else str(target)
    value = getattr(obj, field.attname)
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def identifiers(obj: models.Model, names: Iterable[str]) -> list[str]:
    """The non-empty values of ``names`` on ``obj``: what must not survive anonymisation."""
    values = [str(getattr(obj, name, "") or "").strip() for name in names]
    return [v for v in values if len(v) >= 3]
