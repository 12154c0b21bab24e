"""Danish language understanding: normalising, compounds, concepts, negation and search terms."""

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brobygger import danish
from brobygger.danish import analysis, lexicon, words

SAFE_TERM = re.compile(r"^[0-9a-zæøåéü]+$")  # what the directory search accepts as a term
DEV_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "matching-dev"


def strong(text: str, minimum: float = 0.5) -> set[str]:
    return {c for c, w in danish.concepts(text).items() if w >= minimum}


def tags(terms: list[str]) -> set[str]:
    return {t for t in terms if t.startswith(danish.TAG_PREFIX) and t.endswith(danish.TAG_SUFFIX)}


# --- text ------------------------------------------------------------------------------------
def test_normalize_casefolds_and_unifies_quotes_dashes_and_spaces():
    text = "  »Sang«\u00a0og\t„Kor“ – “Fællessang”\n"
    assert danish.normalize(text) == '"sang" og "kor" - "fællessang"'


def test_normalize_keeps_danish_letters_and_composes_them():
    assert danish.normalize("GÅTUR Ærø Ø") == "gåtur ærø ø"
    assert danish.normalize("ga\u030atur") == "gåtur"  # a + combining ring is å


def test_fold_spells_like_the_interest_codes():
    assert danish.fold("gåtur") == "gaatur"
    assert danish.fold("svømning") == "svoemning"
    assert danish.fold(danish.normalize("Håndarbejde")) == "haandarbejde"
    assert danish.fold("værksted") == "vaerksted"


def test_tokenize_splits_hyphenated_words_and_keeps_letters_and_digits():
    assert danish.tokenize("Gå-holdet går 3-5 km!") == ["gå", "holdet", "går", "3", "5", "km"]
    assert danish.tokenize("IT-café i Årslev, Müller") == ["it", "café", "i", "årslev", "müller"]


def test_tokenize_joins_words_around_an_apostrophe():
    assert danish.tokenize("Hjælp med app’en og MitID'et") == [
        "hjælp",
        "med",
        "appen",
        "og",
        "mitidet",
    ]


def test_stem_is_the_danish_snowball_stem():
    assert danish.stem("synger") == danish.stem("synge") == "syng"
    assert danish.stem("Koret") == "kor"


# --- compounds -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("fællessang", ["fælles", "sang"]),
        ("kirkekor", ["kirke", "kor"]),
        ("seniorkoret", ["senior", "kor"]),
        ("vandtræning", ["vand", "træning"]),
        ("vandregruppe", ["vandre", "gruppe"]),
        ("besøgshunde", ["besøg", "hund"]),
        ("stolegymnastik", ["stole", "gymnastik"]),
        ("madklubben", ["mad", "klubben"]),
        ("varmtvandsbassin", ["varmt", "vands", "bassin"]),
        ("sorggruppe", ["sorg", "gruppe"]),
        ("gåture", ["gå", "tur"]),
    ],
)
def test_split_compound_finds_the_parts(word, parts):
    assert danish.split_compound(word) == parts


@pytest.mark.parametrize("word", ["system", "systemer", "salven", "kontakt", "sang", "xyzzyqwerty"])
def test_split_compound_leaves_words_that_are_not_compounds(word):
    assert danish.split_compound(word) == [word]


def test_compound_parts_give_concepts_head_strongest():
    found = danish.concepts("kirkesangen")
    assert found["sang"] == 1.0
    assert 0 < found["tro"] < found["sang"]


@pytest.mark.parametrize(
    ("word", "concept"),
    [
        ("seniorkoret", "sang"),
        ("fællessangen", "sang"),
        ("vandregruppen", "gaatur"),
        ("havefællesskabet", "have"),
        ("strikkeaften", "haandarbejde"),
        ("mandeklubben", "target:maend"),
        ("bridgeklubben", "spil"),
        ("krolfbanen", "spil"),
        ("jagthunde", "dyr"),  # an unknown first part before a known word
    ],
)
def test_unseen_compounds_and_inflections_are_understood(word, concept):
    assert concept in strong(word)


