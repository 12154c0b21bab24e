"""The lexicon compiled once, at import: lookup tables for words, stems, compound parts and
phrases. The data is :mod:`brobygger.danish.lexicon`; this module only indexes it (and refuses
a table with an unknown concept or a weight outside 0..1).
"""

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from . import lexicon as lex
from .lexicon import CONCEPTS
from .text import deaccent, fold, normalize, stem, tokenize

# How many other words may stand inside a phrase at a "…".
MAX_GAP = 3

Weights = dict[str, float]


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    positions: tuple[frozenset[str], ...]
    gaps: tuple[int, ...]  # how many other words may stand before each position
    concepts: tuple[tuple[str, float], ...]
    order: int


def _merge_into(table: dict[str, Weights], key: str, weights: Weights) -> None:
    entry = table.setdefault(key, {})
    for concept, weight in weights.items():
        if concept not in CONCEPTS:
            raise ValueError(f"lexicon: unknown concept {concept!r} for {key!r}")
        if not 0.0 <= weight <= 1.0:
            raise ValueError(f"lexicon: weight {weight} for {key!r} is outside 0..1")
        entry[concept] = max(entry.get(concept, 0.0), weight)


def _forms(key: str) -> Iterator[list[str]]:
    """The forms of a lexicon key, each as its tokens."""
    for form in key.split(","):
        tokens = [deaccent(t) for t in tokenize(form)]
        if tokens:
            yield tokens


def lemma_bases(token: str) -> Iterator[str]:
    """Dictionary forms a past tense may come from: "dansede" → "danse", "spiste" → "spise"."""
    if token in lex.LEMMAS:
        yield lex.LEMMAS[token]
    if len(token) > 5 and token.endswith("ede"):
        yield token[:-3] + "e"
    if len(token) > 4 and token.endswith("te"):
        yield token[:-2] + "e"
    if len(token) > 3 and token.endswith("t"):
        yield token[:-1] + "e"


@functools.lru_cache(maxsize=100_000)
def word_keys(token: str) -> frozenset[str]:
    """What a token may match in a phrase: itself, its stem, the stem of its dictionary form."""
    token = deaccent(token)
    keys = {token, stem(token)}
    keys.update(stem(base) for base in lemma_bases(token))
    return frozenset(keys)


def _position_keys(alternatives: str, where: str) -> frozenset[str]:
    keys: set[str] = set()
    for alternative in alternatives.split("|"):
        exact = alternative.startswith("=")
        tokens = [deaccent(t) for t in tokenize(alternative.removeprefix("="))]
        if len(tokens) != 1:
            raise ValueError(f"lexicon phrase {where!r}: {alternative!r} must be one word")
        word = tokens[0]
        keys.add(word)
        if exact:
            continue
        keys.add(stem(word))
        if word in lex.LEMMAS:
            keys.add(stem(lex.LEMMAS[word]))
    return frozenset(keys)


def _compile_phrase(pattern: str, weights: Weights, order: int) -> Phrase:
    positions: list[frozenset[str]] = []
    gaps: list[int] = []
    gap = 0
    for piece in pattern.replace("...", " … ").split():
        if piece == "…":
            gap = MAX_GAP
            continue
        positions.append(_position_keys(piece, pattern))
        gaps.append(gap if positions[1:] else 0)
        gap = 0
    if len(positions) < 2:
        raise ValueError(f"lexicon phrase {pattern!r} needs at least two words")
    for concept in weights:
        if concept not in CONCEPTS:
            raise ValueError(f"lexicon: unknown concept {concept!r} in phrase {pattern!r}")
    return Phrase(pattern, tuple(positions), tuple(gaps), tuple(weights.items()), order)


def word_set(words: str) -> frozenset[str]:
    """The words of a plain-text word list (separated by spaces or new lines)."""
    return frozenset(words.split())


STOP = word_set(lex.STOPWORDS)

FORMS: dict[str, Weights] = {}  # single words as written (WORDS and EXACT)
WORD_FORMS: dict[str, Weights] = {}  # single words of WORDS only (these may be compound parts)
STEMS: dict[str, Weights] = {}  # stems of WORDS
FIRST_PARTS: dict[str, Weights] = {}  # COMPOUND_ONLY forms that may start a compound
LAST_PARTS: dict[str, Weights] = {}  # COMPOUND_ONLY forms that may end one
EXACT_FORMS: set[str] = set()
_PHRASE_SOURCES: list[tuple[str, Weights]] = []


def _build_tables() -> None:
    for table, by_stem in ((lex.WORDS, True), (lex.EXACT, False)):
        for key, weights in table.items():
            for tokens in _forms(key):
                if len(tokens) > 1:
                    _PHRASE_SOURCES.append((" ".join(tokens), weights))
                    continue
                word = tokens[0]
                _merge_into(FORMS, word, weights)
                if not by_stem:
                    EXACT_FORMS.add(word)
                    continue
                _merge_into(WORD_FORMS, word, weights)
                word_stem = stem(word)
                if len(word_stem) >= 3 and word_stem not in STOP:
                    _merge_into(STEMS, word_stem, weights)
    for key, weights in lex.COMPOUND_ONLY.items():
        for form in (f.strip() for f in key.split(",")):
            word = deaccent(normalize(form.strip("-")))
            if not word.isalpha():
                raise ValueError(f"lexicon COMPOUND_ONLY: {form!r} must be one word")
            if not form.startswith("-"):
                _merge_into(FIRST_PARTS, word, weights)
            if not form.endswith("-"):
                _merge_into(LAST_PARTS, word, weights)
    _PHRASE_SOURCES.extend(lex.PHRASES.items())


_build_tables()
_PHRASES: list[Phrase] = [
    _compile_phrase(pattern, weights, order)
    for order, (pattern, weights) in enumerate(_PHRASE_SOURCES)
]
PHRASE_INDEX: dict[str, list[Phrase]] = {}
for _phrase in sorted(_PHRASES, key=lambda p: (-len(p.positions), p.order)):
    for _key in _phrase.positions[0]:
        PHRASE_INDEX.setdefault(_key, []).append(_phrase)
del _phrase, _key

PLAIN: frozenset[str] = frozenset(deaccent(w) for w in lex.PLAIN_PARTS.split())
SHORT_PARTS = frozenset({"gå", "sy"})  # two-letter words allowed as a first part
_KNOWN_ANYWHERE = frozenset(w for w in (*WORD_FORMS, *PLAIN) if len(w) >= 3)
KNOWN_FIRST: frozenset[str] = _KNOWN_ANYWHERE | FIRST_PARTS.keys()
KNOWN_LAST: frozenset[str] = _KNOWN_ANYWHERE | {w for w in LAST_PARTS if len(w) >= 3}
# stem → a written form with that stem, for parts written as stems or inflected ("strik").
KNOWN_STEMS: dict[str, str] = {}
for _word in sorted(_KNOWN_ANYWHERE, key=lambda w: (len(w), w)):
    KNOWN_STEMS.setdefault(stem(_word), _word)
del _word
# "svoemning", "gaatur": words typed without æ, ø, å (long words only: "boen" is not "bøn").
FOLDED: dict[str, Weights] = {}
for _word, _weights in FORMS.items():
    if fold(_word) != _word and len(fold(_word)) >= 6:
        _merge_into(FOLDED, fold(_word), _weights)
del _word, _weights
