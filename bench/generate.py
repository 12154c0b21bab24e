"""Generate a national-scale directory: N offers spread over all Danish postal codes."""

import random
import uuid
from datetime import time, timedelta

from django.db import connection, transaction
from django.utils import timezone

from brobygger.areas.models import PostalCode
from brobygger.demo import package
from brobygger.directory.models import Location, Offer, Organisation, Schedule, Term
from brobygger.directory.search import build_document
from brobygger.directory.services import ensure_vocabulary

BATCH = 2000


def generate(offers: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    ensure_vocabulary()
    postal_codes = list(PostalCode.objects.filter(latitude__isnull=False, is_special=False))
    terms = {t.code: t for t in Term.objects.all()}
    orgs, places = package.table("organizations.csv"), package.table("locations.csv")
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"{rng.choice(orgs)['name']} {n}", kind="association")
        for n in range(max(1, offers // 25))
    )
    locations = []
    for n in range(max(1, offers // 10)):
        pc = rng.choice(postal_codes)
        locations.append(
            Location(
                name=f"{rng.choice(places)['name']} {pc.name}",
                kind="meeting_place",
                street=f"Skolevej {n % 200 + 1}",
                postal_code=pc,
                latitude=pc.latitude + rng.uniform(-0.02, 0.02),
                longitude=pc.longitude + rng.uniform(-0.03, 0.03),
                position_exact=True,
                wheelchair=rng.random() < 0.6,
                hearing_loop=rng.random() < 0.3,
            )
        )
    locations = Location.objects.bulk_create(locations, batch_size=BATCH)
    now = timezone.now()
    templates = package.offers()
    made = 0
    while made < offers:
        size = min(BATCH, offers - made)
        with transaction.atomic():
            specs = [rng.choice(templates) for _ in range(size)]
            batch = Offer.objects.bulk_create(
                [
                    Offer(
                        hsds_id=uuid.uuid4(),
                        organisation=rng.choice(organisations),
                        location=rng.choice(locations),
                        title=spec.title,
                        summary=spec.summary,
                        description=spec.description,
                        price_kr=spec.price_kr,
                        price_note=spec.price_note,
                        has_places=not spec.full,
                        status=spec.status,
                        contact_name=spec.contact_name,
                        contact_phone=spec.contact_phone,
                        last_confirmed_at=now - timedelta(days=rng.randint(1, 300)),
                        search_document=build_document(
                            spec.title,
                            spec.summary,
                            spec.description,
                            terms=[c for c in spec.codes if c.startswith(("interest:", "access:"))],
                        ),
                        title_document=build_document(spec.title),
                    )
                    for spec in specs
                ]
            )
            links = []
            schedules = []
            for offer, spec in zip(batch, specs, strict=True):
                codes = [c for c in spec.codes if c.startswith(("interest:", "access:"))]
                links += [
                    Offer.terms.through(offer_id=offer.pk, term_id=terms[c].pk) for c in codes
                ]
                day = rng.choice(["MO", "TU", "WE", "TH", "FR"])
                hour = rng.randint(9, 19)
                schedules.append(
                    Schedule(
                        offer=offer,
                        freq="WEEKLY",
                        byday=day,
                        opens_at=time(hour),
                        closes_at=time(hour + 2),
                    )
                )
            Offer.terms.through.objects.bulk_create(links, batch_size=BATCH * 4)
            Schedule.objects.bulk_create(schedules, batch_size=BATCH)
        made += size
        print(f"  {made:>7} / {offers} tilbud", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
