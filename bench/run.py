"""Load benchmark: public search and the HSDS services list on PostgreSQL at national scale.

See bench/README.md. The load comes from a separate process over loopback; every request loop
is bounded by a deadline and stops by itself.
"""

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"

SCENARIOS = {
    "search: text 'synge'": ["/?q=synge", "/?q=synge&side=2", "/?q=fællessang"],
    "search: text + filters": [
        "/?q=gåtur&dag=MO&dag=TH&tid=morning",
        "/?q=kortspil&adgang=access:koerestol&gratis=on",
    ],
    "search: postal code + 10 km": [
        "/?postnr=4000&afstand=10&sorter=distance",
        "/?postnr=8000&afstand=10&q=strikke",
        "/?postnr=5000&afstand=10&interesse=interest:sang",
    ],
    "search: no filters, page 50": ["/?side=50", "/?side=3"],
    "hsds: /services": [
        "/api/hsds/services?page=1&per_page=50",
        "/api/hsds/services?page=200&per_page=50",
    ],
    "hsds: /services search + postcode": [
        "/api/hsds/services?search=synge&per_page=50",
        "/api/hsds/services?postcode=4000&per_page=50",
    ],
}


def _setup(offers: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "brobygger.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from brobygger.directory.models import Offer

    call_command("migrate", interactive=False, verbosity=0)
    have = Offer.objects.count()
    if have >= offers:
        print(f"Data: {have} tilbud findes allerede.")
        return
    sys.path.insert(0, str(ROOT))
    from bench.generate import generate

    print(f"Genererer {offers - have} tilbud …")
    generate(offers - have)


def _ensure_database(url: str) -> None:
    parts = urllib.parse.urlparse(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def _worker(port: int, paths: list[str], deadline: float, out: "multiprocessing.Queue") -> None:
    latencies: list[float] = []
    errors = 0
    paths = [urllib.parse.quote(p, safe="/?=&:,") for p in paths]
    conn = HTTPConnection("127.0.0.1", port, timeout=30)
    i = 0
    while time.monotonic() < deadline and i < 100_000:
        path = paths[i % len(paths)]
        i += 1
        started = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Host": "127.0.0.1"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors += 1
        except OSError:
            errors += 1
            conn.close()
            conn = HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        latencies.append(time.perf_counter() - started)
    conn.close()
    out.put((latencies, errors))


def _load(port: int, paths: list[str], concurrency: int, seconds: float) -> dict[str, float]:
    """Run in its own process: `concurrency` threads with keep-alive connections."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    deadline = time.monotonic() + seconds
    started = time.monotonic()
    threads = [
        threading.Thread(target=_worker, args=(port, paths, deadline, queue))
        for _ in range(concurrency)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    latencies: list[float] = []
    errors = 0
    for _ in threads:
        lat, err = queue.get()
        latencies += lat
        errors += err
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed,
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "mean_ms": statistics.fmean(latencies) * 1000 if latencies else 0.0,
    }


def _load_process(
    port: int, paths: list[str], concurrency: int, seconds: float, out: "multiprocessing.Queue"
) -> None:
    out.put(_load(port, paths, concurrency, seconds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--port", type=int, default=8799)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database (see bench/README.md).")
    os.environ.setdefault("BROBYGGER_MODE", "demo")
    _ensure_database(url)
    _setup(args.offers)

    env = {**os.environ, "BROBYGGER_MODE": "demo", "BROBYGGER_LOG_LEVEL": "ERROR"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "brobygger.cli",
            "serve",
            "--port",
            str(args.port),
            "--workers",
            str(args.workers),
            "--threads",
            "4",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                HTTPConnection("127.0.0.1", args.port, timeout=1).request("GET", "/")
                break
            except OSError:
                time.sleep(0.2)
        results = {}
        for name, paths in SCENARIOS.items():
            _load(args.port, paths, 2, 2)  # warm up caches and connections
            queue: multiprocessing.Queue = multiprocessing.Queue()
            proc = multiprocessing.Process(
                target=_load_process, args=(args.port, paths, args.concurrency, args.seconds, queue)
            )
            proc.start()
            results[name] = queue.get()
            proc.join()
            r = results[name]
            print(
                f"{name:<38} {r['rps']:7.1f} req/s   p50 {r['p50_ms']:7.1f} ms   "
                f"p95 {r['p95_ms']:7.1f} ms   p99 {r['p99_ms']:7.1f} ms   "
                f"errors {r['errors']}",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"load-{stamp}.json").write_text(
        json.dumps(
            {
                "offers": args.offers,
                "concurrency": args.concurrency,
                "seconds": args.seconds,
                "results": results,
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
