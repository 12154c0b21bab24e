"""Per-offer analysis: what an offer is about, done once per distinct offer content."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from brobygger import danish
from brobygger.danish import extra_concepts

from .model import INTERESTS, Offer
from .weights import (
    ATTRIBUTE_BASE,
    DESCRIPTION_FACTOR,
    NAME_FACTOR,
    RELATED,
    SOCIAL_FLOOR,
    SOFT_PREFIXES,
    SPECIALISED,
    SPECIALISED_MIN,
    UNTAGGED_DESCRIPTION_FACTOR,
    UNTAGGED_NAME_FACTOR,
)


@dataclass(frozen=True, eq=False, slots=True)
class Profile:
    strength: dict[str, float]  # interest → how much the offer gives it (related ones too)
    direct: dict[str, float]  # interest → from the offer's own attributes and text only
    via: dict[str, str]  # interest given only through a related one → that one
    core: dict[str, float]  # what the offer is about (its interest attributes)
    core_total: float
    text_soft: dict[str, float]  # need:/wish:/target: concepts its text mentions
    specialised: tuple[str, ...]  # conditions the offer is for ("for mennesker med demens")


Concepts = tuple[tuple[str, float], ...]
# Offer texts are analysed in parts, each cached: a title is often "what – where" or "what:
# which" ("Seniorkoret – Hvalsø", "Online foredrag: Danmarkshistorie"), and a description a few
# sentences of which many recur across a directory (chains, templates, standard phrases). A
# part's concepts combine by the strongest mention, so repeating a word does not inflate it.
_TITLE_PARTS = re.compile(r"\s+[-–—|]+\s+|:\s+")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


@functools.lru_cache(maxsize=200_000)
def _concepts(text: str) -> Concepts:
    """The concepts of one piece of text (sorted, hashable)."""
    if not text.strip():
        return ()
    found = dict(danish.analyse(text).concepts)
    for concept, (weight, _) in extra_concepts(text).items():
        found[concept] = max(found.get(concept, 0.0), weight)
    return tuple(sorted(found.items()))


def _text_concepts(text: str, splitter: re.Pattern[str]) -> Concepts:
    parts = [p for p in splitter.split(text) if p.strip()]
    if len(parts) <= 1:
        return _concepts(text.strip())
    found: dict[str, float] = {}
    for part in parts:
        for concept, weight in _concepts(part.strip()):
            found[concept] = max(found.get(concept, 0.0), weight)
    return tuple(sorted(found.items()))


def offer_profile(offer: Offer) -> Profile:
    tagged = tuple(c for c in offer.interests if c in INTERESTS)
    return _build_profile(
        tagged,
        _text_concepts(offer.name, _TITLE_PARTS),
        _text_concepts(offer.description, _SENTENCES),
        bool(offer.physical_locations) or not offer.locations,
    )


# Offers with the same interests, texts and kind of place share one profile object: a big
# directory has many (chains, templates), which saves memory and lets a query score each
# distinct profile once.
@functools.lru_cache(maxsize=200_000)
def _build_profile(
    tagged: tuple[str, ...], name_items: Concepts, desc_items: Concepts, in_person: bool
) -> Profile:
    name, description = dict(name_items), dict(desc_items)
    name_factor, desc_factor = (
        (NAME_FACTOR, DESCRIPTION_FACTOR)
        if tagged
        else (UNTAGGED_NAME_FACTOR, UNTAGGED_DESCRIPTION_FACTOR)
    )
    direct: dict[str, float] = {}
    for concept in {*tagged, *name, *description} & INTERESTS:
        said = max(name.get(concept, 0.0), description.get(concept, 0.0))
        if concept in tagged:
            value = ATTRIBUTE_BASE + (1 - ATTRIBUTE_BASE) * said
        else:
            value = max(
                name.get(concept, 0.0) * name_factor, description.get(concept, 0.0) * desc_factor
            )
        if value >= 0.05:
            direct[concept] = round(value, 4)
    strength = dict(direct)
    via: dict[str, str] = {}
    for source, value in sorted(direct.items()):
        for target, factor in RELATED.get(source, {}).items():
            if value * factor > strength.get(target, 0.0):
                strength[target] = round(value * factor, 4)
                via[target] = source
    if direct:
        # Every community offer is company, whatever it is about: someone who wants to be
        # "sammen med andre" is partly served by any of them (less so online).
        top_concept = max(direct, key=lambda c: (direct[c], c))
        floor = direct[top_concept] * (SOCIAL_FLOOR if in_person else 0.5 * SOCIAL_FLOOR)
        if floor > strength.get("cafe", 0.0):
            strength["cafe"] = round(floor, 4)
            via["cafe"] = top_concept
    core = {c: 1.0 for c in tagged} or {c: v for c, v in direct.items() if v >= 0.5}
    text_soft = {
        c: max(name.get(c, 0.0), description.get(c, 0.0))
        for c in (*name, *description)
        if c.startswith(SOFT_PREFIXES)
    }
    specialised = tuple(c for c in SPECIALISED if text_soft.get(c, 0.0) >= SPECIALISED_MIN)
    return Profile(strength, direct, via, core, sum(core.values()), text_soft, specialised)