# --- concepts --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeg savner at synge sammen med andre", {"sang"}),
        ("Vi synger salmer hver torsdag", {"sang"}),
        ("Han sang i kirkekoret i tyve år", {"sang"}),
        ("Hun går gerne en lille tur langs stranden", {"gaatur"}),
        ("Vil gerne ud at gå", {"gaatur"}),
        ("Danser gerne gammeldans", {"dans"}),
        ("Hun dansede engang folkedans", {"dans"}),
        ("Vil gerne svømme i varmtvandsbassin", {"svoemning"}),
        ("Cyklede meget før", {"cykling"}),
        ("Spiller gerne whist eller bridge", {"spil"}),
        ("Kan godt lide at strikke og hækle", {"haandarbejde"}),
        ("Har altid været god med mine hænder", {"vaerksted"}),
        ("Reparerer gerne cykler og fikser ting", {"vaerksted"}),
        ("Hun holder meget af sin have og planter", {"have"}),
        ("Spiser alene og vil gerne spise sammen med andre", {"mad"}),
        ("Savner at få en kop kaffe og en snak", {"cafe"}),
        ("Hører gerne foredrag og læser mange bøger", {"foredrag"}),
        ("Interesseret i slægtsforskning", {"historie"}),
        ("Har svært ved sin nye telefon og MitID", {"it"}),
        ("Vil gerne på udflugt og i teatret", {"kultur"}),
        ("Går i kirke og til gudstjeneste", {"tro"}),
        ("Hun elsker hunde og katte", {"dyr"}),
        ("Vil gerne gøre noget for andre", {"hjaelpe"}),
        ("Har brug for nogen at tale med", {"samtale"}),
        ("Vil gerne være sammen med børn og unge", {"generationer"}),
        ("Motion og træning, gerne yoga", {"bevaegelse"}),
        ("Holder mig i gang med stolegymnastik", {"bevaegelse"}),
        ("Sidder i kørestol", {"need:koerestol"}),
        ("Går med rollator", {"need:gangbesvaeret"}),
        ("Hører dårligt og har høreapparat", {"need:teleslynge"}),
        ("Hun er begyndende dement og glemsom", {"need:demensvenlig"}),
        ("Tør ikke gå alene derhen", {"wish:foelgeven"}),
        ("Kan ikke køre bil længere", {"wish:transport"}),
        ("Savner fællesskab med andre mænd", {"target:maend"}),
        ("Vil gerne mødes med andre kvinder", {"target:kvinder"}),
        ("Min kone døde sidste år", {"target:sorg"}),
        ("Blev enke i foråret", {"target:sorg"}),
        ("Jeg passer min mand, som har demens", {"target:paaroerende"}),
    ],
)
def test_everyday_danish_gives_the_concept(text, expected):
    assert expected <= strong(text), danish.analyse(text)


def test_a_related_word_gives_a_weaker_related_concept():
    found = danish.concepts("musik")
    assert found["musik"] == 1.0
    assert 0.2 <= found["sang"] <= 0.6


def test_weights_add_up_but_stay_within_one():
    one = danish.concepts("kaffe")["cafe"]
    many = danish.concepts("kaffe, kage, snak og hygge")["cafe"]
    assert one < many <= 1.0


def test_codes_typed_without_danish_letters_are_understood():
    assert {"svoemning", "gaatur", "haandarbejde"} <= strong("svoemning gaatur haandarbejde")


def test_matched_words_are_the_writers_own_words():
    result = danish.analyse("Har sunget i kirkekor og savner at synge")
    assert result.matched_words["sang"][0] in {"sunget", "kirkekor", "synge"}
    assert set(result.matched_words["sang"]) == {"sunget", "kirkekor", "synge"}
    assert set(result.matched_words) == set(result.concepts)


def test_words_that_look_alike_do_not_count():
    assert "have" not in danish.concepts("Jeg vil gerne have nogen at snakke med")
    assert "gaatur" not in danish.concepts("Jeg går til gymnastik om tirsdagen")
    assert "spil" not in danish.concepts("Om kort tid flytter jeg")
    assert "target:sorg" not in danish.concepts("Vi sørger for kaffe")
    assert "target:maend" not in danish.concepts("Min mand kommer også")
    assert "hjaelpe" not in danish.concepts("Få hjælp til MitID")


# --- negation --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("Jeg gider ikke dans", "dans"),
        ("Kan ikke lide at synge", "sang"),
        ("Hun er ikke til kortspil", "spil"),
        ("Sang er ikke noget for mig", "sang"),
        ("Jeg hader at danse", "dans"),
        ("Aldrig mere gymnastik", "bevaegelse"),
        ("Vil hellere læse end spille kort", "spil"),
    ],
)
def test_a_negated_concept_is_dropped_and_reported(text, rejected):
    result = danish.analyse(text)
    assert rejected not in result.concepts
    assert rejected in result.negated


