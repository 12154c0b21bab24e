"""Danish language understanding for search and matching: words in, concepts out.

Free Danish text ("Jeg savner at synge sammen med andre") is turned into *concepts*: the interest
codes of the matching contract (``sang``, ``gaatur`` …) plus needs, wishes and target groups
(``need:teleslynge``, ``wish:foelgeven``, ``target:sorg`` …), each with a weight in 0..1. The
vocabulary is plain data in :mod:`brobygger.lib.lexicon_da`; this module only applies it:

1. ``normalize`` and ``tokenize`` the text; clauses end at punctuation and at "men", "fordi" …
2. Phrases from the lexicon are found first ("gå en lille tur", "tør ikke gå alene"); their words
   are used up by them.
3. Every other word is looked up as written, then by its Snowball stem, then by its dictionary
   form (irregular forms, -ede/-te past tenses), then as a compound ("seniorkoret" → senior +
   kor: the last part counts fully, the others a little less).
4. Negation: "ikke", "aldrig", "ingen" … negate what follows in the same clause ("gider ikke
   dans"), and a word a few small words back ("Sang er ikke noget for mig"). Negated concepts are
   dropped and reported in ``Analysis.negated``; "hellere læse end spille kort" rejects the
   cards. "ikke kun", "ikke nogen at synge med", "har ikke danset i mange år", "… det savner
   jeg" and "kan ikke lide at spise alene" are not rejections.
5. Several mentions of a concept add up: the strongest counts fully, each further one adds half
   of what it would add alone, never past 1.

Search meets offers through *concept tags*: ``document_terms`` adds ``kpsangkp`` to an offer that
says "sangkor" or "fællessang", and ``expand_query`` adds the same tag to a search for "synge".
A tag is ``kp`` + the concept code without punctuation + ``kp``: no Danish word starts with
"kp", and the Danish Snowball stemmer (Python's and PostgreSQL's ``danish_stem``) leaves a word
ending in "kp" unchanged, so the tag survives ``to_tsvector('danish', …)`` and
``to_tsquery('danish', …)`` as it is. The closing "kp" also keeps one tag from being a prefix
(or substring) of another.

Plain Python without Django. Lookups are cached; the stemmer is per thread (Snowball's Python
stemmer keeps state while it works).
"""

import functools
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

import snowballstemmer

from brobygger.lib import lexicon_da as lex

__all__ = [
    "CONCEPTS",
    "INTEREST_CODES",
    "TAG_PREFIX",
    "TAG_SUFFIX",
    "Analysis",
    "analyse",
    "concept_tag",
    "concepts",
    "document_terms",
    "expand_query",
    "fold",
    "normalize",
    "split_compound",
    "stem",
    "tokenize",
]

INTEREST_CODES: tuple[str, ...] = (
    "bevaegelse",
    "gaatur",
    "dans",
    "svoemning",
    "cykling",
    "sang",
    "musik",
    "spil",
    "haandarbejde",
    "vaerksted",
    "have",
    "mad",
    "cafe",
    "foredrag",
    "historie",
    "it",
    "kultur",
    "tro",
    "dyr",
    "hjaelpe",
    "samtale",
    "generationer",
)
CONCEPTS: tuple[str, ...] = (
    *INTEREST_CODES,
    "need:koerestol",
    "need:gangbesvaeret",
    "need:teleslynge",
    "need:demensvenlig",
    "need:ekstra-stoette",
    "wish:foelgeven",
    "wish:transport",
    "target:maend",
    "target:kvinder",
    "target:sorg",
    "target:paaroerende",
)

TAG_PREFIX = "kp"
TAG_SUFFIX = "kp"
# A concept this strong in a query or an offer's text gets its tag (and, in a query, its words).
QUERY_MIN_WEIGHT = 0.5
DOCUMENT_MIN_WEIGHT = 0.5
# A negated mention at least this strong is reported in Analysis.negated.
REPORT_NEGATED_MIN_WEIGHT = 0.5
# In a compound the last part names the thing; the others narrow it down.
MODIFIER_FACTOR = 0.8
# An unknown word that ends in a known word ("domkirken" → "kirken") counts for less.
SUFFIX_FACTOR = 0.6
MIN_SUFFIX_LENGTH = 6
# How many other words may stand inside a phrase at a "…", and how far a negation reaches.
MAX_GAP = 3
NEGATION_REACH = 7
MAX_COMPOUND_PARTS = 4

