"""Directory rows as Open Referral HSDS 3 objects (``schema/compiled/*.json``).

Plain functions from model instances to JSON-ready dicts. They read only what the caller
prefetched (see ``queries.py``), so a page of fifty services costs the same queries as five.
Only the directory is published: organisations, places, offers and the vocabulary. Nothing
about any citizen exists in these models, so nothing about a citizen can leak here.
"""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation

from brobygger.directory.models import (
    Contact,
    Frequency,
    Location,
    LocationKind,
    Offer,
    OfferStatus,
    Organisation,
    Pause,
    Schedule,
    Taxonomy,
    Term,
)
from brobygger.directory.schedules import FORTNIGHT_ANCHOR, describe

JSON = dict[str, Any]

HSDS_VERSION = "3.0"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
LANGUAGE = "da"
CURRENCY = "DKK"
COUNTRY = "DK"

# Our status → HSDS service.status (enum: active, inactive, defunct, temporarily closed).
STATUS_TO_HSDS = {
    OfferStatus.ACTIVE: "active",
    OfferStatus.PAUSED: "inactive",
    OfferStatus.ENDED: "defunct",
}
HSDS_TO_STATUS = {
    "active": OfferStatus.ACTIVE,
    "inactive": OfferStatus.PAUSED,
    "temporarily closed": OfferStatus.PAUSED,
    "defunct": OfferStatus.ENDED,
}

# Offers have no place in HSDS for these booleans, so they travel as attributes.
FULL_CODE = "status:fuldt"
WHEELCHAIR_CODE = "access:koerestol"
HEARING_LOOP_CODE = "access:teleslynge"
FLAG_CODES = (FULL_CODE, WHEELCHAIR_CODE, HEARING_LOOP_CODE)


# Entities we hold as fields of another row (an offer's price, contact person, a place's
# address) get ids derived from their owner, so the same row always gets the same id.
ID_NAMESPACE = uuid.UUID("6f1d2b7e-3c55-4b8a-9d43-0e8a1f6c2b90")


def derived_id(kind: str, *owners: uuid.UUID | str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, ":".join([kind, *map(str, owners)])))


def service_at_location_id(offer_id: uuid.UUID | str, location_id: uuid.UUID | str) -> str:
    return derived_id("service_at_location", offer_id, location_id)


@dataclass
class Context:
    """What every object of one response shares: the request and a few vocabulary terms."""

    request: HttpRequest | None = None
    _flag_terms: dict[str, Term] | None = field(default=None, repr=False)

    def flag_term(self, code: str) -> Term | None:
        # One query per response, not per service.
        if self._flag_terms is None:
            self._flag_terms = {
                t.code: t
                for t in Term.objects.select_related("taxonomy").filter(code__in=FLAG_CODES)
            }
        return self._flag_terms.get(code)

    def absolute(self, path: str) -> str | None:
        return self.request.build_absolute_uri(path) if self.request is not None else None


def _clean(data: JSON, keep: tuple[str, ...] = ()) -> JSON:
    """Drop empty optional values (an empty string is not a valid email, URI or date)."""
    return {k: v for k, v in data.items() if k in keep or (v is not None and v != "")}