def test_negation_stops_at_the_end_of_the_clause():
    result = danish.analyse("Jeg gider ikke dans, men vil gerne synge")
    assert "sang" in result.concepts
    assert result.negated == {"dans"}
    assert "dans" in danish.concepts("Vil gerne danse igen - min mand gider ikke.")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Ikke kun sang, også musik", "sang"),
        ("Har ikke noget imod at synge", "sang"),
        ("Jeg har ikke nogen at spise med", "mad"),
        ("Har ingen at gå ture med", "gaatur"),
        ("Har ikke danset i mange år", "dans"),
        ("Kan ikke lide at spise alene", "mad"),
        ("Jeg har ikke sunget længe, og det savner jeg", "sang"),
    ],
)
def test_what_only_looks_like_a_negation_keeps_the_concept(text, concept):
    result = danish.analyse(text)
    assert concept in result.concepts
    assert concept not in result.negated


def test_negated_and_wanted_concepts_never_overlap():
    result = danish.analyse("Kan ikke gå langt og gider ikke kortspil, men elsker at synge")
    assert not result.negated & set(result.concepts)
    assert "need:gangbesvaeret" in result.concepts
    assert "spil" in result.negated


# --- search ----------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["synge", "sang", "kor", "korsang", "jeg vil gerne synge"])
@pytest.mark.parametrize(
    "offer",
    [
        "Seniorkoret Domklokkerne: firstemmigt kor",
        "Fællessang på biblioteket",
        "Sangkor for seniorer",
        "Vi synger morgensang",
    ],
)
def test_song_queries_meet_song_offers_on_a_concept_tag(query, offer):
    shared = tags(danish.expand_query(query)) & tags(danish.document_terms(offer))
    assert danish.concept_tag("sang") in shared


@pytest.mark.parametrize("query", ["gå ture", "gåtur", "vandreture", "gå en tur"])
@pytest.mark.parametrize(
    "offer", ["Vandregruppe ved fjorden", "Gå-holdet Himmelev", "Vandreklubben"]
)
def test_walking_queries_meet_walking_offers(query, offer):
    assert danish.concept_tag("gaatur") in tags(danish.document_terms(offer))
    assert danish.concept_tag("gaatur") in tags(danish.expand_query(query))


def test_each_word_of_a_query_alone_still_meets_the_offer():
    # The directory search expands every query word on its own and asks for all of them.
    document = set(danish.document_terms("Vandregruppe ved fjorden"))
    for word in danish.tokenize("gå ture"):
        assert set(danish.expand_query(word)) & document, word


def test_unrelated_queries_and_offers_share_no_tag():
    assert not tags(danish.expand_query("synge")) & tags(danish.document_terms("Bridgeklub"))
    assert not tags(danish.expand_query("strikke")) & tags(danish.document_terms("Seniorfitness"))


def test_expand_query_starts_with_the_query_stems_and_adds_core_words():
    terms = danish.expand_query("synge")
    assert terms[0] == "syng"
    assert danish.concept_tag("sang") in terms
    assert "fællessang" in terms


def test_expand_query_leaves_out_small_words_and_negated_concepts():
    assert danish.expand_query("og i at det") == []
    assert danish.concept_tag("dans") not in danish.expand_query("ikke dans")


def test_document_terms_hold_stems_compound_parts_and_tags():
    terms = danish.document_terms("Seniorkoret synger")
    assert {"seniorkor", "senior", "kor", "syng", danish.concept_tag("sang")} <= set(terms)


def test_concept_tags_survive_the_danish_stemmer_and_never_contain_each_other():
    all_tags = [danish.concept_tag(c) for c in danish.CONCEPTS]
    assert len(set(all_tags)) == len(all_tags)
    for tag in all_tags:
        assert SAFE_TERM.match(tag)
        assert danish.stem(tag) == tag
        assert [other for other in all_tags if tag in other] == [tag]
    assert danish.concept_tag("need:koerestol") == "kpneedkoerestolkp"


# --- the lexicon -----------------------------------------------------------------------------
def test_every_concept_has_core_words_and_plenty_of_vocabulary():
    assert set(lexicon.CORE_WORDS) == set(danish.CONCEPTS)
    words_per_concept = dict.fromkeys(danish.INTEREST_CODES, 0)
    for table in (lexicon.WORDS, lexicon.EXACT):
        for key, weights in table.items():
            for concept in weights:
                if concept in words_per_concept:
                    words_per_concept[concept] += len(key.split(","))
    assert min(words_per_concept.values()) >= 20, words_per_concept


def test_no_lexicon_word_is_a_stopword():
    for table in (lexicon.WORDS, lexicon.EXACT):
        for key in table:
            for form in key.split(","):
                tokens = danish.tokenize(form)
                assert len(tokens) > 1 or tokens[0] not in lexicon.STOPWORDS.split(), form