# --------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------
# Typographic quotes and dashes → plain ones; soft hyphens and zero-width marks are dropped.
_PUNCTUATION = str.maketrans(
    "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u00b4`"
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212",
    '"""""""' + "'" * 9 + "-" * 7,
    "\u00ad\u200b\u200c\u200d\u2060\ufeff",
)
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _PUNCTUATION) + "]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# Words and the marks that end a clause: punctuation, a dash between spaces.
_SEGMENT = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[.!?;:,()\[\]{}\"/|•·*…]|(?:^|(?<=\s))-+(?=\s|$)")
_SENTENCE_END = frozenset(".!?;:•·*|…")
_NEWLINES = re.compile(r"[\r\n\u0085\u2028\u2029]+")

_FOLD = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ä": "ae", "ö": "oe"}
)
# Accents that are not part of Danish spelling are dropped for lookups ("café" = "cafe");
# Swedish/German ä and ö are read as æ and ø.
_DEACCENT = str.maketrans("éèêëáàâãäíìîïóòôõöúùûüýÿñç", "eeeeaaaaæiiiiooooøuuuuyync")
_ACCENTED = re.compile("[" + "".join(chr(c) for c in _DEACCENT) + "]")


def normalize(text: str) -> str:
    """Case-folded text with one kind of quote, dash and space; æ, ø and å are kept."""
    text = unicodedata.normalize("NFC", text)
    if _SPECIAL.search(text):  # str.translate is slow; most texts need none of it
        text = text.translate(_PUNCTUATION)
    text = unicodedata.normalize("NFC", text.casefold())
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    return " ".join(text.split())


def fold(text: str) -> str:
    """æ → ae, ø → oe, å → aa: the spelling of the interest codes ("gåtur" → "gaatur")."""
    return text.translate(_FOLD)


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens; hyphenated words are split ("gå-holdet" → gå, holdet)."""
    return [m.group().replace("'", "") for m in _WORD.finditer(normalize(text))]


_local = threading.local()


def _stemmer() -> snowballstemmer.stemmer:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("danish")
    return stemmer


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The Danish Snowball stem of one word ("synger" → "syng", "koret" → "kor")."""
    return str(_stemmer().stemWord(word.casefold()))


def _deaccent(word: str) -> str:
    return word.translate(_DEACCENT) if _ACCENTED.search(word) else word


def concept_tag(concept: str) -> str:
    """The search token for a concept ("sang" → "kpsangkp", "need:koerestol" → …)."""
    return TAG_PREFIX + re.sub(r"[^a-z0-9]", "", fold(concept.lower())) + TAG_SUFFIX


# --------------------------------------------------------------------------------------------
# The lexicon, compiled once
# --------------------------------------------------------------------------------------------
Weights = dict[str, float]


@dataclass(frozen=True, slots=True)
class _Phrase:
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
        tokens = [_deaccent(t) for t in tokenize(form)]
        if tokens:
            yield tokens


def _lemma_bases(token: str) -> Iterator[str]:
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
def _keys(token: str) -> frozenset[str]:
    """What a token may match in a phrase: itself, its stem, the stem of its dictionary form."""
    token = _deaccent(token)
    keys = {token, stem(token)}
    keys.update(stem(base) for base in _lemma_bases(token))
    return frozenset(keys)


def _position_keys(alternatives: str, where: str) -> frozenset[str]:
    keys: set[str] = set()
    for alternative in alternatives.split("|"):
        exact = alternative.startswith("=")
        tokens = [_deaccent(t) for t in tokenize(alternative.removeprefix("="))]
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


def _compile_phrase(pattern: str, weights: Weights, order: int) -> _Phrase:
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
    return _Phrase(pattern, tuple(positions), tuple(gaps), tuple(weights.items()), order)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STOP = _word_set(lex.STOPWORDS)
