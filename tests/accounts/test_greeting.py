"""The overview greets people by their first name, never by a title ("Goddag, Dr.")."""

import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.lib.text import first_name
from tests import factories


@pytest.mark.parametrize(
    ("full_name", "expected"),
    [
        ("Dr. Helle Henriksen", "Helle"),
        ("dr Helle Henriksen", "Helle"),
        ("Overlæge Prof. Jens Juhl", "Jens"),
        ("Birgitte Brobygger", "Birgitte"),
        ("Dr.", ""),
        ("", ""),
    ],
)
def test_the_first_name_skips_titles(full_name, expected):
    assert first_name(full_name) == expected


def test_a_doctor_is_greeted_by_her_first_name(client, db):
    client.force_login(factories.user(Role.REFERRER, full_name="Dr. Helle Henriksen"))
    page = client.get(reverse("home")).content.decode()
    assert "Goddag, Helle" in page
    assert "Goddag, Dr" not in page


def test_someone_without_a_name_is_greeted_without_one(client, db):
    client.force_login(factories.user(Role.REFERRER, full_name="Dr."))
    page = client.get(reverse("home")).content.decode()
    assert "<h1>Goddag</h1>" in page
