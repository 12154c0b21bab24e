"""Input read without a form, and text written where a line break changes the meaning."""

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from brobygger.areas.validation import clean_postal_code
from brobygger.lib.text import has_line_controls, one_line, printable_text
from brobygger.lib.validation import local_path, parse_id


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("42", 42), (" 42", None), ("²", None), ("٤٢", None), ("-1", None), ("0", None),
     (str(10**30), None), ("2147483647", 2147483647), ("2147483648", None), ("", None),
     (None, None), ("9" * 5000, None), ("1e3", None)],
)  # fmt: skip
def test_ids_read_without_a_form_are_plain_digits_that_fit(raw, expected):
    assert parse_id(raw) == expected


@given(st.text(max_size=30))
def test_parse_id_never_raises(text):
    value = parse_id(text)
    assert value is None or 0 < value < 2**31


@pytest.mark.django_db
def test_postal_codes_in_other_digits_are_refused_not_looked_up():
    with pytest.raises(ValidationError):
        clean_postal_code("²²²²")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Seniorkoret", "Seniorkoret"), ("Senior\r\nkoret", "Senior koret"),
     ("a\tb\x00c", "a b c"), ("  Kor\u2028\u2029", "Kor"), ("a\x85b", "a b")],
)  # fmt: skip
def test_one_line_folds_every_break_and_control_character(raw, expected):
    assert one_line(raw) == expected


@given(st.text())
def test_one_line_output_never_holds_a_break(text):
    assert not has_line_controls(one_line(text))
    assert len(one_line(text).splitlines()) <= 1


def test_printable_text_keeps_line_breaks_and_drops_the_rest():
    assert printable_text("Linje 1\r\nLinje 2\tslut\x0b\x00") == "Linje 1\r\nLinje 2\tslut"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("/", "/"), ("/tilbud/1/?side=2", "/tilbud/1/?side=2"), ("-1", ""), ("²", ""),
     ("home", ""), ("//angriber.example/", ""), ("https://angriber.example/", ""),
     ("http://testserver/", ""), ("", "")],
)  # fmt: skip
def test_next_is_only_ever_a_path_on_this_site(raw, expected):
    assert local_path(raw, "testserver") == expected