_NEGATIONS = _word_set(lex.NEGATIONS)
_DISLIKES = _word_set(lex.DISLIKES)
_UNDO_NEXT = _word_set(lex.NEGATION_UNDO_NEXT)
_COMPANY = _word_set(lex.NEGATION_COMPANY)
_NOSTALGIA = _word_set(lex.NEGATION_NOSTALGIA)
_NEGATION_STOP = _word_set(lex.NEGATION_STOP)
_LOOKBACK_SKIP = _word_set(lex.NEGATION_LOOKBACK_SKIP)
_CLAUSE_WORDS = _word_set(lex.CLAUSE_WORDS)
_LONGING = _word_set(lex.LONGING)

_FORMS: dict[str, Weights] = {}  # single words as written (WORDS and EXACT)
_WORD_FORMS: dict[str, Weights] = {}  # single words of WORDS only (these may be compound parts)
_STEMS: dict[str, Weights] = {}  # stems of WORDS
_FIRST_PARTS: dict[str, Weights] = {}  # COMPOUND_ONLY forms that may start a compound
_LAST_PARTS: dict[str, Weights] = {}  # COMPOUND_ONLY forms that may end one
_EXACT_FORMS: set[str] = set()
_PHRASE_SOURCES: list[tuple[str, Weights]] = []


def _build_tables() -> None:
    for table, by_stem in ((lex.WORDS, True), (lex.EXACT, False)):
        for key, weights in table.items():
            for tokens in _forms(key):
                if len(tokens) > 1:
                    _PHRASE_SOURCES.append((" ".join(tokens), weights))
                    continue
                word = tokens[0]
                _merge_into(_FORMS, word, weights)
                if not by_stem:
                    _EXACT_FORMS.add(word)
                    continue
                _merge_into(_WORD_FORMS, word, weights)
                word_stem = stem(word)
                if len(word_stem) >= 3 and word_stem not in _STOP:
                    _merge_into(_STEMS, word_stem, weights)
    for key, weights in lex.COMPOUND_ONLY.items():
        for form in (f.strip() for f in key.split(",")):
            word = _deaccent(normalize(form.strip("-")))
            if not word.isalpha():
                raise ValueError(f"lexicon COMPOUND_ONLY: {form!r} must be one word")
            if not form.startswith("-"):
                _merge_into(_FIRST_PARTS, word, weights)
            if not form.endswith("-"):
                _merge_into(_LAST_PARTS, word, weights)
    _PHRASE_SOURCES.extend(lex.PHRASES.items())


_build_tables()
_PHRASES: list[_Phrase] = [
    _compile_phrase(pattern, weights, order)
    for order, (pattern, weights) in enumerate(_PHRASE_SOURCES)
]
_PHRASE_INDEX: dict[str, list[_Phrase]] = {}
for _phrase in sorted(_PHRASES, key=lambda p: (-len(p.positions), p.order)):
    for _key in _phrase.positions[0]:
        _PHRASE_INDEX.setdefault(_key, []).append(_phrase)
del _phrase, _key

_PLAIN: frozenset[str] = frozenset(_deaccent(w) for w in lex.PLAIN_PARTS.split())
_SHORT_PARTS = frozenset({"gå", "sy"})  # two-letter words allowed as a first part
_KNOWN_ANYWHERE = frozenset(w for w in (*_WORD_FORMS, *_PLAIN) if len(w) >= 3)
_KNOWN_FIRST: frozenset[str] = _KNOWN_ANYWHERE | _FIRST_PARTS.keys()
_KNOWN_LAST: frozenset[str] = _KNOWN_ANYWHERE | {w for w in _LAST_PARTS if len(w) >= 3}
# stem → a written form with that stem, for parts written as stems or inflected ("strik").
_KNOWN_STEMS: dict[str, str] = {}
for _word in sorted(_KNOWN_ANYWHERE, key=lambda w: (len(w), w)):
    _KNOWN_STEMS.setdefault(stem(_word), _word)
del _word
# "svoemning", "gaatur": words typed without æ, ø, å (long words only: "boen" is not "bøn").
_FOLDED: dict[str, Weights] = {}
for _word, _weights in _FORMS.items():
    if fold(_word) != _word and len(fold(_word)) >= 6:
        _merge_into(_FOLDED, fold(_word), _weights)
