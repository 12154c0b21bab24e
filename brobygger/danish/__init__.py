"""Danish language understanding for search and matching: words in, concepts out.

Free Danish text ("Jeg savner at synge sammen med andre") is turned into *concepts*: the interest
codes of the matching contract (``sang``, ``gaatur`` …, from :mod:`brobygger.vocabulary`) plus
needs, wishes and target groups (``need:teleslynge``, ``wish:foelgeven``, ``target:sorg`` …),
each with a weight in 0..1. The vocabulary is plain data in :mod:`brobygger.danish.lexicon`;
the modules here only apply it:

``text``
    ``normalize`` and ``tokenize`` the text, ``fold`` æ/ø/å, ``stem`` (Snowball), concept tags.
``tables``
    The lexicon compiled once into lookup tables.
``words``
    One word → concepts: as written, by its Snowball stem, by its dictionary form (irregular
    forms, -ede/-te past tenses), then as a compound ("seniorkoret" → senior + kor: the last
    part counts fully, the others a little less).
``negation``
    What "ikke", "aldrig", "hader" … reach in a clause, and what is not a rejection.
``analysis``
    Text → concepts: clauses, phrases first (their words are used up by them), then words;
    negated concepts dropped and reported; several mentions add up.
``terms``
    Search terms for an offer's text (``document_terms``) and a query (``expand_query``), which
    meet through concept tags (``kpsangkp``).
``extra``
    A few phrases the lexicon does not know yet, and two readings of a citizen's wishes the
    matching engine uses (what they already do, what they can no longer do).

Plain Python without Django. Lookups are cached; the stemmer is per thread.
"""

from .analysis import Analysis, analyse, concepts
from .extra import ALREADY_FACTOR, already_clauses, extra_concepts, without_inability
from .lexicon import CONCEPTS, INTEREST_CODES
from .terms import document_terms, expand_query
from .text import TAG_PREFIX, TAG_SUFFIX, concept_tag, fold, normalize, stem, tokenize
from .words import split_compound

__all__ = [
    "ALREADY_FACTOR",
    "CONCEPTS",
    "INTEREST_CODES",
    "TAG_PREFIX",
    "TAG_SUFFIX",
    "Analysis",
    "already_clauses",
    "analyse",
    "concept_tag",
    "concepts",
    "document_terms",
    "expand_query",
    "extra_concepts",
    "fold",
    "normalize",
    "split_compound",
    "stem",
    "tokenize",
    "without_inability",
]
