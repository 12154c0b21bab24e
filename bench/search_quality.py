"""Search quality: how well the public search finds what people mean.

Loads the demo municipality into a fresh database, sends every query of
``bench/search_queries.toml`` through the public search page (the same view, form and search
function a visitor uses) and scores the first page against the offers a person would expect:

- recall@10: the share of the expected offers in the first ten (of at most ten expected);
- MRR: 1 / the rank of the first expected offer (0 when none is on the first page);
- nDCG@10: expected offers near the top count more;
- zero: queries that found nothing at all.

The headline score is the mean nDCG@10 × 100.

    uv run python bench/search_quality.py                     # SQLite, in memory
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/brobygger \\
        uv run python bench/search_quality.py                 # a fresh test_brobygger database

``--kind stavefejl`` scores one kind only; ``--markdown`` prints the tables as Markdown.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import statistics
import sys
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = Path(__file__).with_name("search_queries.toml")
TOP = 10


@dataclass(frozen=True)
class Query:
    q: str
    kind: str
    expect: tuple[str, ...] = ()
    expect_term: tuple[str, ...] = ()
    expect_town: str = ""


@dataclass
class Outcome:
    query: Query
    relevant: frozenset[str]
    found: list[str]  # titles on the first page, in order
    count: int  # all matches (as the page counts them)
    seconds: float
    suggestion: str = ""
    recall: float = field(init=False)
    rr: float = field(init=False)
    ndcg: float = field(init=False)
    first: int | None = field(init=False)  # rank of the first expected offer

    def __post_init__(self) -> None:
        top = self.found[:TOP]
        wanted = min(len(self.relevant), TOP)
        self.recall = len(set(top) & self.relevant) / wanted if wanted else 0.0
        self.first = next((i + 1 for i, t in enumerate(self.found) if t in self.relevant), None)
        self.rr = 1 / self.first if self.first else 0.0
        dcg = sum(1 / math.log2(i + 2) for i, t in enumerate(top) if t in self.relevant)
        ideal = sum(1 / math.log2(i + 2) for i in range(wanted))
        self.ndcg = dcg / ideal if ideal else 0.0


def load_queries(path: Path = QUERIES) -> list[Query]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Query(
            q=item["q"],
            kind=item["kind"],
            expect=tuple(item.get("expect", ())),
            expect_term=tuple(item.get("expect_term", ())),
            expect_town=item.get("expect_town", ""),
        )
        for item in data["query"]
    ]


def relevant_offers(query: Query) -> frozenset[str]:
    """The titles of the active offers this query should find, from the loaded database."""
    from django.db.models import Q

    from brobygger.directory.models import Offer, OfferStatus

    active = Offer.objects.filter(status=OfferStatus.ACTIVE)
    known = set(Offer.objects.values_list("title", flat=True))
    missing = [t for t in query.expect if t not in known]
    if missing:
        raise SystemExit(f"{query.q!r}: the demo has no offer called {missing}")
    condition = Q(title__in=query.expect)
    if query.expect_term:
        condition |= Q(terms__code__in=query.expect_term)
    if not query.expect and not query.expect_term:
        condition = Q()
    matches = active.filter(condition)
    if query.expect_town:
        matches = matches.filter(location__postal_code__name=query.expect_town)
    titles = frozenset(matches.values_list("title", flat=True))
    if not titles:
        raise SystemExit(f"{query.q!r}: no active offer is expected")
    return titles


def search_page(text: str) -> tuple[list[str], int, str]:
    """The public search page for ``?q=text``: titles on page 1, the count, any suggestion."""
    from django.test import Client
    from django.urls import reverse

    response = Client().get(reverse("directory:search"), {"q": text})
    if response.status_code != 200:
        raise SystemExit(f"{text!r}: the search page answered {response.status_code}")
    context = response.context
    page = context["page"]
    suggestion = context.get("suggestion") or ""
    return [o.title for o in page.object_list], page.paginator.count, str(suggestion)


def evaluate(
    queries: Iterable[Query], search: Callable[[str], tuple[list[str], int, str]] = search_page
) -> list[Outcome]:
    outcomes = []
    for query in queries:
        relevant = relevant_offers(query)
        started = time.perf_counter()
        found, count, suggestion = search(query.q)
        seconds = time.perf_counter() - started
        outcomes.append(Outcome(query, relevant, found, count, seconds, suggestion))
    return outcomes


@dataclass(frozen=True)
class Summary:
    queries: int
    recall: float
    mrr: float
    ndcg: float
    zero: int

    @property
    def score(self) -> float:
        return round(self.ndcg * 100, 1)


def summarise(outcomes: list[Outcome]) -> Summary:
    n = len(outcomes)
    return Summary(
        queries=n,
        recall=sum(o.recall for o in outcomes) / n,
        mrr=sum(o.rr for o in outcomes) / n,
        ndcg=sum(o.ndcg for o in outcomes) / n,
        zero=sum(1 for o in outcomes if o.count == 0),
    )


def _table(headers: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*headers), *(fmt.format(*r) for r in rows)])


def report(outcomes: list[Outcome], markdown: bool = False) -> str:
    rows = [
        [
            o.query.q,
            o.query.kind,
            str(o.count),
            str(o.first or "–"),
            f"{o.recall:.2f}",
            f"{o.rr:.2f}",
            f"{o.ndcg:.2f}",
            o.suggestion,
        ]
        for o in outcomes
    ]
    parts = [
        _table(
            ["query", "kind", "results", "first", "recall@10", "RR", "nDCG@10", "suggestion"],
            rows,
            markdown,
        )
    ]
    kinds = list(dict.fromkeys(o.query.kind for o in outcomes))
    kind_rows = []
    for kind in [*kinds, "all"]:
        chosen = [o for o in outcomes if kind in {"all", o.query.kind}]
        s = summarise(chosen)
        kind_rows.append(
            [
                kind,
                str(s.queries),
                f"{s.recall:.3f}",
                f"{s.mrr:.3f}",
                f"{s.ndcg:.3f}",
                str(s.zero),
                f"{s.score:.1f}",
            ]
        )
    parts.append(
        _table(
            ["kind", "queries", "recall@10", "MRR", "nDCG@10", "zero results", "score"],
            kind_rows,
            markdown,
        )
    )
    times = [o.seconds * 1000 for o in outcomes]
    parts.append(
        f"Page time per query: median {statistics.median(times):.1f} ms, "
        f"p95 {sorted(times)[int(0.95 * (len(times) - 1))]:.1f} ms, "
        f"total {sum(times) / 1000:.2f} s for {len(times)} queries"
    )
    overall = summarise(outcomes)
    parts.append(
        f"SCORE {overall.score:.1f} (nDCG@10 {overall.ndcg:.3f}, recall@10 {overall.recall:.3f}, "
        f"MRR {overall.mrr:.3f}, zero results {overall.zero} of {overall.queries})"
    )
    return "\n\n".join(parts)


def _fresh_demo_database() -> Callable[[], None]:
    """A new database of its own (Django's test database), migrated, with the demo loaded."""
    os.environ.setdefault("BROBYGGER_MODE", "test")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "brobygger.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    from brobygger.demo import generate

    logging.disable(logging.INFO)  # the demo's mail tasks report each delivery
    try:
        generate.load()
    finally:
        logging.disable(logging.NOTSET)
    return lambda: connection.creation.destroy_test_db(old_name, verbosity=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", help="score only the queries of this kind")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_args(argv)
    queries = load_queries()
    if args.kind:
        queries = [q for q in queries if q.kind == args.kind]
    cleanup = _fresh_demo_database()
    try:
        from django.db import connection

        print(f"Database: {connection.vendor}; {len(queries)} queries\n")
        search_page("opvarmning")  # the first request loads templates and the lexicon
        print(report(evaluate(queries), markdown=args.markdown))
    finally:
        cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