del _word, _weights
_CORE_TERMS: dict[str, tuple[str, ...]] = {}


# --------------------------------------------------------------------------------------------
# Words → concepts
# --------------------------------------------------------------------------------------------
def _lookup(word: str) -> Weights | None:
    """A single word's concepts without splitting it; None when the lexicon does not know it."""
    if word in _FORMS:
        return _FORMS[word]
    hit = _STEMS.get(stem(word))
    if hit is not None:
        return hit
    if word in lex.LEMMAS:
        lemma = lex.LEMMAS[word]
        hit = _FORMS.get(lemma) or _STEMS.get(stem(lemma))
        if hit is not None:
            return hit
    for base in _lemma_bases(word):
        # A guessed dictionary form must be written in WORDS: "dansede" → "danse".
        if base in _WORD_FORMS:
            return _WORD_FORMS[base]
    if "ae" in word or "oe" in word or "aa" in word:
        return _FOLDED.get(word)
    return None


def _part_concepts(part: str, last: bool) -> Weights | None:
    """A compound part's concepts: COMPOUND_ONLY for its place, then WORDS (never EXACT)."""
    parts = _LAST_PARTS if last else _FIRST_PARTS
    if part in parts:
        return parts[part]
    if part in _WORD_FORMS:
        return _WORD_FORMS[part]
    if part in _PLAIN:
        return None
    return _STEMS.get(stem(part))


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
        return (part, 0) if part in _SHORT_PARTS else None
    if part in _KNOWN_FIRST:
        return part, 0
    if len(part) >= 4 and part[-1] in "se" and part[:-1] in _KNOWN_FIRST:
        return part[:-1], 1
    if len(part) >= 5 and part in _KNOWN_STEMS:
        return _KNOWN_STEMS[part], 0
    return None


def _last(part: str) -> str | None:
    """The known word the final part is an inflection of ("koret" → "kor")."""
    if len(part) < 3:
        return None
    for ending in _ENDINGS:
        if part.endswith(ending) and len(part) - len(ending) >= 3:
            base = part[: -len(ending)]
            # "koret" → "kor", but "hjælpe" stays: "hjælp" means something else.
            if base in _KNOWN_LAST and (
                part not in _KNOWN_LAST or _part_concepts(base, True) == _part_concepts(part, True)
            ):
                return base
    if part in _KNOWN_LAST:
        return part
    part_stem = stem(part)
    if len(part_stem) >= 4 and part_stem in _KNOWN_STEMS:
        return _KNOWN_STEMS[part_stem]
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
def _split_word(word: str) -> tuple[str, ...]:
    if len(word) < 5 or not word.isalpha() or _last(word) in _PLAIN:
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
        parts.extend(_split_word(_deaccent(token)))
    return parts


@functools.lru_cache(maxsize=100_000)
def _word_concepts(token: str) -> tuple[tuple[str, float], ...]:
    word = _deaccent(token)
    if word in _STOP or not word.isalpha():
        return ()
    direct = _lookup(word)
    if direct is not None:
        return tuple(direct.items())
    if _last(word) in _PLAIN:  # an everyday word ("formiddagen"), not a compound
        return ()
    parts = _split_word(word)
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
            hit = _WORD_FORMS.get(tail) or _LAST_PARTS.get(tail)
            if hit:
                found = {
                    c: round(w * SUFFIX_FACTOR, 3) for c, w in hit.items() if c in INTEREST_CODES
                }
                break
    return tuple(found.items())


# --------------------------------------------------------------------------------------------
# Text → concepts
# --------------------------------------------------------------------------------------------
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
    phrase: _Phrase, keys: list[frozenset[str]], used: list[bool], start: int
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


