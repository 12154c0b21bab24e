"""Import plans → rows, matched on ``hsds_id``. A row whose values did not change is not saved,
so re-importing the same file changes nothing (not even ``updated_at``, which
``modified_after`` clients rely on)."""

import contextlib
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import time
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
    Pause,
    Schedule,
    Taxonomy,
    Term,
)
from brobygger.directory.services import place_location, refresh_search_document
from brobygger.lib.timezones import aware_local

from .extensions import PausePlan
from .plans import LocationPlan, OfferPlan, OrganisationPlan, Plan, SchedulePlan
from .report import ImportReport, Problems

M = TypeVar("M", bound=models.Model)
ID_BATCH = 500  # ids per query: well below SQLite's limit on parameters
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
        self.pending_offer: int | None = None
        self.offer_pks: list[int] = []  # offers whose search words are rebuilt at the end
        self.removed_schedules = 0
        # The planned ids already in the database, read once per table, so that a new row
        # costs no query to learn it is new. An id met a second time is looked up again.
        self.existing: dict[type[models.Model], set[uuid.UUID]] = {}
        self.seen: dict[type[models.Model], set[uuid.UUID]] = defaultdict(set)

    def run(self) -> None:
        self._vocabulary()
        self._read_existing_ids()
        for org in self.plan.organisations.values():
            self._guarded("organisations", org, self._organisation)
        for place in self.plan.locations.values():
            self._guarded("locations", place, self._location)
        label = _("Importerer tilbud")
        for offer in self.progress(self.plan.offers, label, len(self.plan.offers)):
            self._guarded("offers", offer, self._offer)
        self.report.count("offers", "skipped", self.plan.unplanned)
        self._refresh_search_documents()

    def _guarded(
        self,
        entity: str,
        plan: OrganisationPlan | LocationPlan | OfferPlan,
        apply: Callable[[Any], None],
    ) -> None:
        """One record in its own savepoint: if the database refuses it, only it is lost."""
        self.pending = []
        self.pending_offer = None
        if plan.ok:
            try:
                with transaction.atomic():
                    apply(plan)
                for counted_entity, outcome in self.pending:
                    self.report.count(counted_entity, outcome)
                if self.pending_offer is not None:
                    self.offer_pks.append(self.pending_offer)
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

    def _read_existing_ids(self) -> None:
        plan = self.plan
        planned: dict[type[models.Model], list[uuid.UUID]] = {
            Organisation: list(plan.organisations),
            Contact: [c.hsds_id for o in plan.organisations.values() for c in o.contacts or []],
            Location: list(plan.locations),
            Offer: [o.hsds_id for o in plan.offers],
            Schedule: [s.hsds_id for o in plan.offers for s in o.schedules or []],
        }
        for model, ids in planned.items():
            found: set[uuid.UUID] = set()
            for start in range(0, len(ids), ID_BATCH):
                found.update(
                    model._default_manager.filter(
                        hsds_id__in=ids[start : start + ID_BATCH]
                    ).values_list("hsds_id", flat=True)
                )
            self.existing[model] = found

    def _find(self, model: type[M], hsds_id: uuid.UUID) -> M | None:
        first_time = hsds_id not in self.seen[model]
        self.seen[model].add(hsds_id)
        if first_time and model in self.existing and hsds_id not in self.existing[model]:
            return None
        return model._default_manager.filter(hsds_id=hsds_id).first()

    def _upsert(
        self,
        model: type[M],
        hsds_id: uuid.UUID,
        values: dict[str, Any],
        *,
        entity: str,
        prepare: Callable[[M], None] | None = None,
    ) -> tuple[M, str]:
        obj = self._find(model, hsds_id)
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
            # Foreign keys point at rows this import just found or wrote, and the validator
            # checked what the constraints check (the database still enforces them): leaving
            # both out saves a query per key and per constraint on every row.
            obj.full_clean(
                exclude=_foreign_keys(model), validate_unique=False, validate_constraints=False
            )
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
        org, outcome = self._upsert(Organisation, plan.hsds_id, plan.values, entity="organisations")
        if plan.contacts is not None:
            for person in plan.contacts:
                self._upsert(
                    Contact,
                    person.hsds_id,
                    person.values | {"organisation_id": org.pk},
                    entity="contacts",
                )
            if outcome != "created":
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

        def confirm(offer: Offer) -> None:
            # HSDS carries the date only: keep our exact time when the day is the same.
            if plan.assured is not None and (
                offer._state.adding or timezone.localdate(offer.last_confirmed_at) != plan.assured
            ):
                offer.last_confirmed_at = aware_local(plan.assured, time(12))

        offer, outcome = self._upsert(Offer, plan.hsds_id, values, entity="offers", prepare=confirm)
        new = outcome == "created"  # nothing hangs off it yet: no need to read what does
        changed = False
        if plan.term_codes is not None:
            changed |= self._set_terms(offer, plan.term_codes, new=new)
        if plan.schedules is not None:
            changed |= self._set_schedules(offer, plan.schedules, new=new)
        if plan.pauses is not None:
            changed |= self._set_pauses(offer, plan.pauses, new=new)
        if outcome == "unchanged" and changed:
            offer.save(update_fields=["updated_at"])  # last_modified must move
            self.pending[self.pending.index(("offers", "unchanged"))] = ("offers", "updated")
        self.pending_offer = offer.pk

    def _set_terms(self, offer: Offer, codes: list[str], *, new: bool) -> bool:
        wanted = [self.terms[code] for code in codes if code in self.terms]
        if new:
            Offer.terms.through.objects.bulk_create(
                Offer.terms.through(offer_id=offer.pk, term_id=term.pk) for term in wanted
            )
            return bool(wanted)
        if set(offer.terms.values_list("code", flat=True)) == {t.code for t in wanted}:
            return False
        offer.terms.set(wanted)
        return True

    def _set_schedules(self, offer: Offer, plans: list[SchedulePlan], *, new: bool) -> bool:
        changed = False
        for plan in plans:
            _schedule, outcome = self._upsert(
                Schedule, plan.hsds_id, plan.values | {"offer_id": offer.pk}, entity="schedules"
            )
            changed |= outcome != "unchanged"
        if new:
            return changed
        gone = offer.schedules.exclude(hsds_id__in=[p.hsds_id for p in plans])
        removed = gone.delete()[0]
        self.removed_schedules += removed
        return changed or removed > 0

    def _set_pauses(self, offer: Offer, plans: list[PausePlan], *, new: bool) -> bool:
        """Pauses have no HSDS id: they match on their days (a yearly one on day and month,
        so importing the same file next year changes nothing)."""
        wanted = {_pause_key(p): p for p in plans}
        gone = []
        for pause in [] if new else offer.pauses.all():
            if wanted.pop(_pause_key(pause), None) is None:
                gone.append(pause.pk)
        if gone:
            Pause.objects.filter(pk__in=gone).delete()
        Pause.objects.bulk_create(
            Pause(
                offer=offer,
                starts_on=p.starts_on,
                ends_on=p.ends_on,
                every_year=p.every_year,
                note=p.note,
            )
            for p in wanted.values()
        )
        return bool(gone or wanted)

    def _refresh_search_documents(self) -> None:
        """The search words of every imported offer, which include its organiser's and
        place's names: rebuilt in batches that read those and the terms in a few queries."""
        batch = 500
        for start in range(0, len(self.offer_pks), batch):
            offers = (
                Offer.objects.filter(pk__in=self.offer_pks[start : start + batch])
                .select_related("organisation", "location__postal_code")
                .prefetch_related("terms")
            )
            for offer in offers:
                refresh_search_document(offer)


def _foreign_keys(model: type[models.Model]) -> list[str]:
    return [f.name for f in model._meta.concrete_fields if f.is_relation]


def _pause_key(pause: Pause | PausePlan) -> tuple[object, ...]:
    days: tuple[object, ...] = (pause.starts_on, pause.ends_on)
    if pause.every_year:
        days = tuple((d.month, d.day) for d in (pause.starts_on, pause.ends_on))
    return (pause.every_year, pause.note, *days)
