"""What ranking knows beyond the vocabulary: related interests, offers for a condition, and
every weight of the score in one place, each with the reason for its size."""

from __future__ import annotations

# What an offer about one interest also gives someone who asked for another. Directed: a dance
# class is exercise (0.6), but an exercise class is only a little bit dance (0.2). General
# knowledge of activities, not tuned to any data set.
RELATED: dict[str, dict[str, float]] = {
    "dans": {"bevaegelse": 0.6, "musik": 0.3},
    "svoemning": {"bevaegelse": 0.6},
    "gaatur": {"bevaegelse": 0.5, "have": 0.3},
    "cykling": {"bevaegelse": 0.5, "have": 0.2, "kultur": 0.2},
    "bevaegelse": {"dans": 0.2, "gaatur": 0.2, "svoemning": 0.2},
    "sang": {"musik": 0.5, "cafe": 0.1},
    "musik": {"sang": 0.3, "dans": 0.2},
    "spil": {"cafe": 0.2},
    "haandarbejde": {"vaerksted": 0.3},
    "vaerksted": {"haandarbejde": 0.3},
    "have": {"gaatur": 0.2, "mad": 0.1},
    "mad": {"cafe": 0.4},
    "cafe": {"samtale": 0.2, "mad": 0.1},
    "samtale": {"cafe": 0.3},
    "foredrag": {"kultur": 0.3, "historie": 0.2},
    "historie": {"foredrag": 0.4, "kultur": 0.4},
    "kultur": {"historie": 0.3, "foredrag": 0.3},
    "tro": {"samtale": 0.2, "sang": 0.1},
    "dyr": {"have": 0.2},
    "generationer": {"hjaelpe": 0.2},
    "hjaelpe": {"generationer": 0.1},
}

# Needs found in an offer's *text* that make it an offer for people with that condition
# ("Demenscafé", "Kor for mennesker med Parkinson", "Passer til dig med dårlig balance"), and
# which citizen signals make someone one of them.
SPECIALISED: dict[str, frozenset[str]] = {
    "need:demensvenlig": frozenset({"need:demensvenlig"}),
    "need:ekstra-stoette": frozenset(
        {"need:ekstra-stoette", "need:demensvenlig", "need:koerestol", "need:gangbesvaeret"}
    ),
    "need:gangbesvaeret": frozenset(
        {"need:gangbesvaeret", "need:koerestol", "need:ekstra-stoette"}
    ),
}
SPECIALISED_MIN = 0.6  # how strongly the text must say it
SOFT_PREFIXES = ("need:", "wish:", "target:")

# ---------------------------------------------------------------------------------------------
# Ranking weights. One place, each with the reason for its size.
# ---------------------------------------------------------------------------------------------
# Text is weaker evidence than the offer's own interest attributes (descriptions mention the
# coffee in the break); with no interest attributes at all, the text is all there is.
NAME_FACTOR, DESCRIPTION_FACTOR = 0.6, 0.45
UNTAGGED_NAME_FACTOR, UNTAGGED_DESCRIPTION_FACTOR = 0.9, 0.75
ATTRIBUTE_BASE = 0.85  # an attribute alone; the text confirming it adds the rest
# What the citizen said, squared: a clear wish (1.0) counts far more than a hint (0.3).
WANT_POWER = 2.0
# Interest fit dominates; the rest orders offers that fit about equally well.
W_COVERAGE = 0.48  # how much of what the citizen wants the offer gives
W_FOCUS = 0.12  # how much of what the offer is about the citizen wants
W_SOFT = 0.16  # companion, transport, target group, accessibility the wishes ask for
W_NEAR = 0.10  # exp(-km / NEAR_KM): 1 km ≈ 0.09, 5 km ≈ 0.06, 20 km ≈ 0.01
NEAR_KM = 10.0
VIRTUAL_NEAR = 0.5  # an online offer counts as about 7 km away: no trip, but no meeting
W_REGULAR = 0.05  # weekly beats monthly: regular contact is what builds a community
W_COST = 0.04  # free is a little better; 50 kr. halves the bonus
COST_HALF_KR = 50.0
P_REJECTED = 0.35  # the offer is about something the citizen said no to
# A grief group for someone who has lost no one is wrong, not just weaker; a group for
# relatives (which often welcomes the person they care for too) a little less so.
P_NOT_BEREAVED = 0.2
P_NOT_RELATIVE = 0.12
P_SPECIALISED = 0.1  # an offer for a condition they do not have ("for mennesker med demens")
SOFT_DAMPING = 0.5  # soft fit = matched / (wanted + damping): one small wish is not everything
# Any offer where people meet gives some company (see offer_profile).
SOCIAL_FLOOR = 0.5
FOCUS_CAFE_FLOOR = 0.5
SECOND_REASON_MIN = 0.6  # a second "Du nævnte …" only for another clear wish
# With nothing understood, a little preference for plain company: that is what most referred
# citizens need.
DEFAULT_WANTS: dict[str, float] = {"cafe": 0.3}
