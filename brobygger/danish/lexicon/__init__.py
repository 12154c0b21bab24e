"""Danish vocabulary for Brobygger's language understanding: plain data, meant to be extended.

Everything here is read once by :mod:`brobygger.danish.tables` when it is imported. No code
needed to add a word: find the right table, copy a line, change it, run the tests
(``uv run pytest tests/danish``).

Concepts
--------
A concept is what a word is about. The interest concepts are exactly the interest codes of the
matching contract (``sang``, ``gaatur``, ``haandarbejde`` …), read from
:mod:`brobygger.vocabulary`. The others are written with a
prefix:

- ``need:koerestol``, ``need:gangbesvaeret`` (walker, stick, bad legs), ``need:teleslynge``,
  ``need:demensvenlig``, ``need:ekstra-stoette``
- ``wish:foelgeven`` (someone to go with), ``wish:transport`` (cannot get there alone)
- ``target:maend``, ``target:kvinder``, ``target:sorg`` (bereaved), ``target:paaroerende``

Weights run from 0 to 1: 1.0 the word *is* the concept ("synge" → sang), 0.8 strong,
0.6 related, 0.4 a hint, 0.2 faint. Several hints add up (but never past 1.0).

The tables
----------
``WORDS``
    Ordinary words. The key lists one or more forms separated by commas. Every form is reduced
    to its stem (Snowball, Danish), so one form covers its regular inflections: "synge" also
    finds "synger", "syngende"; "hund" finds "hunde", "hunden", "hundene". Past tenses in
    -ede/-te/-t are found from an infinitive written here ("dansede" → "danse",
    "spiste" → "spise"). Irregular forms (sunget, gik, gået) must be written out, or put in
    ``LEMMAS``. A form with a space or hyphen in it ("tai chi", "e-boks") is matched as a fixed
    phrase. WORDS also count as parts of compounds ("strikke" in "strikkeaften").
    Before adding a short word, check what else shares its stem (``danish.stem``): "hænder"
    has the stem of "hændte" (happened), so it belongs in EXACT.
``EXACT``
    Same layout, but the forms match only exactly as written, never by stem. Use it for short
    or ambiguous words whose stem would catch other words: "dans" (stem "dan"), "kaffe" (stem
    "kaf"), "haven" (stem "hav", as in "havet", the sea), "dyr" (animal, but "dyre" = expensive).
    EXACT words do not count inside compounds unless also listed in ``COMPOUND_ONLY``.
``COMPOUND_ONLY``
    Words that count inside compounds: "have" (garden) in "fælleshave" (on its own "have" is
    the verb "to have"), "kor" in "kirkekor". "vand-" counts only as a first part, "-ven" only
    as the last.
``PLAIN_PARTS``
    Words with no concept of their own that often stand in compounds ("senior", "gruppe",
    "klub"), so that "seniorkoret" is understood as senior + kor.
``PHRASES``
    Several words. ``|`` separates alternatives for one place, ``…`` (or ``...``) lets up to
    three other words stand in between: "gå|går|gik … tur|ture" finds "går gerne en lille tur".
    Each word also matches its inflections (by stem); a word written with ``=`` in front
    ("=hjælpe") matches only as written (the verb, not the noun "hjælp"). A phrase with an
    empty ``{}`` only stops its words from counting on their own ("går til" gymnastik is not
    a walk). Words in a phrase are used up by it; the longest phrase wins.
``LEMMAS``
    Irregular forms and the dictionary form they belong to.
``STOPWORDS``
    Small words that never carry a concept and are left out of search terms (plain text).
``NEGATIONS`` …
    Words that negate what follows ("ikke"), and the helpers for negation (plain text; how they
    are used is described in :mod:`brobygger.danish.negation`).
``CORE_WORDS``
    For each concept, the few words a search for it should also look for.

Where the tables are: ``WORDS`` is ``interest_words.INTEREST_WORDS`` followed by
``support_words.SUPPORT_WORDS`` (needs, wishes, target groups); ``EXACT``, ``COMPOUND_ONLY``,
``PLAIN_PARTS`` and ``LEMMAS`` are in ``forms``; ``PHRASES`` in ``phrases``; the word lists
and ``CORE_WORDS`` in ``word_lists``.
"""

from brobygger.vocabulary import INTEREST_CODES

from .forms import COMPOUND_ONLY, EXACT, LEMMAS, PLAIN_PARTS
from .interest_words import INTEREST_WORDS
from .phrases import PHRASES
from .support_words import SUPPORT_WORDS
from .word_lists import (
    CLAUSE_WORDS,
    CORE_WORDS,
    DISLIKES,
    LONGING,
    NEGATION_COMPANY,
    NEGATION_LOOKBACK_SKIP,
    NEGATION_NOSTALGIA,
    NEGATION_STOP,
    NEGATION_UNDO_NEXT,
    NEGATIONS,
    STOPWORDS,
)

__all__ = [
    "CLAUSE_WORDS",
    "COMPOUND_ONLY",
    "CONCEPTS",
    "CORE_WORDS",
    "DISLIKES",
    "EXACT",
    "INTEREST_CODES",
    "LEMMAS",
    "LONGING",
    "NEGATIONS",
    "NEGATION_COMPANY",
    "NEGATION_LOOKBACK_SKIP",
    "NEGATION_NOSTALGIA",
    "NEGATION_STOP",
    "NEGATION_UNDO_NEXT",
    "PHRASES",
    "PLAIN_PARTS",
    "STOPWORDS",
    "WORDS",
]

# Every concept the lexicon may name: the interest codes, then needs, wishes and target groups
# as the language understands them ("need:gangbesvaeret" has no access code of its own).
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

WORDS: dict[str, dict[str, float]] = {**INTEREST_WORDS, **SUPPORT_WORDS}
if len(WORDS) != len(INTEREST_WORDS) + len(SUPPORT_WORDS):
    # A key in both tables would silently lose one of its entries.
    raise ValueError("lexicon: the same WORDS key in interest_words and support_words")