def _negated_positions(
    words: list[str], used: list[bool], has_concept: list[bool], rest: list[str]
) -> set[int]:
    """Indices of words that a negation in this clause reaches."""
    negated: set[int] = set()
    cues = [i for i, w in enumerate(words) if not used[i] and (w in _NEGATIONS or w in _DISLIKES)]
    if "hellere" in words:
        first = words.index("hellere")
        cues += [i for i, w in enumerate(words) if w == "end" and i > first and not used[i]]
    for cue in cues:
        after = words[cue + 1 : cue + 3]
        if after and after[0] in _UNDO_NEXT:
            continue
        if after[:2] == ["noget", "imod"] or any(w in _COMPANY for w in after):
            continue
        if any(w in _NOSTALGIA for w in words[cue + 1 :]):
            continue
        if _longing_follows(words[cue + 1 :] + rest):
            continue
        scope: list[int] = []
        for i in range(cue + 1, min(len(words), cue + 1 + NEGATION_REACH)):
            if words[i] in _NEGATION_STOP:
                break
            scope.append(i)
        scoped = [words[i] for i in scope]
        if "alene" in scoped or (after[:1] == ["at"] and "med" in scoped[:5]):
            continue
        negated.update(scope)
        # "Sang er ikke noget for mig", "Kortspil gider jeg ikke": look back over small words.
        back = cue - 1
        while back >= 0 and words[back] in _LOOKBACK_SKIP and cue - back <= 4:
            back -= 1
        if 0 <= back < cue - 1 and has_concept[back]:
            negated.add(back)
    return negated


def _longing_follows(later: list[str]) -> bool:
    """ "… ikke sunget længe, det savner jeg": a longing word for "det" later in the sentence."""
    for i, word in enumerate(later):
        if word in _LONGING and "det" in later[max(0, i - 2) : i + 3]:
            return True
    return False


@functools.lru_cache(maxsize=100_000)
def _candidates(keys: frozenset[str]) -> tuple[_Phrase, ...]:
    """The phrases a word with these keys may start, longest first."""
    found = {id(p): p for key in keys for p in _PHRASE_INDEX.get(key, ())}
    return tuple(sorted(found.values(), key=lambda p: (-len(p.positions), p.order)))


def _clause_mentions(words: list[str], rest: list[str]) -> list[_Mention]:
    keys = [_keys(w) for w in words]
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
            word_weights[i] = _word_concepts(word)
            has_concept[i] = bool(word_weights[i])
    negated = _negated_positions(words, used, has_concept, rest)
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


# --------------------------------------------------------------------------------------------
# Search terms
# --------------------------------------------------------------------------------------------
def _term(word: str) -> str:
    """The search term for one word: its stem, or the word itself where the stem would mislead."""
    plain = _deaccent(word)
    return word if plain in _EXACT_FORMS else stem(word)


def _core_terms(concept: str) -> tuple[str, ...]:
    if concept not in _CORE_TERMS:
        terms = [_term(t) for w in lex.CORE_WORDS.get(concept, []) for t in tokenize(w)]
        _CORE_TERMS[concept] = tuple(dict.fromkeys(t for t in terms if len(t) >= 4))
    return _CORE_TERMS[concept]


def expand_query(text: str) -> list[str]:
    """Search terms for a free-text query: its stems, plus tag and core words of each concept
    it clearly asks for ("synge" → syng, kpsangkp, sang, fællessang, …). Small words are left
    out, so a query of only small words gives no terms."""
    terms = [_term(w) for w in tokenize(text) if _deaccent(w) not in _STOP]
    for concept, weight in analyse(text).concepts.items():
        if weight >= QUERY_MIN_WEIGHT:
            terms.append(concept_tag(concept))
            terms.extend(_core_terms(concept))
    return list(dict.fromkeys(t for t in terms if t))


def document_terms(text: str) -> list[str]:
    """Terms to store with an offer's text: stems, compound parts and concept tags."""
    terms: list[str] = []
    for word in tokenize(text):
        if _deaccent(word) in _STOP:
            continue
        terms.append(_term(word))
        parts = _split_word(_deaccent(word))
        if len(parts) > 1:
            terms.extend(_term(p) for p in parts if len(p) >= 3)
    for concept, weight in analyse(text).concepts.items():
        if weight >= DOCUMENT_MIN_WEIGHT:
            terms.append(concept_tag(concept))
    return list(dict.fromkeys(t for t in terms if t))
