"""Search terms: what an offer's text stores and what a free-text query looks for.

Search meets offers through *concept tags*: ``document_terms`` adds ``kpsangkp`` to an offer that
says "sangkor" or "fællessang", and ``expand_query`` adds the same tag to a search for "synge".
A tag is ``kp`` + the concept code without punctuation + ``kp``: no Danish word starts with
"kp", and the Danish Snowball stemmer (Python's and PostgreSQL's ``danish_stem``) leaves a word
ending in "kp" unchanged, so the tag survives ``to_tsvector('danish', …)`` and
``to_tsquery('danish', …)`` as it is. The closing "kp" also keeps one tag from being a prefix
(or substring) of another.
"""

from . import lexicon as lex
from .analysis import analyse
from .tables import EXACT_FORMS, STOP
from .text import concept_tag, deaccent, stem, tokenize
from .words import split_word

# A concept this strong in a query or an offer's text gets its tag (and, in a query, its words).
QUERY_MIN_WEIGHT = 0.5
DOCUMENT_MIN_WEIGHT = 0.5

_CORE_TERMS: dict[str, tuple[str, ...]] = {}


def _term(word: str) -> str:
    """The search term for one word: its stem, or the word itself where the stem would mislead."""
    plain = deaccent(word)
    return word if plain in EXACT_FORMS else stem(word)


def _core_terms(concept: str) -> tuple[str, ...]:
    if concept not in _CORE_TERMS:
        terms = [_term(t) for w in lex.CORE_WORDS.get(concept, []) for t in tokenize(w)]
        _CORE_TERMS[concept] = tuple(dict.fromkeys(t for t in terms if len(t) >= 4))
    return _CORE_TERMS[concept]


def expand_query(text: str) -> list[str]:
    """Search terms for a free-text query: its stems, plus tag and core words of each concept
    it clearly asks for ("synge" → syng, kpsangkp, sang, fællessang, …). Small words are left
    out, so a query of only small words gives no terms."""
    terms = [_term(w) for w in tokenize(text) if deaccent(w) not in STOP]
    for concept, weight in analyse(text).concepts.items():
        if weight >= QUERY_MIN_WEIGHT:
            terms.append(concept_tag(concept))
            terms.extend(_core_terms(concept))
    return list(dict.fromkeys(t for t in terms if t))


def document_terms(text: str) -> list[str]:
    """Terms to store with an offer's text: stems, compound parts and concept tags."""
    terms: list[str] = []
    for word in tokenize(text):
        if deaccent(word) in STOP:
            continue
        terms.append(_term(word))
        parts = split_word(deaccent(word))
        if len(parts) > 1:
            terms.extend(_term(p) for p in parts if len(p) >= 3)
    for concept, weight in analyse(text).concepts.items():
        if weight >= DOCUMENT_MIN_WEIGHT:
            terms.append(concept_tag(concept))
    return list(dict.fromkeys(t for t in terms if t))