# --- robustness ------------------------------------------------------------------------------
danish_text = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzæøåéü ÆØÅ-',.!?\"…–\n0123456789")),
    max_size=200,
)
odd_text = st.text(max_size=200)  # any code points: surrogates, combining marks, emoji, RTL …
words_and_text = st.one_of(
    danish_text,
    odd_text,
    st.builds(
        " ".join,
        st.lists(
            st.sampled_from(
                [
                    "ikke",
                    "synge",
                    "gå",
                    "tur",
                    "kor",
                    "min",
                    "mand",
                    "døde",
                    "men",
                    "kan",
                    "lide",
                    "-",
                    ",",
                    "hellere",
                    "end",
                    "alene",
                    "hader",
                    "nogen",
                    "at",
                    "med",
                    "kirkekor",
                    "gåture",
                    "…",
                ]
            ),
            max_size=25,
        ),
    ),
)


@settings(max_examples=300, deadline=None)
@given(words_and_text)
def test_no_text_breaks_any_public_function(text):
    assert isinstance(danish.normalize(text), str)
    assert isinstance(danish.fold(text), str)
    tokens = danish.tokenize(text)
    assert all(token and re.fullmatch(r"[^\W_]+", token) for token in tokens)
    for token in tokens:
        assert isinstance(danish.stem(token), str)
        assert all(danish.split_compound(token))
    result = danish.analyse(text)
    assert set(result.concepts) <= set(danish.CONCEPTS)
    assert all(0.0 < w <= 1.0 for w in result.concepts.values())
    assert not result.negated & set(result.concepts)
    assert set(result.matched_words) == set(result.concepts)
    for terms in (danish.expand_query(text), danish.document_terms(text)):
        assert all(isinstance(t, str) and t for t in terms)
        assert len(terms) == len(set(terms))


@settings(max_examples=200, deadline=None)
@given(words_and_text)
def test_tokens_and_concepts_do_not_depend_on_caches_or_order_of_calls(text):
    first_tokens, first_concepts = danish.tokenize(text), danish.concepts(text)
    danish.concepts("Jeg vil gerne synge og danse i kirkekoret")
    assert danish.tokenize(text) == first_tokens
    assert danish.concepts(text) == first_concepts
    danish.stem.cache_clear()
    words.word_concepts.cache_clear()
    analysis._analysis.cache_clear()
    assert danish.concepts(text) == first_concepts


def test_changing_a_result_does_not_change_the_next_one():
    first = danish.analyse("Jeg gider ikke dans, men vil gerne synge")
    first.concepts.clear()
    first.negated.add("sang")
    first.matched_words.clear()
    again = danish.analyse("Jeg gider ikke dans, men vil gerne synge")
    assert "sang" in again.concepts
    assert again.negated == {"dans"}
    assert again.matched_words["sang"] == ["synge"]


@settings(max_examples=100, deadline=None)
@given(danish_text)
def test_normalize_is_idempotent(text):
    once = danish.normalize(text)
    assert danish.normalize(once) == once


def test_analysing_a_long_wish_is_fast_after_warm_up():
    text = (
        "Min kone døde sidste år. Jeg har altid været god med mine hænder og savner noget at "
        "tage mig til sammen med andre mænd. Jeg går med rollator og hører dårligt, men vil "
        "gerne synge i et kor eller spille kort en gang om ugen, gerne om formiddagen."
    )[:300]
    danish.analyse(text)
    variants = [f"{text[:290]} {n}" for n in range(50)]  # new texts: no cached result
    start = time.perf_counter()
    for variant in variants:
        danish.analyse(variant)
    per_call = (time.perf_counter() - start) / len(variants)
    assert per_call < 0.01  # measured about 0.3 ms; the bound only catches a pathology


# --- the development data set ----------------------------------------------------------------
def _dev(name: str) -> list[dict]:
    path = DEV_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_citizen_who_writes_a_wish_gets_a_concept():
    citizens = [c for c in _dev("citizens.json") if c.get("wishes", "").strip()]
    assert citizens
    for citizen in citizens:
        assert danish.concepts(citizen["wishes"]), citizen["wishes"]


def test_wishes_agree_with_the_interests_a_citizen_also_ticked():
    for citizen in _dev("citizens.json"):
        if citizen.get("interests") and citizen.get("wishes"):
            assert set(citizen["interests"]) & strong(citizen["wishes"]), citizen["wishes"]


def test_an_offers_own_text_names_one_of_its_interests():
    for service in _dev("services.json"):
        codes = {a["taxonomy_term"]["code"] for a in service.get("attributes", [])}
        interests = {c.removeprefix("interest:") for c in codes if c.startswith("interest:")}
        text = f"{service['name']}. {service.get('description', '')}"
        assert interests & strong(text), text
