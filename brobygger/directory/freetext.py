"""What a visitor's free text means, before any offer is searched: places, everyday words,
typing errors.

``read_text(text, places)`` is plain Python (no database): it finds place names ("tæt på
Roskilde", "i Kirke Såby", "Fjordlandet") and takes them out of the words, leaves out words
that say who is asking ("min far", "ældre"), reads everyday words through the search vocabulary
("bingo" → banko, "uden trapper" → step-free) and corrects words nobody has written ("kortspl" →
kortspil). ``search.py`` turns the result into database conditions.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from brobygger import danish
from brobygger.danish import spelling
from brobygger.danish.lexicon.search_words import SEARCH_FILLERS, SEARCH_MEANINGS

MAX_QUERY_WORDS = 12
# A place searched "near" ("tæt på Roskilde") is everything within this many km of its centre.
NEAR_KM = 10.0
# Words before a place name that say "near it" or "in it"; they go with the place.
NEAR_WORDS: tuple[tuple[str, ...], ...] = (
    ("i", "nærheden", "af"),
    ("i", "nærheden", "ved"),
    ("tæt", "på"),
    ("tæt", "ved"),
    ("nærheden", "af"),
    ("rundt", "om"),
    ("nær",),
    ("ved",),
    ("omkring",),
)
IN_WORDS: tuple[tuple[str, ...], ...] = (("i",), ("fra",), ("på",))
AFTER_NEAR: tuple[tuple[str, ...], ...] = (("og", "omegn"), ("omegn",), ("området",))
# "Viby Sjælland" is "Viby" to its neighbours; "Roskilde C" is Roskilde.
_QUALIFIERS = frozenset({"sjælland", "sj", "c", "k", "v", "n", "ø", "s", "nv", "sv", "st", "j"})
# A town name at most this far (in edits) from a word the writer typed, if the word is long.
_PLACE_TYPO_MIN_LENGTH = 6
_PLACE_TYPO_WORDS = 6


@dataclass(frozen=True)
class Place:
    """A town (its postal codes), a local area or the whole municipality."""

    name: str
    postal_codes: tuple[str, ...] = ()
    area: str = ""  # local area slug
    point: tuple[float, float] | None = None  # the town's centre

    @property
    def whole_municipality(self) -> bool:
        return not self.postal_codes and not self.area


@dataclass(frozen=True)
class Gazetteer:
    """Place names by their spelling in lower case, words separated by one space."""

    names: Mapping[str, Place] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        towns: Iterable[tuple[str, str, float | None, float | None]],
        areas: Iterable[tuple[str, str]],
        municipality: str,
    ) -> "Gazetteer":
        """From (postal code, town, latitude, longitude), (area slug, area name) and the
        municipality's name ("Fjordbro Kommune", also "Fjordbro")."""
        names: dict[str, Place] = {}
        words = danish.tokenize(municipality)
        if words:
            names[" ".join(words)] = Place(municipality)
            if len(words) > 1 and words[-1] == "kommune":
                names[" ".join(words[:-1])] = Place(municipality)
        for slug, name in areas:
            if danish.tokenize(name):
                names[" ".join(danish.tokenize(name))] = Place(name, area=slug)
        by_alias: dict[str, list[tuple[str, str, float | None, float | None]]] = {}
        for town in towns:
            words = danish.tokenize(town[1])
            if not words:
                continue
            by_alias.setdefault(" ".join(words), []).append(town)
            if len(words) > 1 and words[-1] in _QUALIFIERS:
                by_alias.setdefault(" ".join(words[:-1]), []).append(town)
        for alias, found in by_alias.items():
            exact = [t for t in found if " ".join(danish.tokenize(t[1])) == alias]
            chosen = exact or found
            point = next(
                ((lat, lon) for _c, _n, lat, lon in chosen if lat is not None and lon is not None),
                None,
            )
            names[alias] = Place(chosen[0][1], tuple(sorted(t[0] for t in chosen)), point=point)
        return cls(names)

    def find(self, words: list[str], start: int, fuzzy: bool = True) -> tuple[Place, int] | None:
        """The place named at ``words[start:]`` and how many words name it (longest first);
        with ``fuzzy``, also a town misspelt by one letter."""
        for length in (4, 3, 2, 1):
            if start + length <= len(words):
                place = self.names.get(" ".join(words[start : start + length]))
                if place is not None:
                    return place, length
        word = words[start]
        if fuzzy and len(word) >= _PLACE_TYPO_MIN_LENGTH and not spelling.known(word):
            # Same first letter, about the same length: a few names to compare, not all.
            near = sorted(
                alias
                for alias in self.names
                if alias[0] == word[0]
                and " " not in alias
                and spelling.within_one_edit(word, alias)
            )
            if near:
                return self.names[near[0]], 1
        return None


