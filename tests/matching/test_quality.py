"""Ranking quality on evaluation sets with expected picks.

- The shared development set, through the contract's own scorer and the real command (skipped
  when the shared folder is not beside the repository).
- The held-out set in ``data/`` (written before the ranking was tuned, see build_heldout.py):
  hit@3 of at least 0.9, and no hard-rule violation in any top 10.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from brobygger.matching.engine import OfferIndex, citizens_from_json, offers_from_json, propose

from .conftest import DEV_SET, HELD_OUT, REPO, SCORER_PATH, reference_violations


def _ndcg(ranked: list[str], ideal: list[str], good: list[str], k: int = 5) -> float:
    gain = {i: 2 for i in ideal} | {g: 1 for g in good if g not in ideal}
    dcg = sum((2 ** gain.get(s, 0) - 1) / math.log2(r + 2) for r, s in enumerate(ranked[:k]))
    best = sorted(gain.values(), reverse=True)[:k]
    return dcg / sum((2**g - 1) / math.log2(r + 2) for r, g in enumerate(best))


def test_held_out_set() -> None:
    services = json.loads((HELD_OUT / "services.json").read_text(encoding="utf-8"))
    people = json.loads((HELD_OUT / "citizens.json").read_text(encoding="utf-8"))
    expected = json.loads((HELD_OUT / "expected.json").read_text(encoding="utf-8"))
    by_id = {s["id"]: s for s in services}
    index = OfferIndex(offers_from_json(services))
    citizens, _ = citizens_from_json(people)
    hits, judged, gains, misses = 0, 0, [], []
    for person, who in zip(people, citizens, strict=True):
        proposal = propose(who, index, top=10)
        ranked = [m.service_id for m in proposal.matches]
        for sid in ranked:
            assert reference_violations(person, by_id[sid]) == set(), (person["id"], sid)
        assert all(m.reasons for m in proposal.matches)
        picks = expected[person["id"]]
        if picks["ideal"]:
            judged += 1
            hit = bool(set(ranked[:3]) & set(picks["ideal"]))
            hits += hit
            gains.append(_ndcg(ranked, picks["ideal"], picks["good"]))
            if not hit:
                misses.append((person["id"], [by_id[s]["name"] for s in ranked[:3]]))
    assert judged >= 15
    assert hits / judged >= 0.9, misses
    assert sum(gains) / len(gains) >= 0.8


def test_citizens_without_anything_that_fits_get_no_matches() -> None:
    services = json.loads((HELD_OUT / "services.json").read_text(encoding="utf-8"))
    people = json.loads((HELD_OUT / "citizens.json").read_text(encoding="utf-8"))
    expected = json.loads((HELD_OUT / "expected.json").read_text(encoding="utf-8"))
    index = OfferIndex(offers_from_json(services))
    for person in people:
        if not expected[person["id"]]["ideal"]:
            allowed = [s for s in services if not reference_violations(person, s)]
            matches = propose(citizens_from_json(person)[0][0], index).matches
            assert len(matches) == min(10, len(allowed))


@pytest.mark.skipif(not SCORER_PATH.is_file(), reason="the shared scorer is not here")
@pytest.mark.parametrize("data", [DEV_SET, HELD_OUT], ids=["development", "held-out"])
def test_the_reference_scorer_passes(data) -> None:
    if not (data / "expected.json").is_file():
        pytest.skip(f"{data} is not here")
    command = f"{sys.executable} -m brobygger.cli match"
    done = subprocess.run(
        [sys.executable, str(SCORER_PATH), str(data), "--cmd", command],
        capture_output=True, text=True, cwd=REPO, timeout=300, check=False,
    )  # fmt: skip
    verdict = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    assert done.returncode == 0 and verdict.startswith("PASS"), done.stdout + done.stderr
