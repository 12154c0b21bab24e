"""Search forgives: typing errors, everyday words, places in the text, broad words."""

import pytest
from django.urls import reverse

from brobygger.directory.search import OfferQuery, search_offers, term_token
from tests import factories

pytestmark = pytest.mark.usefixtures("reference_data")


def titles(text: str) -> list[str]:
    return [o.title for o in search_offers(OfferQuery(text=text))]


def test_a_typing_error_finds_what_was_meant(db):
    factories.offer("Bridgeklubben", description="Kortspil hver tirsdag.", terms=("interest:spil",))
    factories.offer("Fællessang i salen", terms=("interest:sang",))
    assert titles("kortspl") == ["Bridgeklubben"]
    assert titles("fællesang") == ["Fællessang i salen"]


def test_everyday_words_find_the_directorys_words(db):
    factories.offer("Banko i forsamlingshuset", description="Hyggelig banko med kaffe.")
    factories.offer("Kortklub", description="Vi spiller whist.", terms=("interest:spil",))
    factories.offer("Trinfri café", terms=("access:koerestol",))
    factories.offer("Café på 1. sal", description="Der er mange trapper op.")
    assert titles("bingo")[0] == "Banko i forsamlingshuset"  # then other games
    assert titles("uden trapper") == ["Trinfri café"]
    assert titles("rollator") == ["Trinfri café"]


def test_a_town_in_the_text_filters_by_place(db):
    factories.offer("Gåtur i byen", terms=("interest:gaatur",), loc=factories.location())
    factories.offer(
        "Gåtur på landet",
        terms=("interest:gaatur",),
        loc=factories.location("Forsamlingshuset", postal_code="4050"),
    )
    assert titles("gåtur i Roskilde") == ["Gåtur i byen"]
    assert titles("gåtur Skibby") == ["Gåtur på landet"]
    assert set(titles("gåtur")) == {"Gåtur i byen", "Gåtur på landet"}


def test_near_a_town_is_a_distance_nearest_first(db):
    factories.offer("I Roskilde", loc=factories.location(postal_code="4000"))
    factories.offer("I Tune", loc=factories.location("Tune Hallen", postal_code="4030"))
    factories.offer("I Skibby", loc=factories.location("Skibby Hallen", postal_code="4050"))
    assert titles("tæt på Roskilde") == ["I Roskilde", "I Tune"]


def test_a_place_in_the_form_wins_over_one_in_the_text(db):
    factories.offer("Kor i Roskilde", terms=("interest:sang",))
    factories.offer(
        "Kor i Skibby",
        terms=("interest:sang",),
        loc=factories.location("Kirken", postal_code="4050"),
    )
    factories.area("Fjordlandet", ("4050",))
    found = search_offers(OfferQuery(text="kor i Roskilde", area="fjordlandet"))
    assert [o.title for o in found] == ["Kor i Skibby"]


def test_a_broad_word_ranks_the_offers_made_for_it_first(db):
    factories.offer("Gåtur", description="Ingen skal gå alene. Kom og vær med.")
    factories.offer(
        "Mødestedet",
        description="Kaffe og snak for alle.",
        terms=("access:foelgeven", "interest:samtale"),
    )
    factories.offer("Linedance", description="Dans på række.")
    ranked = titles("ensom")
    assert ranked[0] == "Mødestedet"
    assert "Linedance" not in ranked


def test_the_document_names_the_offers_terms(db):
    offer = factories.offer("Koret", terms=("interest:sang",))
    from brobygger.directory.services import refresh_search_document

    refresh_search_document(offer)
    assert f" {term_token('interest:sang')} " in offer.search_document
    assert term_token("access:koerestol") not in offer.search_document


def test_a_place_in_the_text_costs_no_more_queries_with_more_results(
    client, db, django_assert_max_num_queries
):
    for n in range(3):
        factories.offer(f"Kor {n}", terms=("interest:sang",))
    url = reverse("directory:search")
    with django_assert_max_num_queries(20) as few:
        client.get(url, {"q": "kor i Roskilde"})
    for n in range(15):
        factories.offer(f"Flere kor {n}", terms=("interest:sang", "access:teleslynge"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url, {"q": "kor i Roskilde"})
    assert "18 fællesskaber" in response.content.decode()


def test_known_words_need_no_place_lookup(db, django_assert_num_queries):
    factories.offer("Kor", terms=("interest:sang",))
    with django_assert_num_queries(1):
        assert [o.title for o in search_offers(OfferQuery(text="synge"))] == ["Kor"]
    with django_assert_num_queries(3):  # the towns and the local areas, then the offers
        assert [o.title for o in search_offers(OfferQuery(text="synge i Roskilde"))] == ["Kor"]
