"""Typing errors: the known word closest to one the lexicon does not know ("kortspl" → "kortspil").

The known words are every form in the lexicon, the search words
(:mod:`brobygger.danish.lexicon.search_words`) and the names of the directory's terms. Candidates
come from a deletion index (as in SymSpell): every known word is filed under itself and under
each form with one letter left out, and a typed word is looked up the same way. That finds every
word one edit away (a letter missing, one too many, one changed, two swapped) without comparing
against the whole vocabulary; the exact distance then chooses among them.
"""

import functools

from brobygger.vocabulary import TAXONOMIES

from . import lexicon as lex
from .lexicon.search_words import SEARCH_EXTRA_WORDS, SEARCH_MEANINGS
from .tables import FIRST_PARTS, FORMS, KNOWN_STEMS, LAST_PARTS, PLAIN, STEMS, STOP
from .text import deaccent, stem, tokenize
from .words import split_word, word_concepts

# Shorter words have too many neighbours one edit away to guess from.
MIN_LENGTH = 4


def distance(a: str, b: str) -> int:
    """Edits between two words: letters inserted, deleted, changed or two neighbours swapped
    (the optimal string alignment distance)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def within_one_edit(a: str, b: str) -> bool:
    """``distance(a, b) <= 1``, in one pass."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] + a[i : i + 1] + a[i + 2 :] == b[i:]
        return a[i + 1 :] == b[i + 1 :] or swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _words_of(text: str) -> list[str]:
    return [deaccent(t) for t in tokenize(text)]


@functools.cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """(every known word, the preferred targets, deletion → known words)."""
    words: set[str] = set(FORMS) | set(PLAIN) | set(FIRST_PARTS) | set(LAST_PARTS)
    preferred: set[str] = set()
    for core in lex.CORE_WORDS.values():
        for word in core:
            preferred.update(_words_of(word))
    preferred.update(_words_of(SEARCH_EXTRA_WORDS))
    for key, meaning in SEARCH_MEANINGS.items():
        preferred.update(w for form in key.split(",") for w in _words_of(form))
        extra = meaning.get("words", [])
        if isinstance(extra, list):
            preferred.update(w for word in extra for w in _words_of(str(word)))
    for _slug, name, _en, terms in TAXONOMIES:
        preferred.update(_words_of(name))
        for _code, term_name, _term_en in terms:
            preferred.update(_words_of(term_name))
    words |= preferred
    targets = {w for w in words if len(w) >= MIN_LENGTH and w not in STOP and w.isalpha()}
    index: dict[str, list[str]] = {}
    for word in sorted(targets):
        for key in _deletes(word):
            index.setdefault(key, []).append(word)
    return (
        frozenset(words | STOP),
        frozenset(preferred),
        {k: tuple(v) for k, v in index.items()},
    )


def in_vocabulary(word: str) -> bool:
    """Whether the word is written, as it is, in the lexicon or the search words."""
    return deaccent(word) in _vocabulary()[0]


@functools.lru_cache(maxsize=10_000)
def known(word: str) -> bool:
    """Whether the lexicon knows the word, an inflection of it, or its parts."""
    word = deaccent(word)
    vocabulary, _preferred, _index = _vocabulary()
    if word in vocabulary or stem(word) in STEMS or stem(word) in KNOWN_STEMS:
        return True
    return bool(word_concepts(word)) or len(split_word(word)) > 1


@functools.lru_cache(maxsize=10_000)
def correct(word: str) -> str | None:
    """The known word the writer most likely meant, or None (a known word, a short word, or no
    known word one edit away)."""
    word = deaccent(word)
    if len(word) < MIN_LENGTH or not word.isalpha() or known(word):
        return None
    _known, preferred, index = _vocabulary()
    candidates = {c for key in _deletes(word) for c in index.get(key, ())}
    scored = sorted(
        (distance(word, c), c[0] != word[0], c not in preferred, abs(len(c) - len(word)), c)
        for c in candidates
    )
    if not scored or scored[0][0] > 1:
        return None
    return scored[0][-1]
