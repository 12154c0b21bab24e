"""What the ranking prefers, and the reasons it gives, on small hand-made directories."""

from __future__ import annotations

from typing import Any

from brobygger.danish import already_clauses, extra_concepts
from brobygger.matching.engine import (
    Match,
    citizen_from_json,
    offers_from_json,
    propose,
    rank,
)

from .conftest import ROSKILDE, citizen, monthly, offset, service, weekly, window

HOME = {"latitude": ROSKILDE[0], "longitude": ROSKILDE[1]}


def top(person: dict[str, Any], services: list[dict[str, Any]], n: int = 10) -> list[Match]:
    return rank(citizen_from_json(person), offers_from_json(services), top=n)


def ids(matches: list[Match]) -> list[str]:
    return [m.service_id for m in matches]


def away(km: float) -> list[dict[str, Any]]:
    return service("x", places=[offset(km)])["service_at_locations"]


CHOIR = service(
    "kor",
    "Seniorkoret",
    "Vi synger danske sange i firstemmigt kor. Kaffe i pausen.",
    codes=("interest:sang", "interest:musik"),
)
CARDS = service(
    "kort", "Whist-klubben", "Vi spiller whist og hygger.", codes=("interest:spil", "interest:cafe")
)
DANCE = service(
    "dans", "Seniordans", "Gammeldans og linedance.", codes=("interest:dans", "interest:bevaegelse")
)
GRIEF = service(
    "sorg",
    "Sorggruppe",
    "For dig, der har mistet din ægtefælle. Vi taler sammen.",
    codes=("interest:samtale", "target:sorg"),
)
MEN = service(
    "maend",
    "Mændenes værksted",
    "Mænd mødes og reparerer cykler og laver træarbejde.",
    codes=("interest:vaerksted", "interest:cafe", "target:maend"),
)
CAFE = service(
    "cafe", "Seniorcaféen", "Kaffe, kage og snak.", codes=("interest:cafe",), places=[offset(0.5)]
)


def test_the_wish_decides_the_order_in_many_phrasings() -> None:
    directory = [CHOIR, CARDS, DANCE, GRIEF, MEN, CAFE]
    for wishes, first in [
        ("Jeg savner at synge.", "kor"),
        ("Har sunget i kirkekor hele livet.", "kor"),
        ("Hun elsker de gamle sange.", "kor"),
        ("Vil gerne spille kort.", "kort"),
        ("Kunne godt tænke mig et slag whist.", "kort"),
        ("Jeg vil gerne danse igen.", "dans"),
        ("Svinge træbenet til gammeldans.", "dans"),
        ("Han er god med sine hænder og fikser gerne cykler.", "maend"),
    ]:
        person = citizen("c", gender="mand", location=HOME, wishes=wishes)
        assert ids(top(person, directory))[0] == first, wishes


def test_interest_codes_count_without_wishes() -> None:
    person = citizen("c", interests=["spil"], location=HOME)
    assert ids(top(person, [CHOIR, CARDS, DANCE]))[0] == "kort"


def test_a_rejected_activity_goes_down() -> None:
    person = citizen("c", location=HOME, wishes="Jeg vil gerne bevæge mig, men gider ikke danse.")
    gym = service("gym", "Seniorgymnastik", "Let gymnastik.", codes=("interest:bevaegelse",))
    assert ids(top(person, [DANCE, gym])) == ["gym", "dans"]


def test_a_grief_group_is_for_the_bereaved() -> None:
    lonely = citizen("c", location=HOME, wishes="Jeg vil gerne tale med nogen.")
    widow = citizen(
        "w", location=HOME, wishes="Min mand døde i foråret. Jeg vil gerne tale med nogen."
    )
    talk = service("snak", "Samtalecafé", "Vi taler om livet.", codes=("interest:samtale",))
    assert ids(top(lonely, [GRIEF, talk]))[0] == "snak"
    assert ids(top(widow, [GRIEF, talk]))[0] == "sorg"
    reasons = top(widow, [GRIEF])[0].reasons
    assert "For dig, der har mistet en af dine nærmeste" in reasons


def test_soft_wishes_companion_and_men() -> None:
    person = citizen(
        "c",
        gender="mand",
        location=HOME,
        needs=["foelgeven"],
        wishes="Jeg vil gerne lave noget sammen med andre mænd.",
    )
    plain = service("plain", "Værkstedet", "Træarbejde.", codes=("interest:vaerksted",))
    companion = service(
        "ven", "Værkstedet", "Træarbejde.", codes=("interest:vaerksted", "access:foelgeven")
    )
    assert ids(top(person, [plain, companion]))[0] == "ven"
    assert "Følgeven første gang" in top(person, [companion])[0].reasons
    assert "For mænd" in top(person, [MEN])[0].reasons


def test_walking_badly_prefers_step_free_offers() -> None:
    person = citizen("c", location=HOME, wishes="Jeg går med rollator, men vil gerne træne.")
    gym = service("gym", "Træning", "Træning på hold.", codes=("interest:bevaegelse",))
    step_free = service(
        "trinfri", "Træning", "Træning på hold.", codes=("interest:bevaegelse", "access:koerestol")
    )
    assert ids(top(person, [gym, step_free]))[0] == "trinfri"