@dataclass(frozen=True)
class Unit:
    """One thing the visitor asked for: a word, or a phrase the search vocabulary knows."""

    typed: str  # as the visitor wrote it (lower case)
    meant: str  # the word after correcting a typing error (else the same)
    words: tuple[str, ...] = ()  # other words the offers may say instead
    terms: tuple[tuple[str, float], ...] = ()  # taxonomy codes whose offers match, and weight
    own: bool = False  # the lexicon's concepts for the word are not used


@dataclass(frozen=True)
class ReadText:
    """The free text, read: what to look for, where, and what was corrected."""

    typed: str
    units: tuple[Unit, ...] = ()
    places: tuple[Place, ...] = ()
    near: bool = False

    @property
    def corrections(self) -> tuple[tuple[str, str], ...]:
        return tuple((u.typed, u.meant) for u in self.units if u.meant != u.typed)

    @property
    def suggestion(self) -> str:
        """The text as typed with each typing error corrected ("" when nothing was)."""
        if not self.corrections:
            return ""
        fixes = dict(self.corrections)
        return _WORD.sub(lambda m: fixes.get(m.group().casefold(), m.group()), self.typed)

    @property
    def place(self) -> Place | None:
        return next((p for p in self.places if not p.whole_municipality), None)


_FILLERS = frozenset(SEARCH_FILLERS.split())
_WORD = re.compile(r"[^\W_]+")


def _meanings() -> dict[tuple[str, ...], dict[str, object]]:
    table: dict[tuple[str, ...], dict[str, object]] = {}
    for key, meaning in SEARCH_MEANINGS.items():
        for form in key.split(","):
            words = tuple(danish.tokenize(form))
            if words:
                table[words] = meaning
    return table


_MEANINGS = _meanings()
_LONGEST_MEANING = max(len(k) for k in _MEANINGS)


def _unit(words: tuple[str, ...], meaning: Mapping[str, object]) -> Unit:
    extra = meaning.get("words", [])
    terms = meaning.get("terms", {})
    return Unit(
        typed=" ".join(words),
        meant=" ".join(words),
        words=tuple(str(w) for w in extra) if isinstance(extra, list) else (),
        terms=tuple((str(c), float(w)) for c, w in terms.items())
        if isinstance(terms, dict)
        else (),
        own=bool(meaning.get("own")),
    )


def _take_places(words: list[str], places: Gazetteer) -> tuple[list[str], list[Place], bool]:
    kept: list[str] = []
    found: list[Place] = []
    near = False
    i = 0
    while i < len(words):
        # Misspelt towns are looked for among the first few words only (each costs a scan).
        hit = places.find(words, i, fuzzy=i < _PLACE_TYPO_WORDS)
        if hit is None:
            kept.append(words[i])
            i += 1
            continue
        place, length = hit
        found.append(place)
        for before in (*NEAR_WORDS, *IN_WORDS):
            if len(before) <= len(kept) and tuple(kept[-len(before) :]) == before:
                del kept[-len(before) :]
                near = near or before in NEAR_WORDS
                break
        i += length
        for after in AFTER_NEAR:
            if tuple(words[i : i + len(after)]) == after:
                i += len(after)
                near = True
                break
    return kept, found, near


def read_text(text: str, places: Gazetteer | None = None) -> ReadText:
    """Read a visitor's free text. Never raises; at most MAX_QUERY_WORDS words count."""
    words = danish.tokenize(text)[: MAX_QUERY_WORDS * 2]
    found: list[Place] = []
    near = False
    if places is not None and places.names:
        words, found, near = _take_places(words, places)
    content = [w for w in words if w not in _FILLERS]
    units: list[Unit] = []
    i = 0
    only_word = len(content) == 1
    while i < len(content) and len(units) < MAX_QUERY_WORDS:
        for length in range(min(_LONGEST_MEANING, len(content) - i), 0, -1):
            key = tuple(content[i : i + length])
            meaning = _MEANINGS.get(key)
            if meaning is not None and (not meaning.get("alone") or only_word):
                units.append(_unit(key, meaning))
                i += length
                break
        else:
            word = content[i]
            meant = spelling.correct(word) or word
            meaning = _MEANINGS.get((meant,))
            if meaning is not None and meant != word and not meaning.get("alone"):
                units.append(replace(_unit((meant,), meaning), typed=word))
            else:
                units.append(Unit(word, meant))
            i += 1
    return ReadText(text, tuple(units), tuple(found), near and bool(found))
