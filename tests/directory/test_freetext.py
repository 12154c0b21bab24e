"""Reading a visitor's free text: places, everyday words, typing errors (no database)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from brobygger import danish
from brobygger.danish import spelling
from brobygger.directory.freetext import MAX_QUERY_WORDS, Gazetteer, read_text
from brobygger.directory.search import SAFE_TERM, text_query

PLACES = Gazetteer.build(
    towns=[
        ("4000", "Roskilde", 55.6415, 12.0803),
        ("4130", "Viby Sjælland", 55.5484, 12.0244),
        ("4070", "Kirke Hyllinge", 55.7004, 11.9214),
        ("4060", "Kirke Såby", 55.6506, 11.8681),
        ("4040", "Jyllinge", 55.7458, 12.1012),
        ("4030", "Tune", 55.5931, 12.1747),
    ],
    areas=[("fjordlandet", "Fjordlandet"), ("lejre", "Lejre")],
    municipality="Fjordbro Kommune",
)


def read(text: str):
    return read_text(text, PLACES)


def meant(text: str) -> list[str]:
    return [unit.meant for unit in read(text).units]


def test_a_typing_error_is_corrected_and_suggested():
    result = read("Kortspl")
    assert meant("Kortspl") == ["kortspil"]
    assert result.suggestion == "kortspil"
    assert read("fællesang i Tune").suggestion == "fællessang i Tune"
    assert meant("svømmning") == ["svømning"]


def test_known_and_short_words_are_left_alone():
    assert read("strikke").suggestion == ""
    assert read("sy").suggestion == ""
    assert spelling.correct("vikingeskibsmuseet") is None
    assert spelling.correct("xqzv") is None


def test_a_town_in_the_text_becomes_the_place_and_leaves_the_words():
    result = read("gåtur i Roskilde")
    assert [p.name for p in result.places] == ["Roskilde"]
    assert meant("gåtur i Roskilde") == ["gåtur"]
    assert not result.near


def test_near_words_ask_for_a_distance():
    result = read("tæt på Roskilde")
    assert result.units == ()
    assert result.near
    assert result.place is not None and result.place.point == (55.6415, 12.0803)
    assert read("kor i nærheden af Jyllinge").near
    assert read("Roskilde og omegn").near


def test_towns_of_several_words_and_their_short_names():
    assert read("stavgang Kirke Hyllinge").place.postal_codes == ("4070",)
    assert read("fællesspisning i Kirke Såby").place.postal_codes == ("4060",)
    assert read("IT hjælp i Viby").place.name == "Viby Sjælland"
    # "kirke" alone is the church, not a town.
    assert read("kirke").places == ()
    assert meant("kirke") == ["kirke"]


def test_a_local_area_and_the_municipality():
    assert read("dans i Fjordlandet").place.area == "fjordlandet"
    whole = read("sang i Fjordbro")
    assert whole.place is None  # the whole municipality narrows nothing
    assert meant("sang i Fjordbro") == ["sang"]


def test_a_misspelt_town_is_still_found():
    assert read("roskile gåtur").place.name == "Roskilde"
    assert read("sang jylinge").place.name == "Jyllinge"


def test_everyday_words_mean_the_directory_terms():
    (bingo,) = read("bingo").units
    assert "banko" in bingo.words
    (stairs,) = read("uden trapper").units
    assert dict(stairs.terms) == {"access:koerestol": 1.0}
    (walker,) = read("rollator").units
    assert dict(walker.terms)["access:koerestol"] == 1.0


def test_a_broad_word_asks_for_the_offers_made_for_it():
    (lonely,) = read("ensom").units
    assert lonely.own  # not the lexicon's "café"
    assert "access:foelgeven" in dict(lonely.terms)
    boosts = dict(text_query(read("ensom")).boosts)
    assert boosts["kpaccessfoelgevenkp"] > boosts.get("kpinterestcafekp", 0)


def test_words_about_who_is_asking_do_not_narrow_the_search():
    assert meant("noget med kort for min far") == ["med", "kort", "for"]
    assert text_query(read("noget med kort for min far")).groups == text_query(read("kort")).groups


def test_garden_only_when_it_is_the_only_word():
    assert dict(read("have").units[0].terms) == {"interest:have": 1.0}
    assert all(not unit.terms for unit in read("jeg vil gerne have hjælp").units)


# --- properties ---------------------------------------------------------------------------------

texts = st.text(max_size=120) | st.lists(
    st.sampled_from(
        [
            "i",
            "tæt",
            "på",
            "Roskilde",
            "Kirke",
            "Hyllinge",
            "kortspl",
            "uden",
            "trapper",
            "ensom",
            "have",
            "og",
            "omegn",
            "Fjordbro",
            "—",
            "'",
            " ",
            "é",
            "\x00",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_reading_never_fails_and_keeps_its_bounds(text):
    for places in (PLACES, None):
        result = read_text(text, places)
        assert len(result.units) <= MAX_QUERY_WORDS
        query = text_query(result)
        for group in query.groups:
            assert group and all(SAFE_TERM.match(term) for term in group)
        assert all(SAFE_TERM.match(tag) for tag in query.phrase_tags)
        assert all(SAFE_TERM.match(token) for token, _weight in query.boosts)
        assert query.typed_stems <= query.typed_terms


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalising_first_changes_nothing(text):
    normal = danish.normalize(text)
    assert danish.normalize(normal) == normal
    assert read(normal).units == read(text).units
    assert read(normal).places == read(text).places


@settings(max_examples=200, deadline=None)
@given(texts)
def test_the_suggestion_needs_no_further_correction(text):
    suggestion = read(text).suggestion
    if suggestion:
        assert read(suggestion).corrections == ()
        assert read(suggestion).places == read(text).places


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå", min_size=1, max_size=14))
def test_a_correction_is_one_edit_away_and_known(word):
    fixed = spelling.correct(word)
    if fixed is not None:
        assert spelling.distance(word, fixed) == 1
        assert spelling.known(fixed)
        assert spelling.correct(fixed) is None


@given(st.text(alphabet="abcæ", max_size=8), st.text(alphabet="abcæ", max_size=8))
def test_edit_distance_is_a_distance(a, b):
    assert spelling.within_one_edit(a, b) == (spelling.distance(a, b) <= 1)
    assert spelling.distance(a, b) == spelling.distance(b, a)
    assert (spelling.distance(a, b) == 0) == (a == b)
    assert spelling.distance(a, b) <= max(len(a), len(b))
