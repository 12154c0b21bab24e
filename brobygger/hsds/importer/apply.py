"""Import plans → rows, matched on ``hsds_id``. A row whose values did not change is not saved,
so re-importing the same file changes nothing (not even ``updated_at``, which
``modified_after`` clients rely on)."""

import contextlib
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, time
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import DatabaseError, models, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from brobygger.directory.models import (
    Contact,
    Location,
    LocationKind,
    Offer,
    Organisation,
    Schedule,
    Taxonomy,
    Term,
)
from brobygger.directory.services import place_location, refresh_search_document

from .plans import LocationPlan, OfferPlan, OrganisationPlan, Plan, SchedulePlan
from .report import ImportReport, Problems

M = TypeVar("M", bound=models.Model)
Progress = Callable[[Iterable[Any], str, int], Iterable[Any]]


def no_progress(items: Iterable[Any], _label: str, _total: int) -> Iterable[Any]:
    return items


class DependencyFailed(Exception):
    """An organisation or place this record needs was not imported."""


def _state(obj: models.Model) -> dict[str, Any]:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


def _message(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return "; ".join(f"{name}: {' '.join(errors)}" for name, errors in exc.message_dict.items())
    return " ".join(exc.messages)


class Applier:
    def __init__(
        self, plan: Plan, report: ImportReport, problems: Problems, progress: Progress = no_progress
    ) -> None:
        self.plan = plan
        self.report = report
        self.problems = problems
        self.progress = progress
        self.org_pks: dict[uuid.UUID, int] = {}
        self.place_pks: dict[uuid.UUID, int] = {}
        self.terms: dict[str, Term] = {}
        self.pending: list[tuple[str, str]] = []  # counts kept only if the record commits
        self.removed_schedules = 0

    def run(self) -> None:
        self._vocabulary()
        for org in self.plan.organisations.values():
            self._guarded("organisations", org, self._organisation)
        for place in self.plan.locations.values():
            self._guarded("locations", place, self._location)
        label = _("Importerer tilbud")
        for offer in self.progress(self.plan.offers, label, len(self.plan.offers)):
            self._guarded("offers", offer, self._offer)
        self.report.count("offers", "skipped", self.plan.unplanned)

    def _guarded(
        self,
        entity: str,
        plan: OrganisationPlan | LocationPlan | OfferPlan,
        apply: Callable[[Any], None],
    ) -> None:
        """One record in its own savepoint: if the database refuses it, only it is lost."""
        self.pending = []
        if plan.ok:
            try:
                with transaction.atomic():
                    apply(plan)
                for counted_entity, outcome in self.pending:
                    self.report.count(counted_entity, outcome)
                return
            except DependencyFailed:
                pass
            except ValidationError as exc:
                self.problems.error(plan.where, _message(exc))
            except DatabaseError as exc:
                self.problems.error(
                    plan.where,
                    _("databasen kunne ikke gemme posten: %(error)s") % {"error": exc},
                )
            plan.ok = False
        self.report.count(entity, "skipped")

    def _upsert(
        self,
        model: type[M],
        hsds_id: uuid.UUID,
        values: dict[str, Any],
        *,
        entity: str,
        prepare: Callable[[M], None] | None = None,
    ) -> tuple[M, str]:
        obj = model._default_manager.filter(hsds_id=hsds_id).first()
        created = obj is None
        if obj is None:
            obj = model(hsds_id=hsds_id)
        before = _state(obj)
        for name, value in values.items():
            setattr(obj, name, value)
        if prepare is not None:
            prepare(obj)
        outcome = "created" if created else "updated"
        if not created and _state(obj) == before:
            outcome = "unchanged"
        else:
            obj.full_clean(validate_unique=False)
            obj.save()
        self.pending.append((entity, outcome))
        return obj, outcome

    # Vocabulary ---------------------------------------------------------------------------

    def _free_id(self, model: type[models.Model], wanted: uuid.UUID | None) -> uuid.UUID:
        if wanted is not None and not model._default_manager.filter(hsds_id=wanted).exists():
            return wanted
        return uuid.uuid4()

    def _vocabulary(self) -> None:
        for tax in self.plan.taxonomies.values():
            if Taxonomy.objects.filter(slug=tax.slug).exists():
                self.report.count("taxonomies", "unchanged")
                continue
            Taxonomy.objects.create(
                slug=tax.slug,
                name=tax.name,
                description=tax.description,
                hsds_id=self._free_id(Taxonomy, tax.hsds_id),
            )
            self.report.count("taxonomies", "created")
        for term in self.plan.terms.values():
            if Term.objects.filter(code=term.code).exists():
                self.report.count("terms", "unchanged")
                continue
            taxonomy = Taxonomy.objects.get(slug=term.taxonomy_slug)
            last = taxonomy.terms.aggregate(last=Max("position"))["last"]
            Term.objects.create(
                taxonomy=taxonomy,
                code=term.code,
                name=term.name,
                description=term.description,
                hsds_id=self._free_id(Term, term.hsds_id),
                position=(last + 1) if last is not None else 0,
            )
            self.report.count("terms", "created")
        self.terms = {t.code: t for t in Term.objects.all()}

    # Organisations and places -------------------------------------------------------------

    def _organisation(self, plan: OrganisationPlan) -> None:
        org = self._upsert(Organisation, plan.hsds_id, plan.values, entity="organisations")[0]
        if plan.contacts is not None:
            for person in plan.contacts:
                self._upsert(
                    Contact,
                    person.hsds_id,
                    person.values | {"organisation_id": org.pk},
                    entity="contacts",
                )
            org.contacts.exclude(hsds_id__in=[c.hsds_id for c in plan.contacts]).delete()
        self.org_pks[plan.hsds_id] = org.pk

    def _org_pk(self, hsds_id: uuid.UUID) -> int:
        if hsds_id not in self.org_pks:
            if hsds_id in self.plan.organisations:  # planned but not imported
                raise DependencyFailed
            self.org_pks[hsds_id] = Organisation.objects.get(hsds_id=hsds_id).pk
        return self.org_pks[hsds_id]

    def _place_pk(self, hsds_id: uuid.UUID) -> int:
        if hsds_id not in self.place_pks:
            if hsds_id in self.plan.locations:
                raise DependencyFailed
            self.place_pks[hsds_id] = Location.objects.get(hsds_id=hsds_id).pk
        return self.place_pks[hsds_id]

    def _location(self, plan: LocationPlan) -> None:
        values = dict(plan.values)
        if plan.organisation_ref is not None:
            with contextlib.suppress(DependencyFailed):  # the place is fine without it
                values["organisation_id"] = self._org_pk(plan.organisation_ref[0])

        def prepare(place: Location) -> None:
            if plan.virtual:
                place.kind = LocationKind.VIRTUAL
            elif place.kind == LocationKind.VIRTUAL:
                place.kind = LocationKind.OTHER
            place_location(place)

        place = self._upsert(Location, plan.hsds_id, values, entity="locations", prepare=prepare)[0]
        self.place_pks[plan.hsds_id] = place.pk

    # Offers -------------------------------------------------------------------------------

    def _offer(self, plan: OfferPlan) -> None:
        values = dict(plan.values)
        values["organisation_id"] = self._org_pk(plan.organisation_ref[0])
        if plan.location_ref is not None:
            place_id = plan.location_ref[0]
            values["location_id"] = self._place_pk(place_id) if place_id else None
        if plan.assured is not None:
            confirmed = (
                Offer.objects.filter(hsds_id=plan.hsds_id)
                .values_list("last_confirmed_at", flat=True)
                .first()
            )
            # HSDS carries the date only: keep our exact time when the day is the same.
            if confirmed is None or timezone.localdate(confirmed) != plan.assured:
                values["last_confirmed_at"] = timezone.make_aware(
                    datetime.combine(plan.assured, time(12))
                )
        offer, outcome = self._upsert(Offer, plan.hsds_id, values, entity="offers")
        changed = False
        if plan.term_codes is not None:
            changed |= self._set_terms(offer, plan.term_codes)
        if plan.schedules is not None:
            changed |= self._set_schedules(offer, plan.schedules)
        if outcome == "unchanged" and changed:
            offer.save(update_fields=["updated_at"])  # last_modified must move
            self.pending[self.pending.index(("offers", "unchanged"))] = ("offers", "updated")
        refresh_search_document(offer)

    def _set_terms(self, offer: Offer, codes: list[str]) -> bool:
        wanted = [self.terms[code] for code in codes if code in self.terms]
        if set(offer.terms.values_list("code", flat=True)) == {t.code for t in wanted}:
            return False
        offer.terms.set(wanted)
        return True

    def _set_schedules(self, offer: Offer, plans: list[SchedulePlan]) -> bool:
        changed = False
        for plan in plans:
            _schedule, outcome = self._upsert(
                Schedule, plan.hsds_id, plan.values | {"offer_id": offer.pk}, entity="schedules"
            )
            changed |= outcome != "unchanged"
        gone = offer.schedules.exclude(hsds_id__in=[p.hsds_id for p in plans])
        removed = gone.delete()[0]
        self.removed_schedules += removed
        return changed or removed > 0