def test_closer_is_better_when_all_else_is_equal() -> None:
    person = citizen("c", location=HOME, wishes="Jeg savner at synge.")
    near = CHOIR | {"id": "near"}
    far = CHOIR | {"id": "far", "service_at_locations": away(12.0)}
    assert ids(top(person, [far, near])) == ["near", "far"]


def test_only_a_postal_code_still_ranks_by_distance() -> None:
    person = citizen("c", postal_code="4000", wishes="Jeg savner at synge.")
    near = CHOIR | {"id": "near"}
    far = CHOIR | {"id": "far", "service_at_locations": away(40.0)}
    found = top(person, [far, near])
    assert ids(found) == ["near", "far"]
    assert any(r.endswith("fra 4000 Roskilde") for r in found[0].reasons)


def test_reasons_are_short_danish_sentences() -> None:
    person = citizen(
        "c",
        location=HOME,
        needs=["koerestol"],
        max_cost_kr=50,
        wishes="Jeg savner at synge sammen med andre.",
        available=[window("TU", "09:00", "13:00"), window("TH", "13:00", "17:00")],
    )
    choir = service(
        "kor",
        "Seniorkoret",
        "Vi synger.",
        codes=("interest:sang", "access:koerestol"),
        schedules=[weekly("TU", "10:00", "12:00")],
        places=[offset(1.2)],
        costs=[30],
    )
    choir["cost_options"][0]["option"] = "pr. gang"
    monthly_song = service(
        "fs",
        "Fællessang",
        "Vi synger.",
        codes=("interest:sang", "access:koerestol"),
        schedules=[monthly("1TH", "14:00", "15:30")],
        places=[offset(0.05)],
    )
    reasons = {m.service_id: m.reasons for m in top(person, [choir, monthly_song])}
    assert reasons["kor"] == (
        "Du nævnte „synge“ – her er der sang og kor",
        "Tirsdag kl. 10–12 passer med dine tider",
        "1,2 km fra din adresse",
        "Kørestolsvenligt",
        "30 kr. pr. gang",
    )
    assert "Første torsdag i måneden kl. 14–15.30 passer med dine tider" in reasons["fs"]
    assert "Under 100 m fra din adresse" in reasons["fs"]
    assert "Gratis" in reasons["fs"]


def test_interest_codes_are_explained_without_quotes() -> None:
    person = citizen("c", interests=["historie"], location=HOME)
    talk = service("h", "Lokalhistorisk forening", "Foredrag.", codes=("interest:historie",))
    assert top(person, [talk])[0].reasons[0] == "Du er interesseret i historie"


def test_nothing_understood_still_ranks_and_explains() -> None:
    person = citizen("c", location=HOME)
    found = top(person, [CHOIR, CARDS, CAFE])
    assert len(found) == 3 and all(m.reasons for m in found)
    assert not any(r.startswith("Du ") for m in found for r in m.reasons)


def test_near_misses_need_a_good_fit() -> None:
    person = citizen(
        "c",
        location=HOME,
        wishes="Jeg savner at synge.",
        available=[window("MO", "09:00", "12:00")],
    )
    proposal = propose(citizen_from_json(person), offers_from_json([CHOIR, CARDS]))
    assert proposal.matches == ()
    assert [m.service_id for m in proposal.relaxed] == ["kor"]
    assert proposal.relaxed[0].broken == ("Ligger uden for de tider, du har opgivet",)


def test_supplementary_phrases_and_clauses_about_what_they_already_do() -> None:
    assert extra_concepts("Lægen siger, jeg skal have pulsen op.")["bevaegelse"][0] == 1.0
    assert "bevaegelse" not in extra_concepts("Jeg har ikke pulsen op.")
    rest, already = already_clauses("Hun går til gymnastik i forvejen, men savner at synge.")
    assert already == ["Hun går til gymnastik i forvejen"] and "synge" in rest
    _, kept = already_clauses("Jeg synger allerede i kor og vil gerne synge mere.")
    assert kept == []
    person = citizen(
        "c", location=HOME, wishes="Jeg går til gymnastik i forvejen, men savner at synge."
    )
    gym = service("gym", "Seniorgymnastik", "Let gymnastik.", codes=("interest:bevaegelse",))
    assert ids(top(person, [gym, CHOIR]))[0] == "kor"


def test_what_they_cannot_manage_is_what_they_need_help_with() -> None:
    it = service("it", "IT-café", "Hjælp til MitID og e-Boks.", codes=("interest:it",))
    for wishes in (
        "Kan ikke finde ud af e-Boks og netbank.",
        "Jeg forstår ikke min nye telefon.",
        "Jeg er ikke god til computere.",
    ):
        found = top(citizen("c", location=HOME, wishes=wishes), [CHOIR, it])
        assert ids(found)[0] == "it", wishes
    found = top(citizen("c", location=HOME, wishes="Kan ikke finde ud af e-Boks."), [it])
    assert found[0].reasons[0] == "Du nævnte „e-Boks“ – her er der hjælp til IT"
    rejected = citizen("c", location=HOME, wishes="Jeg gider ikke synge, men spiller gerne kort.")
    assert ids(top(rejected, [CHOIR, CARDS])) == ["kort", "kor"]
