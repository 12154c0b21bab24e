import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from brobygger.directory.search import OfferQuery, search_offers
from tests import factories

pytestmark = pytest.mark.usefixtures("reference_data")


def titles(**query):
    return {o.title for o in search_offers(OfferQuery(**query))}


@pytest.fixture
def choir_and_walk(db):
    factories.offer(
        "Seniorkoret Fjordstemmerne",
        description="Vi øver firstemmige sange.",
        terms=("interest:sang",),
    )
    factories.offer(
        "Fællessang på biblioteket",
        description="Kom og syng med på de gamle.",
        schedule=("MONTHLY", "1TH", "14:00-15:30"),
    )
    factories.offer(
        "Vandregruppen",
        description="Vi går 5 km i roligt tempo.",
        terms=("interest:gaatur", "access:koerestol"),
        schedule=("WEEKLY", "MO,TH", "09:30-11:00"),
    )


def test_singing_finds_choirs_and_community_singing(choir_and_walk):
    assert titles(text="synge") == {"Seniorkoret Fjordstemmerne", "Fællessang på biblioteket"}


def test_a_walk_finds_the_walking_group(choir_and_walk):
    assert "Vandregruppen" in titles(text="gåtur")


def test_interest_filter(choir_and_walk):
    assert titles(interests=["interest:gaatur"]) == {"Vandregruppen"}


def test_accessibility_filter(choir_and_walk):
    assert titles(access=["access:koerestol"]) == {"Vandregruppen"}


def test_weekday_and_time_of_day(choir_and_walk):
    assert titles(weekdays=["TH"]) == {"Fællessang på biblioteket", "Vandregruppen"}
    assert titles(weekdays=["TH"], periods=["afternoon"]) == {"Fællessang på biblioteket"}


def test_distance_from_a_postal_code(db):
    factories.offer("I Roskilde", loc=factories.location(postal_code="4000"))
    factories.offer("I Skibby", loc=factories.location(postal_code="4050"))
    roskilde = (55.656475, 12.063734)
    assert titles(point=roskilde, max_km=5) == {"I Roskilde"}
    nearest = [o.title for o in search_offers(OfferQuery(point=roskilde, sort="distance"))]
    assert nearest == ["I Roskilde", "I Skibby"]


def test_local_area_filter(db):
    factories.area("Fjordlandet", ("4050",))
    factories.offer("I Skibby", loc=factories.location(postal_code="4050"))
    factories.offer("I Roskilde", loc=factories.location(postal_code="4000"))
    assert titles(area="fjordlandet") == {"I Skibby"}


def test_ended_offers_are_not_found(db):
    factories.offer("Gammel klub", status="ended")
    factories.offer("Holder pause", status="paused")
    assert titles() == set()


def test_search_page_shows_results(client, choir_and_walk):
    response = client.get(reverse("directory:search"), {"q": "synge"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Seniorkoret Fjordstemmerne" in page
    assert "Vandregruppen" not in page
    assert "2 fællesskaber" in page


def test_unknown_postal_code_gets_a_danish_message(client, choir_and_walk):
    response = client.get(reverse("directory:search"), {"postnr": "9999"})
    assert response.status_code == 200
    assert "Vi kender ikke postnummeret 9999" in response.content.decode()


def test_distance_without_postal_code_is_explained(client, choir_and_walk):
    response = client.get(reverse("directory:search"), {"afstand": "5"})
    assert "Skriv et postnummer" in response.content.decode()


def test_query_count_does_not_grow_with_results(client, db, django_assert_max_num_queries):
    for n in range(3):
        factories.offer(f"Klub {n}", terms=("interest:spil",))
    with django_assert_max_num_queries(12) as few:
        client.get(reverse("directory:search"))
    for n in range(20):
        factories.offer(f"Flere {n}", terms=("interest:spil", "access:teleslynge"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("directory:search"))


class TestSearchNeverFails(HypothesisTestCase):
    """Any query string gets a page or a clear message, never a server error."""

    @classmethod
    def setUpTestData(cls):
        from brobygger.directory.services import ensure_vocabulary

        ensure_vocabulary()
        factories.offer("Seniorkoret", terms=("interest:sang",))

    params = st.dictionaries(
        st.sampled_from(
            [
                "q",
                "interesse",
                "adgang",
                "omraade",
                "postnr",
                "afstand",
                "dag",
                "tid",
                "gratis",
                "ledige",
                "sorter",
                "side",
            ]
        ),
        st.one_of(
            st.text(max_size=40),
            st.sampled_from(["4000", "TU", "morning", "5", "-1", "interest:sang", "distance", "0"]),
        ),
        max_size=6,
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(params=params)
    def test_fuzzed_search(self, params):
        for url in (reverse("directory:search"), reverse("directory:search_ics")):
            response = self.client.get(url, params)
            assert response.status_code in {200, 400}, (url, params)


def test_a_phrase_finds_what_it_means(db):
    factories.offer(
        "Bridgeklubben", description="Vi spiller bridge hver uge.", terms=("interest:spil",)
    )
    factories.offer("Kortklubben", description="Whist og rummy.")
    factories.offer("Linedance", description="Dans til country-musik.")
    assert "Bridgeklubben" in titles(text="spille kort")
    assert "Linedance" not in titles(text="spille kort")


def test_a_word_does_not_match_inside_other_words(db):
    factories.offer("Linedance", description="Vi danser.", terms=("interest:dans",))
    factories.offer("Dansk litteratur", description="Vi læser danske digte.")
    assert titles(text="dansk") == {"Dansk litteratur"}


def test_title_matches_come_first(db):
    factories.offer("Aftenhygge", description="Vi synger lidt til sidst.")
    factories.offer("Sangkoret", description="Et kor for alle.")
    ranked = [o.title for o in search_offers(OfferQuery(text="synge"))]
    assert ranked[0] == "Sangkoret"


def test_htmx_gets_only_the_results(client, choir_and_walk):
    response = client.get(reverse("directory:search"), {"q": "synge"}, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "<html" not in page
    assert "Seniorkoret Fjordstemmerne" in page
    assert 'hx-swap-oob="true"' in page


def test_htmx_errors_replace_the_page_content(client, choir_and_walk):
    response = client.get(reverse("directory:search"), {"postnr": "99"}, HTTP_HX_REQUEST="true")
    assert response["HX-Retarget"] == "#main-content"
    assert "fire cifre" in response.content.decode()


def test_huge_result_sets_are_counted_only_up_to_a_cap(client, db, monkeypatch):
    from brobygger.lib.paging import CappedPaginator

    monkeypatch.setattr(CappedPaginator, "cap", 3)
    for n in range(5):
        factories.offer(f"Kor {n}", terms=("interest:sang",))
    page = client.get(reverse("directory:search")).content.decode()
    assert "Over 3 fællesskaber" in page
