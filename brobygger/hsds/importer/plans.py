"""What validation hands to ``apply``: checked, converted values, one plan per record."""

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from brobygger.areas.models import PostalCode
from brobygger.directory.models import Taxonomy, Term

from .extensions import PausePlan
from .report import Where


@dataclass
class TaxonomyPlan:
    slug: str
    name: str
    description: str
    hsds_id: uuid.UUID | None


@dataclass
class TermPlan:
    code: str
    name: str
    description: str
    taxonomy_slug: str
    hsds_id: uuid.UUID | None
    where: Where


@dataclass
class ContactPlan:
    hsds_id: uuid.UUID
    values: dict[str, Any]
    where: Where


@dataclass
class OrganisationPlan:
    hsds_id: uuid.UUID
    values: dict[str, Any]
    contacts: list[ContactPlan] | None
    where: Where
    ok: bool = True


@dataclass
class LocationPlan:
    hsds_id: uuid.UUID
    values: dict[str, Any]
    virtual: bool
    organisation_ref: tuple[uuid.UUID, Where] | None
    where: Where
    ok: bool = True


@dataclass
class SchedulePlan:
    hsds_id: uuid.UUID
    values: dict[str, Any]
    where: Where


@dataclass
class OfferPlan:
    hsds_id: uuid.UUID
    values: dict[str, Any]
    organisation_ref: tuple[uuid.UUID, Where]
    # None: leave the offer's place alone; a pair (None, …): the offer has no place.
    location_ref: tuple[uuid.UUID | None, Where] | None
    term_codes: list[str] | None
    schedules: list[SchedulePlan] | None
    assured: date | None
    where: Where
    ok: bool = True
    # None: leave the offer's pauses alone (it came without its alert and meeting times).
    pauses: list[PausePlan] | None = None


@dataclass
class Plan:
    taxonomies: dict[str, TaxonomyPlan] = field(default_factory=dict)  # new ones, by slug
    terms: dict[str, TermPlan] = field(default_factory=dict)  # new ones, by code
    organisations: dict[uuid.UUID, OrganisationPlan] = field(default_factory=dict)
    locations: dict[uuid.UUID, LocationPlan] = field(default_factory=dict)
    offers: list[OfferPlan] = field(default_factory=list)
    unplanned: int = 0  # service records too broken to plan (no id or organisation)


@dataclass
class Lookups:
    """The reference data validation needs, read once."""

    postal_codes: dict[str, PostalCode]
    terms_by_code: dict[str, Term]
    terms_by_id: dict[uuid.UUID, Term]
    taxonomies: list[Taxonomy]

    @classmethod
    def load(cls) -> "Lookups":
        terms = list(Term.objects.select_related("taxonomy"))
        return cls(
            postal_codes={p.code: p for p in PostalCode.objects.all()},
            terms_by_code={t.code: t for t in terms},
            terms_by_id={t.hsds_id: t for t in terms},
            taxonomies=list(Taxonomy.objects.all()),
        )
