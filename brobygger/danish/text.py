"""Text in, words out: normalising, tokenising, folding, stemming, concept tags.

``normalize`` gives one kind of quote, dash and space, case-folded, æ, ø and å kept;
``tokenize`` the lower-case words of a text; ``fold`` writes æ, ø, å as the interest codes do;
``stem`` is the Danish Snowball stem (per thread: Snowball's Python stemmer keeps state while
it works; the results are cached).
"""

import functools
import re
import threading
import unicodedata

import snowballstemmer

TAG_PREFIX = "kp"
TAG_SUFFIX = "kp"

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


def deaccent(word: str) -> str:
    """The word with accents Danish does not use dropped ("café" → "cafe", "ö" → "ø")."""
    return word.translate(_DEACCENT) if _ACCENTED.search(word) else word


def concept_tag(concept: str) -> str:
    """The search token for a concept ("sang" → "kpsangkp", "need:koerestol" → …)."""
    return TAG_PREFIX + re.sub(r"[^a-z0-9]", "", fold(concept.lower())) + TAG_SUFFIX
