"""Reasons: short Danish sentences a citizen can check ("Tirsdag kl. 10–12 passer med dine
tider", "1,2 km fra din adresse", "Du nævnte „synge“ – her er der sang og kor").
"""

from __future__ import annotations

import re

from .model import HARD_NEEDS, SOFT_NEEDS, ByDay, Offer, Schedule
from .profile import Profile
from .query import Query
from .rules import nearest_km
from .scoring import Parts, fitting_schedules
from .weights import SECOND_REASON_MIN

# Lower-case phrases for sentences ("… – her er der sang og kor").
INTEREST_PHRASES: dict[str, str] = {
    "bevaegelse": "bevægelse og motion",
    "gaatur": "gåture",
    "dans": "dans",
    "svoemning": "svømning og vandtræning",
    "cykling": "cykling",
    "sang": "sang og kor",
    "musik": "musik",
    "spil": "kort- og brætspil",
    "haandarbejde": "håndarbejde og kreativitet",
    "vaerksted": "værksted og reparation",
    "have": "have og natur",
    "mad": "mad og fællesspisning",
    "cafe": "café og samvær",
    "foredrag": "foredrag og læsning",
    "historie": "historie",
    "it": "hjælp til IT",
    "kultur": "kultur og udflugter",
    "tro": "kirke og tro",
    "dyr": "dyr",
    "hjaelpe": "frivilligt arbejde for andre",
    "samtale": "samtale",
    "generationer": "samvær på tværs af generationer",
}
ACCESS_REASONS: dict[str, str] = {
    "koerestol": "Kørestolsvenligt",
    "teleslynge": "Der er teleslynge",
    "demensvenlig": "Demensvenligt",
    "ekstra-stoette": "Ekstra støtte på stedet",
    "foelgeven": "Følgeven første gang",
    "transport": "Transport kan arrangeres",
}
DAY_NAMES: dict[str, str] = {
    "MO": "mandag",
    "TU": "tirsdag",
    "WE": "onsdag",
    "TH": "torsdag",
    "FR": "fredag",
    "SA": "lørdag",
    "SU": "søndag",
}
ORDINALS: dict[int, str] = {1: "første", 2: "anden", 3: "tredje", 4: "fjerde", 5: "femte"}


def _clock(minutes: int) -> str:
    """Danish clock: 10 → "10", 9:30 → "9.30"."""
    hours, rest = divmod(minutes, 60)
    return f"{hours}" if not rest else f"{hours}.{rest:02d}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _ordinal(n: int) -> str:
    return "sidste" if n == -1 else "næstsidste" if n == -2 else ORDINALS.get(n, f"{n}.")


def _when(schedule: Schedule, days: list[ByDay]) -> str:
    """ "Tirsdag og torsdag kl. 10–12", "Første torsdag i måneden kl. 14–15.30"."""
    clock = f"kl. {_clock(schedule.opens or 0)}–{_clock(schedule.closes or 0)}"
    every = f"hver {_ordinal(schedule.interval)} " if 1 < schedule.interval <= 5 else ""
    weekly = [DAY_NAMES[d.weekday] for d in days if d.ordinal is None]
    monthly = [f"{_ordinal(d.ordinal)} {DAY_NAMES[d.weekday]}" for d in days if d.ordinal]
    parts: list[str] = []
    if weekly:
        parts.append(every + _join(weekly))
    if monthly:
        parts.append(_join(monthly) + (f" {every}måned" if every else " i måneden"))
    text = " og ".join(parts)
    return f"{text[:1].upper()}{text[1:]} {clock}"


def _km_text(km: float) -> str:
    if km < 0.1:
        return "Under 100 m"
    if km < 10:
        return f"{km:.1f}".replace(".", ",") + " km"
    return f"{round(km)} km"


def _kr(amount: float) -> str:
    """Danish amounts: 1200 → "1.200", 12.5 → "12,50"."""
    if abs(amount - round(amount)) < 0.005:
        return f"{round(amount):,}".replace(",", ".")
    return f"{amount:.2f}".replace(".", ",")


def _quote(words: str, text: str) -> str:
    """The citizen's words as they wrote them ("e boks" → "e-Boks") when they can be found."""
    tokens = words.split()
    if tokens:
        pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, tokens)) + r"(?!\w)"
        found = re.search(pattern, text, re.IGNORECASE)
        if found:
            words = found.group()
            if found.start() == 0 or text[: found.start()].rstrip().endswith((".", "!", "?")):
                words = words[:1].lower() + words[1:]  # only a sentence start made it capital
    return f"„{words}“"


