"""One vocabulary: the contract's taxonomy codes are listed once, in ``brobygger.vocabulary``,
and every other part (language, matching, directory) reads them from there."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

import pytest

from brobygger import danish, vocabulary
from brobygger.danish import lexicon
from brobygger.directory import vocabulary as directory_vocabulary
from brobygger.matching.engine import HARD_NEEDS, model, reasons, weights

from .conftest import REPO, SHARED

CONTRACT = SHARED / "docs" / "matching.md"


def _code_lists(source: str) -> list[int]:
    """Line numbers of tuple, list or set literals that spell out (nearly) all interest codes.

    A test may sample a few codes; a list of most of them is a copy of the vocabulary."""
    tree = ast.parse(source)
    codes = set(vocabulary.INTEREST_CODES)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            items = {e.value for e in node.elts if isinstance(e, ast.Constant)}
            if len(items & codes) >= len(codes) - 3:
                found.append(node.lineno)
    return found


def test_no_module_lists_the_interest_codes_but_the_vocabulary() -> None:
    listed = {}
    for root in ("brobygger", "tests", "bench"):
        for file in sorted((REPO / root).rglob("*.py")):
            path = file.relative_to(REPO).as_posix()
            # A migration keeps what it had: it must not change with the app.
            if "/migrations/" in path or path == "brobygger/vocabulary.py":
                continue
            if lines := _code_lists(file.read_text(encoding="utf-8")):
                listed[path] = lines
    assert listed == {}
    # The check finds a copy: the old list in the language module looked like this.
    assert _code_lists(f"INTEREST_CODES = {vocabulary.INTEREST_CODES!r}") == [1]
    assert _code_lists(f"SOME = {vocabulary.INTEREST_CODES[:5]!r}") == []


def test_language_and_matching_read_the_codes_from_the_vocabulary() -> None:
    assert danish.INTEREST_CODES is vocabulary.INTEREST_CODES
    assert danish.CONCEPTS[: len(vocabulary.INTEREST_CODES)] == vocabulary.INTEREST_CODES
    assert frozenset(vocabulary.INTEREST_CODES) == model.INTERESTS
    assert HARD_NEEDS is vocabulary.ACCESS_NEEDS
    assert model.SOFT_NEEDS is vocabulary.ACCESS_WISHES
    assert directory_vocabulary.TAXONOMIES is vocabulary.TAXONOMIES


def test_every_interest_code_has_words_a_phrase_and_no_stray_keys() -> None:
    codes = set(vocabulary.INTEREST_CODES)
    assert set(reasons.INTEREST_PHRASES) == codes
    assert codes <= set(lexicon.CORE_WORDS)
    assert set(weights.RELATED) <= codes
    assert all(set(targets) <= codes for targets in weights.RELATED.values())
    assert set(reasons.ACCESS_REASONS) == set(vocabulary.ACCESS_CODES)
    for code in vocabulary.ACCESS_NEEDS:
        assert f"need:{code}" in danish.CONCEPTS
    for code in vocabulary.ACCESS_WISHES:
        assert f"wish:{code}" in danish.CONCEPTS
    for code in vocabulary.TARGET_CODES:
        assert f"target:{code}" in danish.CONCEPTS


def test_the_taxonomy_keeps_the_shape_migration_0003_reads() -> None:
    for slug, name, name_en, terms in vocabulary.TAXONOMIES:
        assert slug and name and name_en
        for code, term_name, term_en in terms:
            assert re.fullmatch(r"[a-z0-9-]+", code) and term_name and term_en
    slugs = [slug for slug, *_ in vocabulary.TAXONOMIES]
    assert slugs == ["interest", "access", "target", "status"]
    with pytest.raises(KeyError):
        vocabulary.codes("nonsense")


def test_the_vocabulary_is_the_contracts() -> None:
    if not CONTRACT.is_file():
        pytest.skip(f"the shared contract {CONTRACT} is not here")
    text = " ".join(CONTRACT.read_text(encoding="utf-8").split())
    interests = text.split("Interests (`interest:<code>`):", 1)[1].split("Access and status:")[0]
    pairs = re.findall(r"`([a-z-]+)` ([^`·]+?)(?: ·|\.\s*$)", interests.strip())
    interest = next(terms for slug, _, _, terms in vocabulary.TAXONOMIES if slug == "interest")
    assert [code for code, _ in pairs] == list(vocabulary.INTEREST_CODES)
    assert dict(pairs) == {code: name for code, name, _ in interest}
    others = set(re.findall(r"`((?:access|status|target):[a-z-]+)`", text))
    expected = {
        f"{slug}:{code}"
        for slug, _, _, terms in vocabulary.TAXONOMIES
        if slug != "interest"
        for code, _, _ in terms
    }
    assert others == expected


def test_language_and_engine_load_without_django() -> None:
    # The engine and the language package are plain Python: `brobygger match` runs anywhere.
    probe = (
        "import sys, brobygger.matching.engine, brobygger.danish, brobygger.vocabulary;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
