"""HSDS nodes → import plans: every value checked and converted before anything is written.

Each problem is recorded with the place it was read from. A plan is ``ok`` when neither it
nor anything it depends on (its organisation, place, terms) had an error, so ``--skip-errors``
can import exactly the records that are whole.

Nested lists follow one rule: a list that is absent leaves what we have alone (a
service_list item carries no schedules, but the offer keeps its own), while a list that is
present, even empty, replaces it. Absent single values are empty, as HSDS exports leave
empty values out.
"""

import uuid
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from brobygger.areas.models import PostalCode
from brobygger.directory.models import Frequency, Location, Organisation
from brobygger.directory.schedules import BYDAY_RE, WEEKDAY_CODES, ScheduleError, parse_byday

from ..serializers import FULL_CODE, HEARING_LOOP_CODE, HSDS_TO_STATUS, WHEELCHAIR_CODE
from ..wording import shown
from . import extensions
from .fields import Fields, phone_number
from .plans import (
    ContactPlan,
    LocationPlan,
    Lookups,
    OfferPlan,
    OrganisationPlan,
    Plan,
    SchedulePlan,
    TaxonomyPlan,
    TermPlan,
)
from .report import Node, Problems, Where
from .sources import Batch

DANISH = ("", "DK", "DNK", "DENMARK", "DANMARK")
FALSE_VALUES = ("false", "0", "no", "nej")
MAX_PRICE = Decimal("999999.99")


def code_slug(text: str) -> str:
    """'Målgrupper' → 'maalgrupper': the vocabulary's own way of writing codes."""
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return slugify(text)


# The validator ----------------------------------------------------------------------------


