"""Small builders for test data: readable defaults, override what a test is about."""

import itertools
from datetime import time
from typing import Any

from django.utils import timezone

from brobygger.accounts.models import RoleAssignment, User
from brobygger.areas.models import LocalArea, LocalAreaPostalCode, PostalCode
from brobygger.directory.models import Location, Offer, Organisation, Schedule, Term
from brobygger.directory.services import place_location, refresh_search_document

_seq = itertools.count(1)
PASSWORD = "en-lang-test-adgangskode-42"


def user(
    role: str | None = None,
    *,
    organisation: Organisation | None = None,
    email: str | None = None,
    **extra: Any,
) -> User:
    n = next(_seq)
    person = User.objects.create_user(
        email or f"person{n}@example.dk",
        PASSWORD,
        full_name=extra.pop("full_name", f"Person {n}"),
        **extra,
    )
    if role:
        RoleAssignment.objects.create(user=person, role=role, organisation=organisation)
    return person


def area(name: str = "Roskilde By", codes: tuple[str, ...] = ("4000",)) -> LocalArea:
    local_area, _ = LocalArea.objects.get_or_create(
        name=name, defaults={"slug": name.lower().replace(" ", "-")}
    )
    for code in codes:
        LocalAreaPostalCode.objects.get_or_create(
            postal_code_id=code, defaults={"local_area": local_area}
        )
    return local_area


def organisation(name: str | None = None, **extra: Any) -> Organisation:
    return Organisation.objects.create(name=name or f"Forening {next(_seq)}", **extra)


def location(name: str = "Medborgerhuset", postal_code: str = "4000", **extra: Any) -> Location:
    loc = Location(
        name=name,
        street=extra.pop("street", "Skolevej 1"),
        postal_code=PostalCode.objects.get(code=postal_code),
        **extra,
    )
    place_location(loc)
    loc.save()
    return loc


def offer(
    title: str = "Seniorkoret",
    *,
    description: str = "",
    terms: tuple[str, ...] = (),
    schedule: tuple[str, str, str] | None = ("WEEKLY", "TU", "10:00-12:00"),
    org: Organisation | None = None,
    loc: Location | None = None,
    **extra: Any,
) -> Offer:
    item = Offer.objects.create(
        title=title,
        description=description,
        organisation=org or organisation(),
        location=loc if loc is not None else location(),
        **extra,
    )
    if terms:
        item.terms.set(Term.objects.filter(code__in=terms))
    if schedule:
        freq, byday, span = schedule
        opens, closes = span.split("-")
        Schedule.objects.create(
            offer=item,
            freq=freq,
            byday=byday,
            opens_at=time.fromisoformat(opens),
            closes_at=time.fromisoformat(closes),
        )
    refresh_search_document(item)
    return item


def stale(item: Offer, days: int = 200) -> Offer:
    Offer.objects.filter(pk=item.pk).update(
        last_confirmed_at=timezone.now() - timezone.timedelta(days=days)
    )
    item.refresh_from_db()
    return item
