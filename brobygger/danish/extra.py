"""A few everyday Danish phrases the main lexicon does not know yet, and two readings of a
citizen's wishes: what they already do, and what they can no longer do or cannot figure out.

The phrases fill gaps found while building the matcher, until they are added to
:mod:`brobygger.danish.lexicon`. The format is that of ``lexicon.PHRASES``: ``|`` separates
alternatives for one place, ``…`` lets up to three other words stand in between, and every word
also matches its inflections by its Snowball stem.

Only additions: a phrase here can raise a concept's weight, never lower or remove one. The
matching engine combines these with :func:`brobygger.danish.analyse`.
"""

from __future__ import annotations

import functools
import re

from .text import stem, tokenize

EXTRA_PHRASES: dict[str, dict[str, float]] = {
    # "have pulsen op" (the lexicon knows only "få pulsen op").
    "have|få|får|fik|fået|gøre|sætte … pulsen … op": {"bevaegelse": 1.0},
    "sved … på … panden": {"bevaegelse": 0.9},
    "strække|strækker|røre|rører … benene|ben": {"gaatur": 0.8, "bevaegelse": 0.6},
    "holde|holder … hjernen|hovedet … i gang": {"foredrag": 0.6, "spil": 0.4},
    "jord … under … neglene": {"have": 1.0},
    "landmand|landmænd|bonde|gårdejer": {"have": 0.5, "dyr": 0.4},
}

# "Hun går til gymnastik i forvejen": something the citizen already has is not what the link
# worker is looking for. Such a clause counts ALREADY_FACTOR of its weight, unless the same
# clause also says they want it (more): "synger allerede i kor og vil gerne synge mere".
ALREADY_MARKERS = frozenset({"forvejen", "allerede"})
WANT_MARKERS = frozenset(
    {"gerne", "vil", "ville", "savner", "savnede", "mere", "ønsker", "ønske", "tænke"}
    | {"drømmer", "længes", "mangler"}
)
ALREADY_FACTOR = 0.35

MAX_GAP = 3
_NEGATIONS = frozenset(["ikke", "aldrig", "ingen", "intet", "hverken"])
_SENTENCE = re.compile(r"[.!?;:\n]+")


def _keys(word: str) -> frozenset[str]:
    return frozenset({word, stem(word)})


@functools.cache
def _compiled() -> tuple[tuple[tuple[frozenset[str], ...], tuple[tuple[str, float], ...]], ...]:
    phrases = []
    for pattern, concepts in EXTRA_PHRASES.items():
        positions: list[frozenset[str]] = []
        for piece in pattern.replace("...", "…").split():
            if piece == "…":
                continue
            keys: set[str] = set()
            for alternative in piece.split("|"):
                for token in tokenize(alternative):
                    keys |= _keys(token)
            positions.append(frozenset(keys))
        phrases.append((tuple(positions), tuple(concepts.items())))
    return tuple(phrases)


def _find(positions: tuple[frozenset[str], ...], keys: list[frozenset[str]]) -> list[int] | None:
    for start, first in enumerate(keys):
        if not first & positions[0]:
            continue
        found = [start]
        for position in positions[1:]:
            at = found[-1]
            nxt = next(
                (k for k in range(at + 1, min(len(keys), at + 2 + MAX_GAP)) if keys[k] & position),
                None,
            )
            if nxt is None:
                break
            found.append(nxt)
        else:
            return found
    return None


# "Kan ikke finde ud af e-Boks", "forstår ikke min telefon", "kan ikke længere cykle": the
# negation says what the citizen needs help with or has lost, not what they reject. Removing
# it lets the language module see the activity; used only for concepts it found negated.
_INABILITY = (
    re.compile(
        r"\b(?:ikke|aldrig)\s+(?=(?:rigtig\s+|helt\s+|så\s+)?(?:finde\s+ud\s+af|forstå|"
        r"forstår|styr\s+på|god\s+til|godt\s+til|klog\s+på|hitte\s+ud\s+af)\b)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(forstår|forstod|forstå)\s+(?:ikke|aldrig)\b", re.IGNORECASE),
    re.compile(r"\b(kan|kunne|magter|orker)\s+ikke\s+(længere|mere)\b", re.IGNORECASE),
)


def without_inability(text: str) -> str:
    """text with the negation of "can't figure out / no longer able to" phrases removed."""
    text = _INABILITY[0].sub("", text)
    text = _INABILITY[1].sub(r"\1", text)
    return _INABILITY[2].sub(r"\1 \2", text)


_CLAUSE = re.compile(r"[.!?;:,\n]+|\s+(?:men|mens|selvom|fordi)\s+", re.IGNORECASE)


def already_clauses(text: str) -> tuple[str, list[str]]:
    """(the text without clauses about what the citizen already does, those clauses)."""
    keep: list[str] = []
    already: list[str] = []
    for clause in _CLAUSE.split(text):
        words = set(tokenize(clause))
        if words & ALREADY_MARKERS and not words & WANT_MARKERS:
            already.append(clause)
        else:
            keep.append(clause)
    return ". ".join(keep), already


def extra_concepts(text: str) -> dict[str, tuple[float, str]]:
    """Concept → (weight, the words that said it) for the phrases above found in text.

    A phrase right after a negation ("har ikke pulsen op") does not count.
    """
    found: dict[str, tuple[float, str]] = {}
    for sentence in _SENTENCE.split(text):
        words = tokenize(sentence)
        if not words:
            continue
        keys = [_keys(w) for w in words]
        for positions, concepts in _compiled():
            hit = _find(positions, keys)
            if hit is None or _NEGATIONS & set(words[max(0, hit[0] - 3) : hit[0]]):
                continue
            said = " ".join(words[hit[0] : hit[-1] + 1])
            for concept, weight in concepts:
                if weight > found.get(concept, (0.0, ""))[0]:
                    found[concept] = (weight, said)
    return found
