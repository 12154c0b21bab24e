"""The matching engine: a citizen and the directory in, the offers that fit out, best first.

Plain typed Python without Django, so the web app, the ``brobygger match`` command and the
benchmarks share one implementation. The contract is ``docs/matching.md`` (in the shared docs):

1. **Hard rules** (``hard_rule_violations``) are never bent: an offer that breaks one is not a
   match, whatever its score. They mirror ``tools/score_matching.py`` exactly (string-compared
   ``HH:MM`` times, the same great-circle formula and tolerance, "no cost option = free" …).
2. **Ranking** (``rank``) combines, for the offers that pass:

   - *interest fit*: what the citizen wants (interest codes, and concepts understood from the
     free-text wishes by :mod:`brobygger.danish`, with their weights) against what the
     offer is about (its ``interest:`` attributes first, its name and description second,
     weighted lower because descriptions add noise: "Kaffe i pausen" is not a café);
     related activities count a little ("gåture" is also exercise); rejected concepts
     ("gider ikke dans") are penalised;
   - *soft wishes*: a companion or transport when wanted, target groups the wishes point to
     (men, women, the bereaved, relatives), accessibility a need in the text asks for;
   - *distance* (closer is better, gently), *regularity* (more sessions in their free time)
     and *cost* (free is a little better).

   Every match carries short Danish reasons a citizen can check ("Tirsdag kl. 10–12 passer
   med dine tider", "1,2 km fra din adresse", "Du nævnte „synge“ – her er der sang og kor").
3. **Speed**: each offer is analysed once (``OfferIndex``, cached per list of offers); a query
   filters with cheap checks first (a grid of cells for the distance limit, bit masks for
   needs) and scores fully only the offers that can still reach the top.

The package, in the order a query flows through it: ``model`` (offers, citizens, matches),
``parsing`` (the contract's JSON), ``rules`` (the hard rules), ``weights`` (what ranking knows),
``profile`` (one offer analysed), ``index`` (a directory analysed), ``query`` (a citizen
understood), ``scoring``, ``reasons`` and ``ranking`` (``propose`` and ``rank``). Everything a
caller needs is imported from here.
"""

from .index import OfferIndex
from .model import (
    HARD_NEEDS,
    WEEKDAYS,
    ByDay,
    Citizen,
    Location,
    Match,
    Offer,
    Proposal,
    Schedule,
    Window,
)
from .parsing import (
    MatchInputError,
    citizen_from_json,
    citizens_from_json,
    from_hsds,
    offers_from_json,
)
from .ranking import propose, rank
from .rules import hard_rule_violations

__all__ = [
    "HARD_NEEDS",
    "WEEKDAYS",
    "ByDay",
    "Citizen",
    "Location",
    "Match",
    "MatchInputError",
    "Offer",
    "OfferIndex",
    "Proposal",
    "Schedule",
    "Window",
    "citizen_from_json",
    "citizens_from_json",
    "from_hsds",
    "hard_rule_violations",
    "offers_from_json",
    "propose",
    "rank",
]
