"""Benchmark the matching engine on a national-scale directory (no database, no Django).

    uv run python bench/matching.py [--offers 100000] [--repeat 7] [--seed 2026]

Generates N offers deterministically: the demo directory's offers (``brobygger.demo.package``)
as templates, placed at Danish postal-code centroids (``brobygger/areas/data/postal_codes.csv``)
with a few kilometres of jitter, with a town name in the title, a share inactive or full, as
HSDS "service_full" dicts. Then times, for a handful of citizens:

- parsing the HSDS dicts into ``Offer`` objects,
- the *cold* first ranking (builds the index: every offer's text analysed once),
- *warm* rankings (p50/p95 over every citizen × repeat),

and prints peak memory (peak RSS, and tracemalloc's peak while building the index).
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import csv
import gc
import random
import resource
import statistics
import sys
import time
import tracemalloc
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brobygger.demo import package  # noqa: E402
from brobygger.matching.engine import (  # noqa: E402
    OfferIndex,
    citizen_from_json,
    from_hsds,
    propose,
)

NS = uuid.UUID("0b3d2c51-1f7e-4f43-9a0e-7d4b8b8f2a10")
STATUS = {"active": "active", "paused": "inactive", "ended": "inactive"}


def _postal_codes() -> list[tuple[str, str, float, float]]:
    rows = []
    path = ROOT / "brobygger" / "areas" / "data" / "postal_codes.csv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["latitude"] and row["longitude"]:
                rows.append(
                    (
                        row["postal_code"],
                        row["name"],
                        float(row["latitude"]),
                        float(row["longitude"]),
                    )
                )
    return rows


def _term(code: str) -> dict:
    return {"taxonomy_term": {"code": code, "name": code.split(":", 1)[1]}}


def _schedules(template: package.DemoOffer) -> list[dict]:
    return [
        {
            "freq": rule.freq,
            "interval": rule.interval,
            "byday": rule.byday,
            "opens_at": f"{rule.opens}:00",
            "closes_at": f"{rule.closes}:00",
        }
        for rule in template.rules
        if rule.freq != "ONCE"
    ]


STREETS = (
    "Hovedgaden",
    "Skolevej",
    "Kirkevej",
    "Stationsvej",
    "Møllevej",
    "Engvej",
    "Skovvej",
    "Vestergade",
    "Østergade",
    "Nørregade",
    "Søndergade",
    "Bygaden",
    "Torvet",
    "Parkvej",
)


def generate(n: int, seed: int, unique: bool = False) -> list[dict]:
    """n HSDS services, the same for the same n and seed. With unique, every description
    also says where the offer meets, so no two texts are alike (the cold-start worst case)."""
    rng = random.Random(seed)
    places = _postal_codes()
    templates = package.offers()
    services = []
    for k in range(n):
        template = templates[k % len(templates)]
        postal, town, lat, lon = places[rng.randrange(len(places))]
        codes = [c for c in template.codes if c != "status:fuldt"]
        if template.full or rng.random() < 0.04:
            codes.append("status:fuldt")
        status = STATUS.get(template.status, "inactive")
        if rng.random() < 0.03:
            status = "inactive"
        online = rng.random() < 0.01
        location = (
            {"location_type": "virtual", "name": "Online"}
            if online
            else {
                "location_type": "physical",
                "latitude": round(lat + rng.uniform(-0.03, 0.03), 5),
                "longitude": round(lon + rng.uniform(-0.05, 0.05), 5),
                "addresses": [{"postal_code": postal, "city": town}],
            }
        )
        service = {
            "id": str(uuid.uuid5(NS, str(k))),
            "name": f"{template.title} – {town}",
            "description": f"{template.summary} {template.description}"
            + (f" Vi mødes på {rng.choice(STREETS)} {k % 211 + 1} i {town}." if unique else ""),
            "status": status,
            "attributes": [_term(c) for c in codes],
            "schedules": _schedules(template),
            "cost_options": (
                [{"amount": float(template.price_kr), "option": "pr. gang"}]
                if template.price_kr
                else []
            ),
            "service_at_locations": [{"location": location}],
        }
        if template.min_age is not None:
            service["minimum_age"] = template.min_age
        if template.max_age is not None:
            service["maximum_age"] = template.max_age
        services.append(service)
    return services


CITIZENS = [
    # A typical referral: a radius, needs, times.
    {
        "id": "roskilde-sang",
        "age": 81,
        "gender": "kvinde",
        "location": {"latitude": 55.6415, "longitude": 12.0803},
        "needs": ["koerestol"],
        "max_distance_km": 5,
        "wishes": "Jeg savner at synge sammen med andre, og jeg går gerne en lille tur bagefter.",
        "available": [
            {"weekday": "TU", "from": "09:00", "to": "13:00"},
            {"weekday": "TH", "from": "13:00", "to": "17:00"},
        ],
    },
    {
        "id": "aarhus-enkemand",
        "age": 74,
        "gender": "mand",
        "location": {"latitude": 56.15, "longitude": 10.2},
        "max_distance_km": 15,
        "wishes": "Min kone døde sidste år. Jeg savner noget at lave sammen med andre mænd.",
    },
    {
        "id": "odense-it",
        "age": 77,
        "location": {"latitude": 55.396, "longitude": 10.388},
        "max_distance_km": 10,
        "interests": ["it"],
        "wishes": "Jeg er helt lost med min nye telefon og MitID.",
    },
    # Worst cases: no radius, so every active offer in Denmark is a candidate.
    {
        "id": "hele-landet-uden-krav",
        "age": 70,
        "wishes": "Jeg vil gerne i form igen, gerne sammen med andre.",
    },
    {
        "id": "hele-landet-tom",
        "age": 80,
    },
    {
        "id": "aalborg-demens",
        "age": 88,
        "gender": "kvinde",
        "location": {"latitude": 57.05, "longitude": 9.92},
        "needs": ["demensvenlig", "koerestol"],
        "max_distance_km": 25,
        "max_cost_kr": 50,
        "wishes": "Hun elsker hunde og de gamle sange. Familien ønsker, at hun får selskab.",
    },
    {
        "id": "hele-landet-tider",
        "age": 68,
        "gender": "mand",
        "max_cost_kr": 40,
        "wishes": "Spiller gerne kort og vil møde nogen.",
        "available": [{"weekday": "WE", "from": "12:00", "to": "17:00"}],
    },
]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def _rss_mib() -> float:
    # ru_maxrss is the peak resident set size so far, in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--unique-texts", action="store_true", help="make every description different"
    )
    parser.add_argument(
        "--tracemalloc", action="store_true", help="trace allocations while building the index"
    )
    args = parser.parse_args()

    t0 = time.perf_counter()
    services = generate(args.offers, args.seed, unique=args.unique_texts)
    t1 = time.perf_counter()
    offers = [from_hsds(s, f"/{n}") for n, s in enumerate(services)]
    t2 = time.perf_counter()
    citizens = [citizen_from_json(c) for c in CITIZENS]
    del services
    gc.collect()
    print(f"offers: {len(offers):,}; generate {t1 - t0:.1f} s, parse HSDS {t2 - t1:.1f} s")
    print(f"peak RSS before the index: {_rss_mib():.0f} MiB")

    if args.tracemalloc:
        tracemalloc.start()
    t3 = time.perf_counter()
    first = propose(citizens[0], offers, top=10)  # cold: builds and caches the index
    t4 = time.perf_counter()
    index = OfferIndex.for_offers(offers)
    print(
        f"cold first ranking, incl. the index (every offer's text analysed): {t4 - t3:.1f} s; "
        f"{len(index.profiles):,} distinct profiles; {len(first.matches)} matches"
    )
    if args.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"tracemalloc peak while building: {peak / 2**20:.0f} MiB")
    print(f"peak RSS after the index: {_rss_mib():.0f} MiB")

    timings: dict[str, list[float]] = {str(c.id): [] for c in citizens}
    sizes: dict[str, int] = {}
    for _ in range(args.repeat):
        for citizen in citizens:
            start = time.perf_counter()
            proposal = propose(citizen, offers, top=10)  # warm: the cached index
            timings[str(citizen.id)].append(time.perf_counter() - start)
            sizes[str(citizen.id)] = len(proposal.matches)
    every = [t for ts in timings.values() for t in ts]
    print(f"warm rankings ({len(citizens)} citizens × {args.repeat}), top 10 + near misses:")
    for cid, ts in timings.items():
        median, worst = statistics.median(ts) * 1000, max(ts) * 1000
        print(f"  {cid:<24} median {median:6.1f} ms  max {worst:6.1f} ms  ({sizes[cid]} matches)")
    p50, p95 = _percentile(every, 0.5) * 1000, _percentile(every, 0.95) * 1000
    print(f"warm p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(every) * 1000:.1f} ms")
    print(f"peak RSS at the end: {_rss_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
