"""Negation: which words of a clause "ikke", "aldrig", "hader" … reach.

"gider ikke dans" rejects the dance, and so does "Sang er ikke noget for mig" (a word a few
small words back); "hellere læse end spille kort" rejects the cards. Not rejections: "ikke
kun", "ikke nogen at synge med" (company is missed), "har ikke danset i mange år" (nostalgia),
"… det savner jeg" (longing) and "kan ikke lide at spise alene". The word lists are in
:mod:`brobygger.danish.lexicon`.
"""

from . import lexicon as lex
from .tables import word_set

# How many words after a negation it reaches.
NEGATION_REACH = 7

_NEGATIONS = word_set(lex.NEGATIONS)
_DISLIKES = word_set(lex.DISLIKES)
_UNDO_NEXT = word_set(lex.NEGATION_UNDO_NEXT)
_COMPANY = word_set(lex.NEGATION_COMPANY)
_NOSTALGIA = word_set(lex.NEGATION_NOSTALGIA)
_NEGATION_STOP = word_set(lex.NEGATION_STOP)
_LOOKBACK_SKIP = word_set(lex.NEGATION_LOOKBACK_SKIP)
_LONGING = word_set(lex.LONGING)


def negated_positions(
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