def reasons_for(query: Query, offer: Offer, profile: Profile, parts: Parts) -> list[str]:
    reasons: list[str] = []
    # 1. What they said, in their own words, strongest contribution first.
    if not query.defaulted:
        contributions = sorted(
            (
                (weight * profile.strength.get(c, 0.0), c)
                for c, weight in query.wants.items()
                if profile.strength.get(c, 0.0) >= 0.45 and weight >= 0.15
            ),
            reverse=True,
        )
        quoted: set[str] = set()
        for n, (_, concept) in enumerate(contributions):
            # One reason for the main thing; a second only for another clear wish.
            if len(reasons) >= 2 or (n and query.said.get(concept, 0.0) < SECOND_REASON_MIN):
                break
            source = profile.via.get(concept)
            gives = INTEREST_PHRASES[source or concept]
            if source is None:
                tail = f"her er der {gives}"
            elif concept == "cafe":
                tail = "her mødes man med andre"
            else:
                tail = f"{gives} giver også {INTEREST_PHRASES[concept]}"
            said = [w for w in query.words.get(concept, []) if w not in quoted]
            if concept in query.from_interests and not said:
                reasons.append(
                    f"Du er interesseret i {INTEREST_PHRASES[concept]}"
                    + ("" if source is None else f" – {tail}")
                )
            elif said:
                quoted.add(said[0])
                reasons.append(f"Du nævnte {_quote(said[0], query.citizen.wishes)} – {tail}")
    # 2. When.
    fitting = fitting_schedules(query, offer)
    if fitting:
        schedule, days = max(fitting, key=lambda sd: sd[0].sessions_per_month(sd[1]))
        when = _when(schedule, days)
        reasons.append(f"{when} passer med dine tider" if query.windows else when)
    # 3. Where.
    if parts.km is not None:
        reasons.append(f"{_km_text(parts.km)} fra {query.origin_label}")
    elif offer.locations and not offer.physical_locations:
        reasons.append("Online – du kan være med hjemmefra")
    # 4. Access and soft wishes the citizen has.
    codes = offer.codes
    for need in HARD_NEEDS:
        if f"need:{need}" in query.soft and f"access:{need}" in codes:
            reasons.append(ACCESS_REASONS[need])
    if (
        "need:gangbesvaeret" in query.soft
        and "need:koerestol" not in query.soft
        and profile.text_soft.get("need:gangbesvaeret", 0.0) >= 0.5
    ):
        reasons.append("Tilrettelagt, så man kan være med, selvom benene driller")
    elif (
        "need:gangbesvaeret" in query.soft
        and "need:koerestol" not in query.soft
        and "access:koerestol" in codes
    ):
        reasons.append("Kørestolsvenligt – nemt at komme rundt")
    for wish in SOFT_NEEDS:
        if f"wish:{wish}" in query.soft and f"access:{wish}" in codes:
            reasons.append(ACCESS_REASONS[wish])
    gender = query.citizen.gender
    if "target:maend" in codes and (gender == "mand" or "target:maend" in query.soft):
        reasons.append("For mænd")
    if "target:kvinder" in codes and (gender == "kvinde" or "target:kvinder" in query.soft):
        reasons.append("For kvinder")
    if "target:sorg" in query.soft and "target:sorg" in codes:
        reasons.append("For dig, der har mistet en af dine nærmeste")
    if "target:paaroerende" in query.soft and "target:paaroerende" in codes:
        reasons.append("For pårørende")
    # 5. Price.
    if offer.cheapest_cost <= 0:
        reasons.append("Gratis")
    else:
        note = f" {offer.cost_note}" if 0 < len(offer.cost_note) <= 24 else ""
        reasons.append(f"{_kr(offer.cheapest_cost)} kr.{note}")
    return list(dict.fromkeys(reasons))


def relaxed_label(query: Query, offer: Offer, rule: str) -> str:
    citizen = query.citizen
    if rule == "full":
        return "Fuldt lige nu – spørg om venteliste"
    if rule == "time":
        return "Ligger uden for de tider, du har opgivet"
    if rule == "cost":
        return (
            f"Koster {_kr(offer.cheapest_cost)} kr. – mere end dine "
            f"{_kr(citizen.max_cost_kr or 0)} kr."
        )
    if rule == "distance":
        km = nearest_km(citizen, offer) or 0.0
        return f"{_km_text(km)} væk – længere end dine {_kr(citizen.max_distance_km or 0)} km"
    return rule
