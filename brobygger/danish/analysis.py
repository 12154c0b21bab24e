"""Text → concepts: clauses, phrases, negation, and how mentions add up.

1. The text is cut into clauses at punctuation and at "men", "fordi" …
2. Phrases from the lexicon are found first ("gå en lille tur", "tør ikke gå alene"); their
   words are used up by them.
3. Every other word is looked up on its own (:mod:`brobygger.danish.words`).
4. Negated concepts (:mod:`brobygger.danish.negation`) are dropped and reported in
   ``Analysis.negated``.
5. Several mentions of a concept add up: the strongest counts fully, each further one adds half
   of what it would add alone, never past 1.
"""

import functools
import re
from dataclasses import dataclass, field

from . import lexicon as lex
from .negation import negated_positions
from .tables import PHRASE_INDEX, Phrase, word_keys, word_set
from .text import normalize
from .words import word_concepts

# A negated mention at least this strong is reported in Analysis.negated.
REPORT_NEGATED_MIN_WEIGHT = 0.5

# Words and the marks that end a clause: punctuation, a dash between spaces.
_SEGMENT = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[.!?;:,()\[\]{}\"/|•·*…]|(?:^|(?<=\s))-+(?=\s|$)")
_SENTENCE_END = frozenset(".!?;:•·*|…")
_NEWLINES = re.compile(r"[\r\n\u0085\u2028\u2029]+")
_CLAUSE_WORDS = word_set(lex.CLAUSE_WORDS)


@dataclass(slots=True)
class Analysis:
    """What a text is about.

    ``concepts``: concept → weight in 0..1, strongest first. ``negated``: concepts the text
    rejects ("gider ikke dans"); they are not in ``concepts``. ``matched_words``: concept → the
    writer's own words that gave it, strongest first ("sang": ["synge", "kirkekor"]).
    """

    concepts: dict[str, float] = field(default_factory=dict)
    negated: set[str] = field(default_factory=set)
    matched_words: dict[str, list[str]] = field(default_factory=dict)


@dataclass(slots=True)
class _Mention:
    concept: str
    weight: float
    words: str
    negated: bool = False


def _clauses(text: str) -> list[tuple[int, list[str]]]:
    """(sentence number, words) for each clause of the text."""
    clauses: list[tuple[int, list[str]]] = []
    sentence = 0
    words: list[str] = []
    for piece in _SEGMENT.findall(normalize(_NEWLINES.sub(" . ", text))):
        if piece[0].isalnum():
            word = piece.replace("'", "") if "'" in piece else piece
            if word not in _CLAUSE_WORDS:
                words.append(word)
                continue
        if words:
            clauses.append((sentence, words))
            words = []
        if piece[0] in _SENTENCE_END:
            sentence += 1
    if words:
        clauses.append((sentence, words))
    return clauses


def _match_phrase(
    phrase: Phrase, keys: list[frozenset[str]], used: list[bool], start: int
) -> list[int] | None:
    indices = [start]
    at = start
    for position, gap in zip(phrase.positions[1:], phrase.gaps[1:], strict=True):
        found = None
        for k in range(at + 1, min(len(keys), at + 2 + gap)):
            if not used[k] and keys[k] & position:
                found = k
                break
        if found is None:
            return None
        indices.append(found)
        at = found
    return indices


@functools.lru_cache(maxsize=100_000)
def _candidates(keys: frozenset[str]) -> tuple[Phrase, ...]:
    """The phrases a word with these keys may start, longest first."""
    found = {id(p): p for key in keys for p in PHRASE_INDEX.get(key, ())}
    return tuple(sorted(found.values(), key=lambda p: (-len(p.positions), p.order)))


def _clause_mentions(words: list[str], rest: list[str]) -> list[_Mention]:
    keys = [word_keys(w) for w in words]
    in_clause = frozenset().union(*keys)
    used = [False] * len(words)
    found: list[tuple[int, list[int], tuple[tuple[str, float], ...]]] = []
    for start in range(len(words)):
        if used[start]:
            continue
        for phrase in _candidates(keys[start]):
            if any(map(in_clause.isdisjoint, phrase.positions[1:])):  # a word is missing
                continue
            indices = _match_phrase(phrase, keys, used, start)
            if indices is not None:
                for i in indices:
                    used[i] = True
                found.append((start, indices, phrase.concepts))
                break
    has_concept = [False] * len(words)
    for start, _, weights in found:
        if weights:
            has_concept[start] = True
    word_weights: list[tuple[tuple[str, float], ...]] = [()] * len(words)
    for i, word in enumerate(words):
        if not used[i]:
            word_weights[i] = word_concepts(word)
            has_concept[i] = bool(word_weights[i])
    negated = negated_positions(words, used, has_concept, rest)
    mentions: list[tuple[int, _Mention]] = []
    for start, indices, weights in found:
        text = " ".join(words[indices[0] : indices[-1] + 1])
        for concept, weight in weights:
            mentions.append((start, _Mention(concept, weight, text, start in negated)))
    for i, weights in enumerate(word_weights):
        for concept, weight in weights:
            mentions.append((i, _Mention(concept, weight, words[i], i in negated)))
    mentions.sort(key=lambda m: m[0])
    return [m for _, m in mentions]


def analyse(text: str) -> Analysis:
    """Concepts of a Danish text, what it rejects, and the words behind each concept."""
    found, negated, matched = _analysis(text)
    return Analysis(
        concepts=dict(found),
        negated=set(negated),
        matched_words={concept: list(words) for concept, words in matched},
    )


_Result = tuple[
    tuple[tuple[str, float], ...], frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]
]


# Offer texts are analysed again for every citizen; the cache makes that free.
@functools.lru_cache(maxsize=4096)
def _analysis(text: str) -> _Result:
    clauses = _clauses(text)
    mentions: list[_Mention] = []
    for index, (sentence, words) in enumerate(clauses):
        rest = [w for s, later in clauses[index + 1 :] if s == sentence for w in later]
        mentions.extend(_clause_mentions(words, rest))
    heard: dict[str, list[float]] = {}
    strongest_negation: dict[str, float] = {}
    evidence: dict[str, list[tuple[float, int, str]]] = {}
    for order, mention in enumerate(mentions):
        if mention.negated:
            strongest_negation[mention.concept] = max(
                strongest_negation.get(mention.concept, 0.0), mention.weight
            )
            continue
        heard.setdefault(mention.concept, []).append(mention.weight)
        evidence.setdefault(mention.concept, []).append((-mention.weight, order, mention.words))
    combined = {c: _combine(ws) for c, ws in heard.items()}
    result = dict(
        sorted(((c, w) for c, w in combined.items() if w > 0), key=lambda cw: (-cw[1], cw[0]))
    )
    negated = {
        c
        for c, w in strongest_negation.items()
        if c not in result and w >= REPORT_NEGATED_MIN_WEIGHT
    }
    matched = tuple(
        (concept, tuple(dict.fromkeys(said for _, _, said in sorted(evidence[concept]))))
        for concept in result
    )
    return tuple(result.items()), frozenset(negated), matched


def _combine(weights: list[float]) -> float:
    """The strongest mention counts fully; each further one closes half of the remaining gap
    its weight would close alone (five hints of 0.4 make 0.75, never 1)."""
    ordered = sorted(weights, reverse=True)
    total = ordered[0]
    for weight in ordered[1:]:
        total += (1.0 - total) * weight * 0.5
    return round(min(total, 1.0), 3)


def concepts(text: str) -> dict[str, float]:
    """Concept → weight (0..1) for a Danish text, strongest first; negated concepts left out."""
    return analyse(text).concepts