def _timestamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _clock(value: time) -> str:
    return value.strftime("%H:%M:%S")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _number(value: Decimal | int | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else float(value)


# Vocabulary -------------------------------------------------------------------------------


def taxonomy(tax: Taxonomy) -> JSON:
    return {"id": str(tax.hsds_id), "name": tax.name, "description": tax.description or tax.name}


def taxonomy_term(term: Term, *, detail: bool = False) -> JSON:
    """``detail`` embeds the taxonomy object (taxonomy_term.taxonomy_detail)."""
    data: JSON = {
        "id": str(term.hsds_id),
        "code": term.code,
        "name": term.name,
        "description": term.description or term.name,
        "taxonomy": term.taxonomy.slug,
        "taxonomy_id": str(term.taxonomy.hsds_id),
        "language": LANGUAGE,
    }
    if detail:
        data["taxonomy_detail"] = taxonomy(term.taxonomy)
    return data


def attribute(term: Term, *, link_id: uuid.UUID, link_entity: str) -> JSON:
    return {
        "id": derived_id("attribute", link_id, term.hsds_id),
        "link_id": str(link_id),
        "link_type": term.taxonomy.slug,
        "link_entity": link_entity,
        "taxonomy_term_id": str(term.hsds_id),
        "taxonomy_term": taxonomy_term(term),
        "value": "true",
    }


# Organisations and places -----------------------------------------------------------------


def organization_list_item(org: Organisation, ctx: Context | None = None) -> JSON:
    ctx = ctx or Context()
    return _clean(
        {
            "id": str(org.hsds_id),
            "name": org.name,
            "description": org.description,
            "email": org.email,
            "website": org.website,
            "uri": ctx.absolute(reverse("directory:organisation", args=[org.pk])),
        },
        keep=("description",),
    )  # required by HSDS, even when empty


def _phone(phone_id: str, number: str, **links: uuid.UUID | str) -> JSON:
    return {
        "id": phone_id,
        **{k: str(v) for k, v in links.items()},
        "number": number,
        "type": "voice",
    }


def contact(person: Contact, organization_id: uuid.UUID) -> JSON:
    data = _clean(
        {
            "id": str(person.hsds_id),
            "organization_id": str(organization_id),
            "name": person.name,
            "title": person.title,
            "email": person.email,
        }
    )
    data["phones"] = (
        [_phone(derived_id("phone", person.hsds_id), person.phone, contact_id=person.hsds_id)]
        if person.phone
        else []
    )
    return data


def organization_full(org: Organisation, offers: list[Offer], ctx: Context | None = None) -> JSON:
    """The organisation with its contacts, places and (list-shaped) public services."""
    ctx = ctx or Context()
    data = organization_list_item(org, ctx)
    data["contacts"] = [contact(person, org.hsds_id) for person in org.contacts.all()]
    data["phones"] = (
        [_phone(derived_id("phone", org.hsds_id), org.phone, organization_id=org.hsds_id)]
        if org.phone
        else []
    )
    data["locations"] = [location(place, ctx) for place in org.locations.all()]
    data["services"] = [service_list_item(offer, ctx) for offer in offers]
    return data


def address(place: Location) -> JSON | None:
    if place.postal_code is None:
        return None
    postal = place.postal_code
    return {
        "id": derived_id("address", place.hsds_id),
        "location_id": str(place.hsds_id),
        "address_1": place.street,
        "city": postal.name,
        # Required by HSDS; a Danish address's nearest equivalent is its region.
        "state_province": postal.municipality.region,
        "region": postal.municipality.name,
        "postal_code": postal.code,
        "country": COUNTRY,
        "address_type": "physical",
    }


def _location_flags(place: Location, ctx: Context) -> list[JSON]:
    wanted = [(place.wheelchair, WHEELCHAIR_CODE), (place.hearing_loop, HEARING_LOOP_CODE)]
    terms = [ctx.flag_term(code) for on, code in wanted if on]
    return [attribute(t, link_id=place.hsds_id, link_entity="location") for t in terms if t]


def _kind_label(place: Location) -> str:
    with translation.override(LANGUAGE):
        return str(place.get_kind_display())


def location_list_item(place: Location) -> JSON:
    return _clean(
        {
            "id": str(place.hsds_id),
            "location_type": "virtual" if place.kind == LocationKind.VIRTUAL else "physical",
            "organization_id": str(place.organisation.hsds_id) if place.organisation else None,
            "name": place.name,
            "description": _kind_label(place),
            "latitude": place.latitude,
            "longitude": place.longitude,
        }
    )


def location(place: Location, ctx: Context | None = None) -> JSON:
    ctx = ctx or Context()
    data = location_list_item(place)
    postal = address(place)
    data["addresses"] = [postal] if postal else []
    # The wheelchair and hearing-loop flags travel as attributes (below), the free text here.
    data["accessibility"] = (
        [
            {
                "id": derived_id("accessibility", place.hsds_id),
                "location_id": str(place.hsds_id),
                "description": place.accessibility,
            }
        ]
        if place.accessibility
        else []
    )
    data["attributes"] = _location_flags(place, ctx)
    return data


# Services ---------------------------------------------------------------------------------


def last_modified(offer: Offer) -> datetime:
    """When the offer or anything shown with it (organiser, place) last changed."""
    stamps = [offer.updated_at, offer.organisation.updated_at]
    if offer.location is not None:
        stamps.append(offer.location.updated_at)
    return max(stamps)


def _fees(offer: Offer) -> str:
    if offer.is_free:
        return " ".join(filter(None, ["Gratis.", offer.price_note]))
    amount = f"{offer.price_kr:.2f}".replace(".", ",").removesuffix(",00")
    return " ".join(filter(None, [f"{amount} kr.", offer.price_note]))


def service_list_item(offer: Offer, ctx: Context | None = None) -> JSON:
    """The one-to-one fields of a service (HSDS service_list)."""
    ctx = ctx or Context()
    url = None
    if offer.status != OfferStatus.ENDED:  # ended offers have no public page
        url = ctx.absolute(reverse("directory:offer", args=[offer.pk]))
    return _clean(
        {
            "id": str(offer.hsds_id),
            "organization_id": str(offer.organisation.hsds_id),
            "name": offer.title,
            "description": offer.description or offer.summary,
            "url": url,
            "email": offer.contact_email if publishes_contact(offer) else None,
            "status": STATUS_TO_HSDS[OfferStatus(offer.status)],
            "application_process": offer.registration,
            "fees_description": _fees(offer),
            "minimum_age": offer.min_age,
            "maximum_age": offer.max_age,
            "assured_date": _day(timezone.localdate(offer.last_confirmed_at)),
            "last_modified": _timestamp(last_modified(offer)),
        }
    ) | {"organization": organization_list_item(offer.organisation, ctx)}


def schedule(rule: Schedule, service_id: uuid.UUID) -> JSON:
    """A meeting time. Rules carry dtstart/until as in iCalendar; a one-off event has no freq
    (HSDS allows only WEEKLY/MONTHLY) and is valid from and to its one day."""
    with translation.override(LANGUAGE):
        text = describe(rule)
    data = {
        "id": str(rule.hsds_id),
        "service_id": str(service_id),
        "opens_at": _clock(rule.opens_at),
        "closes_at": _clock(rule.closes_at),
        "description": text,
        "notes": rule.note,
    }
    if rule.freq == Frequency.ONCE:
        day = _day(rule.date)
        return _clean(data | {"dtstart": day, "valid_from": day, "valid_to": day})
    start = rule.valid_from
    if start is None and rule.interval > 1:
        start = FORTNIGHT_ANCHOR  # without it "every other week" has no phase for others
    return _clean(
        data
        | {
            "freq": rule.freq,
            "interval": rule.interval,
            "byday": rule.byday,
            "dtstart": _day(start),
            "until": _day(rule.valid_to),
        }
    )


def _pause_text(pause: Pause) -> str:
    if pause.every_year:
        text = f"Holder pause hvert år {pause.starts_on:%d.%m.}–{pause.ends_on:%d.%m.}"
    else:
        text = f"Holder pause {pause.starts_on:%d.%m.%Y}–{pause.ends_on:%d.%m.%Y}"
    return f"{text} ({pause.note})" if pause.note else text


def _service_terms(offer: Offer, ctx: Context) -> list[Term]:
    # has_places is what owners maintain; the status:fuldt term follows it.
    terms = [t for t in offer.terms.all() if t.code != FULL_CODE]
    full = ctx.flag_term(FULL_CODE) if not offer.has_places else None
    return [*terms, full] if full else terms


def publishes_contact(offer: Offer) -> bool:
    """An ended offer stays in the API as history, but its contact person is a private
    person who no longer answers for it: no name, e-mail or phone is published."""
    return offer.status != OfferStatus.ENDED


def _contacts_and_phones(offer: Offer) -> tuple[list[JSON], list[JSON]]:
    if not publishes_contact(offer):
        return [], []
    phone_id = derived_id("phone", offer.hsds_id)
    contact_id = derived_id("contact", offer.hsds_id)
    has_person = bool(offer.contact_name or offer.contact_email)
    phones = (
        [
            _phone(
                phone_id,
                offer.contact_phone,
                service_id=offer.hsds_id,
                **({"contact_id": contact_id} if has_person else {}),
            )
        ]
        if offer.contact_phone
        else []
    )
    if not has_person:
        return [], phones
    person = _clean(
        {
            "id": contact_id,
            "service_id": str(offer.hsds_id),
            "organization_id": str(offer.organisation.hsds_id),
            "name": offer.contact_name,
            "email": offer.contact_email,
        }
    )
    person["phones"] = phones
    return [person], phones


def _cost_options(offer: Offer) -> list[JSON]:
    # No cost option means free; a free offer with a note on the price gets amount 0.
    if offer.is_free and not offer.price_note:
        return []
    option = {
        "id": derived_id("cost_option", offer.hsds_id),
        "service_id": str(offer.hsds_id),
        "option": offer.price_note,
        "currency": CURRENCY,
        "amount": _number(offer.price_kr or 0),
    }
    return [_clean(option)]


def service_at_location(offer: Offer, ctx: Context | None = None, *, full: bool = True) -> JSON:
    """The offer at its place. ``full=False`` gives the service_at_location_list shape."""
    ctx = ctx or Context()
    place = offer.location
    if place is None:
        raise ValueError("only offers with a place have a service_at_location")
    data = {
        "id": service_at_location_id(offer.hsds_id, place.hsds_id),
        "service_id": str(offer.hsds_id),
        "location_id": str(place.hsds_id),
        "description": f"{offer.title}, {place.name}",
    }
    if not full:
        return data | {
            "location": location_list_item(place),
            "service": service_list_item(offer, ctx),
        }
    return data | {
        "location": location(place, ctx),
        "service": service_list_item(offer, ctx),
        "schedules": [schedule(s, offer.hsds_id) for s in offer.schedules.all()],
    }


def service_full(offer: Offer, ctx: Context | None = None) -> JSON:
    """The fully nested service (HSDS service.json). Needs ``queries.FULL_PREFETCH``."""
    ctx = ctx or Context()
    data = service_list_item(offer, ctx)
    pauses = [_pause_text(p) for p in offer.pauses.all()]
    if pauses:
        data["alert"] = ". ".join(pauses)
    contacts, phones = _contacts_and_phones(offer)
    data["contacts"] = contacts
    data["phones"] = phones
    data["schedules"] = [schedule(s, offer.hsds_id) for s in offer.schedules.all()]
    data["attributes"] = [
        attribute(t, link_id=offer.hsds_id, link_entity="service")
        for t in _service_terms(offer, ctx)
    ]
    data["cost_options"] = _cost_options(offer)
    data["service_at_locations"] = []
    if offer.location is not None:
        sal = service_at_location(offer, ctx, full=True)
        del sal["service"], sal["schedules"]  # already on the service itself
        data["service_at_locations"] = [sal]
    return data


def root(request: HttpRequest) -> JSON:
    return {
        "version": HSDS_VERSION,
        "profile": request.build_absolute_uri(reverse("api_docs")),
        "openapi_url": OPENAPI_URL,
    }
