"""The rules of SSO log-in that need no provider: claims, assurance levels, verified e-mail."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brobygger.accounts.roles import Role
from brobygger.accounts.sso import (
    STAFF_ROLES,
    Claims,
    acr_meets,
    asserts_mfa,
    email_is_verified,
)

NSIS = "https://data.gov.dk/concept/core/nsis/loa/"


def claims(**changes):
    values = dict(sub="s", email="a@kommune.dk", email_verified=False, amr=(), acr="")
    return Claims(**(values | changes))


@pytest.mark.parametrize(
    ("asserted", "required", "meets"),
    [
        (NSIS + "High", NSIS + "Substantial", True),
        (NSIS + "Substantial", NSIS + "Substantial", True),
        (NSIS + "Low", NSIS + "Substantial", False),
        ("http://eidas.europa.eu/LoA/high", "http://eidas.europa.eu/LoA/substantial", True),
        # Another scale is not comparable: only the very same value counts.
        ("http://eidas.europa.eu/LoA/high", NSIS + "Substantial", False),
        ("3", "2", True),
        ("1", "2", False),
        ("urn:kommune:mfa", "urn:kommune:mfa", True),
        ("urn:kommune:pwd", "urn:kommune:mfa", False),
        (NSIS + "High", "", False),
        ("", NSIS + "Low", False),
    ],
)
def test_an_assurance_level_meets_the_setting_at_or_above_it(asserted, required, meets):
    assert acr_meets(asserted, required) is meets


@given(
    st.sampled_from(["Low", "Substantial", "High"]), st.sampled_from(["Low", "Substantial", "High"])
)
def test_nsis_levels_are_ordered(asserted, required):
    order = ["Low", "Substantial", "High"]
    assert acr_meets(NSIS + asserted, NSIS + required) is (
        order.index(asserted) >= order.index(required)
    )


@pytest.mark.parametrize(
    ("amr", "mfa"),
    [(("pwd", "mfa"), True), (("otp",), True), (("HWK",), True), (("pwd",), False), ((), False)],
)
def test_amr_methods_that_are_a_second_factor(amr, mfa):
    assert asserts_mfa(claims(amr=amr), "") is mfa


def test_userinfo_first_but_amr_and_acr_only_from_the_id_token():
    found = Claims.from_extra_data(
        {
            "userinfo": {"sub": "s1", "email": "B@Kommune.dk", "amr": ["mfa"], "acr": "3"},
            "id_token": {"sub": "s1", "email": "old@kommune.dk", "amr": ["pwd"], "acr": "1"},
        }
    )
    assert (found.sub, found.email, found.amr, found.acr) == ("s1", "B@Kommune.dk", ("pwd",), "1")
    assert found.subjects_agree


def test_userinfo_about_another_subject_is_noticed():
    found = Claims.from_extra_data({"userinfo": {"sub": "a"}, "id_token": {"sub": "b"}})
    assert not found.subjects_agree


@pytest.mark.parametrize(
    ("data", "verified"),
    [
        ({"email_verified": True}, True),
        ({"email_verified": "true"}, True),
        ({"xms_edov": True}, True),  # Entra ID: the tenant owns the address's domain
        ({"email_verified": False}, False),
        ({"email_verified": "false"}, False),
        ({}, False),
    ],
)
def test_which_claims_make_an_email_verified(data, verified):
    found = Claims.from_extra_data({"id_token": {"sub": "s", "email": "a@kommune.dk", **data}})
    assert email_is_verified(found, []) is verified


def test_trusted_domains_vouch_for_addresses_in_them_only():
    assert email_is_verified(claims(email="a@Kommune.DK"), ["kommune.dk"])
    assert not email_is_verified(claims(email="a@kommune.dk.evil.com"), ["kommune.dk"])
    assert not email_is_verified(claims(email="", email_verified=True), [])


def test_volunteers_and_association_contacts_are_not_staff():
    assert Role.VOLUNTEER not in STAFF_ROLES
    assert Role.ASSOCIATION_CONTACT not in STAFF_ROLES
    assert {Role.LINK_WORKER, Role.ADMINISTRATOR, Role.ANALYST} <= STAFF_ROLES
