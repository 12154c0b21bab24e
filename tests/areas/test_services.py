import pytest

from brobygger.areas.models import PostalCode
from brobygger.areas.services import postal_code_point

pytestmark = pytest.mark.django_db


def test_a_postal_code_with_a_centre_gives_its_point(reference_data):
    PostalCode.objects.filter(code="4000").update(latitude=55.64, longitude=12.08)
    assert postal_code_point("4000") == (55.64, 12.08)


def test_half_a_centre_is_no_point(reference_data):
    # A latitude without a longitude (a hand-edited row) must not reach distance sums as None.
    PostalCode.objects.filter(code="4000").update(latitude=55.64, longitude=None)
    assert postal_code_point("4000") is None


def test_an_unknown_postal_code_has_no_point(reference_data):
    assert postal_code_point("0000") is None
