"""One word → concepts: by its form, stem or dictionary form, or as a compound
("seniorkoret" → senior + kor: the last part counts fully, the others a little less)."""

import functools

from brobygger.vocabulary import INTEREST_CODES

from . import lexicon as lex
from .tables import (
    FIRST_PARTS,
    FOLDED,
    FORMS,
    KNOWN_FIRST,
    KNOWN_LAST,
    KNOWN_STEMS,
    LAST_PARTS,
    PLAIN,
    SHORT_PARTS,
    STEMS,
    STOP,
    WORD_FORMS,
    Weights,
    lemma_bases,
)
from .text import deaccent, stem, tokenize

# In a compound the last part names the thing; the others narrow it down.
MODIFIER_FACTOR = 0.8
# An unknown word that ends in a known word ("domkirken" → "kirken") counts for less.
SUFFIX_FACTOR = 0.6
MIN_SUFFIX_LENGTH = 6
MAX_COMPOUND_PARTS = 4


# --------------------------------------------------------------------------------------------
# Words → concepts
# --------------------------------------------------------------------------------------------
def _lookup(word: str) -> Weights | None:
    """A single word's concepts without splitting it; None when the lexicon does not know it."""
    if word in FORMS:
        return FORMS[word]
    hit = STEMS.get(stem(word))
    if hit is not None:
        return hit
    if word in lex.LEMMAS:
        lemma = lex.LEMMAS[word]
        hit = FORMS.get(lemma) or STEMS.get(stem(lemma))
        if hit is not None:
            return hit
    for base in lemma_bases(word):
        # A guessed dictionary form must be written in WORDS: "dansede" → "danse".
        if base in WORD_FORMS:
            return WORD_FORMS[base]
    if "ae" in word or "oe" in word or "aa" in word:
        return FOLDED.get(word)
    return None


def _part_concepts(part: str, last: bool) -> Weights | None:
    """A compound part's concepts: COMPOUND_ONLY for its place, then WORDS (never EXACT)."""
    parts = LAST_PARTS if last else FIRST_PARTS
    if part in parts:
        return parts[part]
    if part in WORD_FORMS:
        return WORD_FORMS[part]
    if part in PLAIN:
        return None
    return STEMS.get(stem(part))


# --------------------------------------------------------------------------------------------
# Compounds
# --------------------------------------------------------------------------------------------
_ENDINGS = ("ernes", "enes", "erne", "ene", "ens", "ets", "ers", "en", "et", "er", "es", "e", "s")
# A split: its parts and how many linking letters were dropped.
Split = tuple[tuple[str, ...], int]


def _first(part: str) -> tuple[str, int] | None:
    """The known word a non-final part stands for, and whether a linking -s-/-e- was dropped
    ("stole" → "stol", "besøgs" → "besøg")."""
    if len(part) < 3:
        return (part, 0) if part in SHORT_PARTS else None
    if part in KNOWN_FIRST:
        return part, 0
    if len(part) >= 4 and part[-1] in "se" and part[:-1] in KNOWN_FIRST:
        return part[:-1], 1
    if len(part) >= 5 and part in KNOWN_STEMS:
        return KNOWN_STEMS[part], 0
    return None


def _last(part: str) -> str | None:
    """The known word the final part is an inflection of ("koret" → "kor")."""
    if len(part) < 3:
        return None
    for ending in _ENDINGS:
        if part.endswith(ending) and len(part) - len(ending) >= 3:
            base = part[: -len(ending)]
            # "koret" → "kor", but "hjælpe" stays: "hjælp" means something else.
            if base in KNOWN_LAST and (
                part not in KNOWN_LAST or _part_concepts(base, True) == _part_concepts(part, True)
            ):
                return base
    if part in KNOWN_LAST:
        return part
    part_stem = stem(part)
    if len(part_stem) >= 4 and part_stem in KNOWN_STEMS:
        return KNOWN_STEMS[part_stem]
    return None


def _score(split: Split) -> tuple[int, int, int]:
    """Fewer parts first, then fewer linking letters, then no tiny parts."""
    parts, links = split
    return len(parts), links, -min(map(len, parts))


@functools.lru_cache(maxsize=100_000)
def _segment(word: str, max_parts: int, whole: bool) -> Split | None:
    """The best split of word into known parts (at most max_parts; two at least unless whole)."""
    best: Split | None = None
    if whole and (last := _last(word)):
        best = ((last,), 0)
    if max_parts > 1:
        for cut in range(2, len(word) - 2):
            first = _first(word[:cut])
            if first is None:
                continue
            rest = _segment(word[cut:], max_parts - 1, True)
            if rest is None:
                continue
            candidate = ((first[0], *rest[0]), first[1] + rest[1])
            if best is None or _score(candidate) < _score(best):
                best = candidate
    return best


@functools.lru_cache(maxsize=100_000)
def split_word(word: str) -> tuple[str, ...]:
    if len(word) < 5 or not word.isalpha() or _last(word) in PLAIN:
        return (word,)
    split = _segment(word, MAX_COMPOUND_PARTS, False)
    # Two tiny parts are more often chance than a compound ("salven" is not sal + ven).
    if split is None or sum(len(p) == 3 for p in split[0]) > 1:
        return (word,)
    return split[0]


def split_compound(word: str) -> list[str]:
    """Known parts of a Danish compound: "seniorkoret" → ["senior", "kor"].

    Linking -s-/-e- and the final part's endings are removed; a word is split only when every
    part is a lexicon word of three letters or more ("gå" and "sy" may start a compound), at
    most one of them shorter than four. A word that cannot be split comes back alone.
    """
    parts: list[str] = []
    for token in tokenize(word):
        parts.extend(split_word(deaccent(token)))
    return parts


@functools.lru_cache(maxsize=100_000)
def word_concepts(token: str) -> tuple[tuple[str, float], ...]:
    word = deaccent(token)
    if word in STOP or not word.isalpha():
        return ()
    direct = _lookup(word)
    if direct is not None:
        return tuple(direct.items())
    if _last(word) in PLAIN:  # an everyday word ("formiddagen"), not a compound
        return ()
    parts = split_word(word)
    found: Weights = {}
    if len(parts) > 1:
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            factor = 1.0 if last else MODIFIER_FACTOR
            for concept, weight in (_part_concepts(part, last) or {}).items():
                found[concept] = max(found.get(concept, 0.0), round(weight * factor, 3))
    if not found:
        # An unknown first part before a known word: "jagthunde", "stavkirken" (interests only).
        for start in range(3, len(word) - MIN_SUFFIX_LENGTH + 1):
            tail = word[start:]
            hit = WORD_FORMS.get(tail) or LAST_PARTS.get(tail)
            if hit:
                found = {
                    c: round(w * SUFFIX_FACTOR, 3) for c, w in hit.items() if c in INTEREST_CODES
                }
                break
    return tuple(found.items())