class Validator:
    def __init__(self, problems: Problems, lookups: Lookups) -> None:
        self.problems = problems
        self.lookups = lookups
        self.plan = Plan()

    def batch(self, batch: Batch) -> Plan:
        seen: dict[uuid.UUID, Where] = {}
        for node in batch.services:
            self.service(node, seen)
        for node in batch.organizations:
            self.organisation(node)
        for node in batch.locations:
            self.location(node)
        for node in batch.terms:
            self.term(node)
        self._resolve_references()
        return self.plan

    # Vocabulary ---------------------------------------------------------------------------

    def _taxonomy_slug(self, node: Node, prefix: str) -> str | None:
        """The taxonomy a term belongs to: an existing one where it matches, else a new one."""
        f = Fields(node, self.problems)
        detail = node.get("taxonomy_detail")
        detail = detail if isinstance(detail, Node) else None
        detail_f = Fields(detail, self.problems) if detail is not None else None
        wanted_id = (detail_f.uuid("id", required=False) if detail_f else None) or f.uuid(
            "taxonomy_id", required=False
        )
        name = (detail_f.text("name", 100) if detail_f else "") or f.text("taxonomy", 100)
        for tax in self.lookups.taxonomies:
            if (
                tax.slug == prefix
                or (wanted_id and tax.hsds_id == wanted_id)
                or (name and name.lower() in (tax.slug, tax.name.lower()))
            ):
                return tax.slug
        # A code's prefix is the taxonomy's slug, as in "interest:sang".
        name = name or prefix
        slug = prefix or code_slug(name)[:40]
        if not slug:
            return None
        if slug not in self.plan.taxonomies and slug not in {
            t.slug for t in self.lookups.taxonomies
        }:
            description = detail_f.text("description") if detail_f else ""
            self.plan.taxonomies[slug] = TaxonomyPlan(slug, name, description, wanted_id)
        return slug

    def term(self, node: Node) -> str | None:
        """The code of an existing or new term; existing terms match by code, then by id."""
        f = Fields(node, self.problems)
        before = self.problems.errors
        hsds_id = f.uuid("id", required=False)
        raw_code = f.text("code", 80)
        prefix = raw_code.split(":", 1)[0] if ":" in raw_code else ""
        if prefix and (len(prefix) > 40 or code_slug(prefix) != prefix):
            f.bad(
                "code",
                _(
                    "code »%(code)s«: ordlistens del før »:« skal være en kort kode med kun "
                    "a-z, 0-9 og -, for eksempel interest:sang."
                )
                % {"code": shown(raw_code)},
            )
            return None
        if prefix and raw_code in self.lookups.terms_by_code:
            return raw_code
        slug = self._taxonomy_slug(node, prefix)
        code = raw_code if prefix or not raw_code or not slug else f"{slug}:{raw_code}"
        if code in self.lookups.terms_by_code:
            return code
        if hsds_id in self.lookups.terms_by_id:
            return self.lookups.terms_by_id[hsds_id].code
        if code in self.plan.terms:
            return code
        name = f.text("name", 100, required=True)
        if slug is None:
            self.problems.error(
                node.where,
                _(
                    "et nyt begreb skal høre til en ordliste. Angiv taxonomy, taxonomy_id "
                    "eller taxonomy_detail, eller skriv ordlisten foran i code (som interest:sang)."
                ),
            )
        if not code and name and slug:
            code = f"{slug}:{code_slug(name)}"
        if len(code) > 80:
            f.bad(
                "code",
                _("code »%(code)s« er længere end 80 tegn. Forkort den.") % {"code": shown(code)},
            )
        if self.problems.errors != before or slug is None:
            return None
        used_ids = set(self.lookups.terms_by_id) | {t.hsds_id for t in self.plan.terms.values()}
        self.plan.terms[code] = TermPlan(
            code=code,
            name=name,
            description=f.text("description"),
            taxonomy_slug=slug,
            hsds_id=hsds_id if hsds_id not in used_ids else None,
            where=node.where,
        )
        return code

    def _attribute_code(self, node: Node) -> str | None:
        f = Fields(node, self.problems)
        term = node.get("taxonomy_term")
        if isinstance(term, Node):
            return self.term(term)
        term_id = f.uuid("taxonomy_term_id", required=False)
        if term_id is None:
            if not f.has("taxonomy_term_id"):
                self.problems.error(
                    node.where,
                    _(
                        "attributten mangler sit begreb. Angiv taxonomy_term eller "
                        "taxonomy_term_id."
                    ),
                )
            return None
        if term_id in self.lookups.terms_by_id:
            return self.lookups.terms_by_id[term_id].code
        for plan in self.plan.terms.values():
            if plan.hsds_id == term_id:
                return plan.code
        f.bad(
            "taxonomy_term_id",
            _(
                "taxonomy_term_id %(id)s er ikke et begreb, vi kender. Tag selve begrebet "
                "med i taxonomy_term."
            )
            % {"id": term_id},
        )
        return None

    def _attribute_codes(self, nodes: list[Node]) -> list[str]:
        codes: list[str] = []
        for node in nodes:
            if _switched_off(node):
                continue
            code = self._attribute_code(node)
            if code and code not in codes:
                codes.append(code)
        return codes

    # Organisations ------------------------------------------------------------------------

    def _contact(self, node: Node) -> ContactPlan | None:
        f = Fields(node, self.problems)
        before = self.problems.errors
        hsds_id = f.uuid("id")
        values = {
            "name": f.text("name", 150, required=True),
            "title": f.text("title", 150),
            "email": f.email("email"),
            "phone": phone_number(f.items("phones") or [], self.problems),
        }
        if hsds_id is None or self.problems.errors != before:
            return None
        return ContactPlan(hsds_id, values, node.where)

    def organisation(self, node: Node) -> OrganisationPlan | None:
        f = Fields(node, self.problems)
        hsds_id = f.uuid("id")
        if hsds_id is None:
            return None
        if hsds_id in self.plan.organisations:  # repeated in every service it provides
            return self.plan.organisations[hsds_id]
        before = self.problems.errors
        values = {
            "name": f.text("name", 200, required=True),
            "description": f.text("description"),
            "email": f.email("email"),
            "website": f.url("website"),
            "phone": phone_number(f.items("phones") or [], self.problems),
        }
        attributes = f.items("attributes")
        if attributes is not None:
            values |= self._organisation_kind(attributes)
        contact_nodes = f.items("contacts")
        contacts = (
            None
            if contact_nodes is None
            else [c for c in map(self._contact, contact_nodes) if c is not None]
        )
        plan = OrganisationPlan(
            hsds_id, values, contacts, node.where, ok=self.problems.errors == before
        )
        self.plan.organisations[hsds_id] = plan
        return plan

    def _organisation_kind(self, nodes: list[Node]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for node in nodes:
            code = self._known_code(node)
            if extensions.kind_taxonomy(code) != extensions.ORGANISATION_KIND:
                self.problems.warn(
                    node.where,
                    _(
                        "en arrangør kan kun have attributten %(kind)s:…, så denne attribut "
                        "springes over."
                    )
                    % {"kind": extensions.ORGANISATION_KIND},
                )
            elif not _switched_off(node):
                kind = extensions.check_kind(code, node, self.problems)
                if kind:
                    found["kind"] = kind
        return found

    def _known_code(self, node: Node) -> str:
        """The code of an attribute's term, read without creating the term."""
        term = node.get("taxonomy_term")
        code = term.get("code") if isinstance(term, Node) else None
        term_id = Fields(node, self.problems).uuid("taxonomy_term_id", required=False)
        if code is None and term_id in self.lookups.terms_by_id:
            code = self.lookups.terms_by_id[term_id].code
        return code if isinstance(code, str) else ""

    # Places -------------------------------------------------------------------------------

    def _address(self, node: Node) -> tuple[str, PostalCode | None]:
        f = Fields(node, self.problems)
        street = ", ".join(filter(None, [f.text("address_1", 200), f.text("address_2", 200)]))
        if len(street) > 200:
            f.bad(
                "address_1",
                _("address_1 og address_2 er tilsammen længere end 200 tegn. Forkort adressen."),
            )
        country = f.text("country", 60).upper()
        raw = f.text("postal_code", 20).upper().replace(" ", "").removeprefix("DK-")
        if country not in DANISH:
            self.problems.warn(
                node.where.at("country"),
                _(
                    "adressen ligger uden for Danmark (%(country)s), så stedet importeres "
                    "uden postnummer."
                )
                % {"country": shown(country)},
            )
            return street[:200], None
        if not raw:
            return street[:200], None
        postal = self.lookups.postal_codes.get(raw)
        if postal is None:
            f.bad(
                "postal_code",
                _("postnummeret %(code)s findes ikke i Danmark. Ret postnummeret.")
                % {"code": shown(raw)},
            )
        return street[:200], postal

    def _place_attributes(self, nodes: list[Node]) -> dict[str, Any]:
        """A place's flags (both set: absent is off) and its kind (only when given)."""
        codes = []
        found: dict[str, Any] = {}
        for node in nodes:
            code = self._known_code(node)
            is_kind = extensions.kind_taxonomy(code) == extensions.LOCATION_KIND
            if code not in (WHEELCHAIR_CODE, HEARING_LOOP_CODE) and not is_kind:
                self.problems.warn(
                    node.where,
                    _(
                        "et sted kan kun have attributterne %(wheelchair)s, %(hearing_loop)s "
                        "og %(kind)s:…, så denne attribut springes over."
                    )
                    % {
                        "wheelchair": WHEELCHAIR_CODE,
                        "hearing_loop": HEARING_LOOP_CODE,
                        "kind": extensions.LOCATION_KIND,
                    },
                )
            elif _switched_off(node):
                continue
            elif is_kind:
                kind = extensions.check_kind(code, node, self.problems)
                if kind:
                    found["kind"] = kind
            else:
                codes.append(code)
        found |= {
            "wheelchair": WHEELCHAIR_CODE in codes,
            "hearing_loop": HEARING_LOOP_CODE in codes,
        }
        return found

    def location(self, node: Node) -> LocationPlan | None:
        f = Fields(node, self.problems)
        hsds_id = f.uuid("id")
        if hsds_id is None:
            return None
        if hsds_id in self.plan.locations:
            return self.plan.locations[hsds_id]
        before = self.problems.errors
        kind = f.text("location_type") or "physical"
        if kind not in ("physical", "postal", "virtual"):
            f.bad(
                "location_type",
                _("location_type skal være physical, postal eller virtual, ikke »%(value)s«.")
                % {"value": shown(kind)},
            )
        values: dict[str, Any] = {}
        addresses = f.items("addresses")
        postal: PostalCode | None = None
        street = ""
        if addresses is not None:
            chosen = sorted(addresses, key=lambda a: a.get("address_type") != "physical")[:1]
            street, postal = self._address(chosen[0]) if chosen else ("", None)
            values |= {"street": street, "postal_code_id": postal.code if postal else None}
        values["name"] = f.text("name", 200) or street
        if not values["name"]:
            self.problems.error(
                node.where, _("stedet har hverken navn eller adresse. Angiv name eller en adresse.")
            )
        values |= self._position(f, node, postal)
        access = f.items("accessibility")
        if access is not None:
            texts = [
                Fields(a, self.problems).text(key)
                for a in access
                for key in ("description", "details")
            ]
            values["accessibility"] = "\n".join(filter(None, texts))
        attributes = f.items("attributes")
        if attributes is not None:
            values |= self._place_attributes(attributes)
        org_id = f.uuid("organization_id", required=False)
        plan = LocationPlan(
            hsds_id,
            values,
            virtual=kind == "virtual",
            organisation_ref=(org_id, node.where.at("organization_id")) if org_id else None,
            where=node.where,
            ok=self.problems.errors == before,
        )
        self.plan.locations[hsds_id] = plan
        return plan

    def _position(self, f: Fields, node: Node, postal: PostalCode | None) -> dict[str, Any]:
        before = self.problems.errors
        lat = f.number("latitude", -90, 90)
        lon = f.number("longitude", -180, 180)
        if (lat is None) != (lon is None) and self.problems.errors == before:
            self.problems.error(
                node.where,
                _("latitude og longitude skal angives sammen. Angiv begge eller ingen af dem."),
            )
        if lat is not None and lon is not None:
            latitude, longitude = float(lat), float(lon)
            # Our own export gives approximate places the postal code's centre: keep them so.
            approximate = postal is not None and (postal.latitude, postal.longitude) == (
                latitude,
                longitude,
            )
            return {"latitude": latitude, "longitude": longitude, "position_exact": not approximate}
        centre = (postal.latitude, postal.longitude) if postal else (None, None)
        return {"latitude": centre[0], "longitude": centre[1], "position_exact": False}

    # Schedules ----------------------------------------------------------------------------

    def schedule(self, node: Node) -> SchedulePlan | None:
        f = Fields(node, self.problems)
        before = self.problems.errors
        hsds_id = f.uuid("id")
        valid_from = f.date("valid_from") or f.date("dtstart")
        valid_to = f.date("valid_to") or f.date("until")
        freq = f.text("freq").upper()
        values: dict[str, Any] = {
            "opens_at": f.clock("opens_at"),
            "closes_at": f.clock("closes_at"),
            "note": f.text("notes", 200),
            "interval": 1,
            "byday": "",
            "date": None,
            "valid_from": valid_from,
            "valid_to": valid_to,
        }
        if not freq and valid_from and valid_from == valid_to:
            # Stored as the owners' form stores one-off events: the weekday in byday (the
            # weekday filter reads it), no validity period.
            values |= {
                "freq": Frequency.ONCE,
                "date": valid_from,
                "valid_from": None,
                "valid_to": None,
                "byday": WEEKDAY_CODES[valid_from.weekday()],
            }
        elif freq in (Frequency.WEEKLY, Frequency.MONTHLY):
            interval = f.number("interval", 1, 52, whole=True)
            values |= {"freq": freq, "interval": int(interval or 1), "byday": self._byday(f, freq)}
        elif not freq:
            f.bad(
                "freq",
                _(
                    "freq mangler. Angiv WEEKLY eller MONTHLY, eller giv valid_from og valid_to "
                    "samme dato, hvis det er en enkeltstående begivenhed."
                ),
            )
        else:
            f.bad(
                "freq",
                _(
                    "freq »%(value)s« understøttes ikke. Brobygger kan kun gemme WEEKLY, "
                    "MONTHLY og enkeltstående datoer."
                )
                % {"value": shown(freq)},
            )
        opens, closes = values["opens_at"], values["closes_at"]
        if opens and closes and opens >= closes:
            f.bad(
                "closes_at",
                _("closes_at %(closes)s ligger ikke efter opens_at %(opens)s.")
                % {"closes": f"{closes:%H:%M}", "opens": f"{opens:%H:%M}"},
            )
        if valid_from and valid_to and valid_from > valid_to:
            f.bad(
                "valid_to", _("valid_to ligger før valid_from. Byt om på datoerne, eller ret dem.")
            )
        if hsds_id is None or self.problems.errors != before:
            return None
        return SchedulePlan(hsds_id, values, node.where)

    def _byday(self, f: Fields, freq: str) -> str:
        raw = f.text("byday", 40, required=True)
        if not raw:
            return ""
        try:
            days = parse_byday(raw)
        except ScheduleError:
            f.bad("byday", _byday_problem(raw))
            return ""
        if freq == Frequency.WEEKLY and any(d.position for d in days):
            f.bad(
                "byday",
                _(
                    "byday »%(value)s«: et nummer foran ugedagen (som i 1TH) kræver freq "
                    "MONTHLY. Fjern nummeret, eller brug MONTHLY."
                )
                % {"value": shown(raw)},
            )
        return ",".join(d.code for d in days)

    # Services -----------------------------------------------------------------------------

    def service(self, node: Node, seen: dict[uuid.UUID, Where]) -> None:
        f = Fields(node, self.problems)
        before = self.problems.errors
        hsds_id = f.uuid("id")
        if hsds_id in seen:
            f.bad(
                "id",
                _("tilbuddet %(id)s optræder to gange (første gang: %(first)s). Fjern det ene.")
                % {"id": hsds_id, "first": seen[hsds_id]},
            )
            self.plan.unplanned += 1
            return
        if hsds_id is not None:
            seen[hsds_id] = node.where
        status = f.text("status", required=True).lower()
        if status and status not in HSDS_TO_STATUS:
            f.bad(
                "status",
                _("status skal være en af %(choices)s, ikke »%(value)s«.")
                % {"choices": ", ".join(HSDS_TO_STATUS), "value": shown(status)},
            )
        values: dict[str, Any] = {
            "title": f.text("name", 200, required=True),
            "description": f.text("description"),
            "status": HSDS_TO_STATUS.get(status),
            "registration": f.text("application_process", 300),
            "contact_email": f.email("email"),
        }
        values |= self._ages(f, node)
        values |= self._price(f)
        values |= self._contact_person(f, values)
        values |= extensions.offer_fields(f)
        attributes = f.items("attributes")
        codes = None if attributes is None else self._attribute_codes(attributes)
        if codes is not None:
            values["has_places"] = FULL_CODE not in codes
        sals = f.items("service_at_locations")
        schedules = self._schedules(f, sals or [])
        # Pauses belong with the meeting times: a service that carries those (or its
        # alert) says which pauses it has; a list item without them leaves ours alone.
        pauses = (
            extensions.pauses(f, timezone.localdate())
            if schedules is not None or f.has("alert")
            else None
        )
        org_ref = self._organisation_ref(f, node)
        location_ref = self._location_ref(f, sals)
        assured = f.date("assured_date")
        if hsds_id is None or org_ref is None:
            self.plan.unplanned += 1
            return
        self.plan.offers.append(
            OfferPlan(
                hsds_id,
                values,
                org_ref,
                location_ref,
                codes,
                schedules,
                assured,
                node.where,
                ok=self.problems.errors == before,
                pauses=pauses,
            )
        )

    def _ages(self, f: Fields, node: Node) -> dict[str, Any]:
        low = f.number("minimum_age", 0, 130, whole=True)
        high = f.number("maximum_age", 0, 130, whole=True)
        if low is not None and high is not None and low > high:
            self.problems.error(
                node.where.at("maximum_age"),
                _("maximum_age %(high)s er lavere end minimum_age %(low)s.")
                % {"high": high, "low": low},
            )
        return {
            "min_age": int(low) if low is not None else None,
            "max_age": int(high) if high is not None else None,
        }

    def _price(self, f: Fields) -> dict[str, Any]:
        options = f.items("cost_options")
        if options is None:
            return {}
        prices: list[tuple[Decimal, str]] = []
        for node in options:
            o = Fields(node, self.problems)
            currency = o.text("currency").upper() or "DKK"
            amount = o.number("amount", 0, MAX_PRICE)
            note = o.text("option", 200) or o.text("amount_description", 200)
            if currency != "DKK":
                o.bad(
                    "currency",
                    _("currency »%(value)s« understøttes ikke. Priser skal angives i DKK.")
                    % {"value": shown(currency)},
                )
            elif amount is None and not o.has("amount"):
                o.bad(
                    "amount", _("prisen mangler sit beløb i amount. Skriv 0, hvis det er gratis.")
                )
            elif amount is not None:
                prices.append((amount.quantize(Decimal("0.01")), note))
        if not prices:
            return {"price_kr": None, "price_note": ""}
        amount, note = min(prices, key=lambda p: p[0])  # the cheapest way in is what counts
        return {"price_kr": amount or None, "price_note": note}

    def _contact_person(self, f: Fields, values: dict[str, Any]) -> dict[str, Any]:
        contacts, phones = f.items("contacts"), f.items("phones")
        if contacts is None and phones is None:
            return {}
        person = contacts[0] if contacts else None
        found: dict[str, Any] = {"contact_name": "", "contact_phone": ""}
        if person is not None:
            p = Fields(person, self.problems)
            found["contact_name"] = p.text("name", 150)
            if not values["contact_email"]:
                found["contact_email"] = p.email("email")
            phones = (phones or []) + (p.items("phones") or [])
        found["contact_phone"] = phone_number(phones or [], self.problems)
        return found

    def _schedules(self, f: Fields, sals: list[Node]) -> list[SchedulePlan] | None:
        nodes = f.items("schedules")
        at_places = [s for sal in sals for s in Fields(sal, self.problems).items("schedules") or []]
        if nodes is None and not at_places:
            return None
        plans: dict[uuid.UUID, SchedulePlan] = {}
        for node in [*(nodes or []), *at_places]:
            plan = self.schedule(node)
            if plan is not None:
                plans.setdefault(plan.hsds_id, plan)  # the same schedule may be in both lists
        return list(plans.values())

    def _organisation_ref(self, f: Fields, node: Node) -> tuple[uuid.UUID, Where] | None:
        org_node = node.get("organization")
        ref = f.uuid("organization_id", required=False)
        if isinstance(org_node, Node):
            plan = self.organisation(org_node)
            if plan is None:
                return None
            if ref is not None and ref != plan.hsds_id:
                f.bad(
                    "organization_id",
                    _("organization_id og organization.id er forskellige. De skal være ens."),
                )
            return plan.hsds_id, org_node.where
        if ref is None:
            if not f.has("organization_id"):
                self.problems.error(
                    node.where,
                    _("tilbuddet har ingen arrangør. Angiv organization eller organization_id."),
                )
            return None
        return ref, node.where.at("organization_id")

    def _location_ref(
        self, f: Fields, sals: list[Node] | None
    ) -> tuple[uuid.UUID | None, Where] | None:
        if sals is None:
            return None
        if len(sals) > 1:
            f.bad(
                "service_at_locations",
                _(
                    "tilbuddet har %(count)s steder, men Brobygger har ét sted pr. tilbud. "
                    "Importér hvert sted som sin egen service."
                )
                % {"count": len(sals)},
            )
        if not sals:
            return None, f.node.where
        sal = Fields(sals[0], self.problems)
        location = sals[0].get("location")
        if isinstance(location, Node):
            plan = self.location(location)
            return (plan.hsds_id, location.where) if plan else None
        ref = sal.uuid("location_id")
        return (ref, sals[0].where.at("location_id")) if ref else None

    # References ---------------------------------------------------------------------------

    def _resolve_references(self) -> None:
        """References by id alone must name something in this import or in the directory."""
        wanted_orgs = {o.organisation_ref[0] for o in self.plan.offers}
        wanted_orgs |= {
            p.organisation_ref[0] for p in self.plan.locations.values() if p.organisation_ref
        }
        wanted_places = {
            o.location_ref[0] for o in self.plan.offers if o.location_ref and o.location_ref[0]
        }
        known_orgs = set(self.plan.organisations) | set(
            Organisation.objects.filter(hsds_id__in=wanted_orgs).values_list("hsds_id", flat=True)
        )
        known_places = set(self.plan.locations) | set(
            Location.objects.filter(hsds_id__in=wanted_places).values_list("hsds_id", flat=True)
        )
        for place in self.plan.locations.values():
            if place.organisation_ref and place.organisation_ref[0] not in known_orgs:
                self.problems.warn(
                    place.organisation_ref[1],
                    _(
                        "arrangøren i organization_id findes hverken i denne import eller i "
                        "Brobygger, så stedet importeres uden arrangør."
                    ),
                )
                place.organisation_ref = None
        for offer in self.plan.offers:
            org_id, where = offer.organisation_ref
            if org_id not in known_orgs:
                self.problems.error(
                    where,
                    _(
                        "arrangøren %(id)s findes hverken i denne import eller i Brobygger. "
                        "Tag arrangøren med i importen."
                    )
                    % {"id": org_id},
                )
                offer.ok = False
            elif org_id in self.plan.organisations and not self.plan.organisations[org_id].ok:
                offer.ok = False
            if offer.location_ref and offer.location_ref[0]:
                place_id, where = offer.location_ref
                if place_id not in known_places:
                    self.problems.error(
                        where,
                        _(
                            "stedet %(id)s findes hverken i denne import eller i Brobygger. "
                            "Tag stedet med i importen."
                        )
                        % {"id": place_id},
                    )
                    offer.ok = False
                elif place_id in self.plan.locations and not self.plan.locations[place_id].ok:
                    offer.ok = False


def _switched_off(attribute: Node) -> bool:
    """An attribute whose value says false is explicitly off."""
    return str(attribute.get("value", "")).strip().lower() in FALSE_VALUES


def _byday_problem(raw: str) -> str:
    """What is wrong with a byday value ``parse_byday`` refused, in words a person can act on."""
    values = {"value": shown(raw), "part": ""}
    message = _("byday »%(value)s« nævner ingen ugedag.")
    for part in (p.strip().upper() for p in raw.split(",") if p.strip()):
        values["part"] = shown(part)
        if not BYDAY_RE.match(part):
            if part == raw.strip().upper():
                message = _("byday »%(value)s« er ikke en ugedag.")
            else:
                message = _("byday »%(value)s«: »%(part)s« er ikke en ugedag.")
            break
        try:
            parse_byday(part)
        except ScheduleError:
            message = _(
                "byday »%(value)s«: nummeret i »%(part)s« understøttes ikke; "
                "brug 1 til 5 eller -1 (den sidste)."
            )
            break
    hint = _("Brug MO, TU, WE, TH, FR, SA eller SU, eventuelt med et nummer foran (som 1TH).")
    return f"{message % values} {hint}"


def plan_import(batch: Batch, problems: Problems) -> Plan:
    return Validator(problems, Lookups.load()).batch(batch)
