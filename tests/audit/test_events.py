"""Typed audit events: declared once, written with their code, data and legal basis."""

import datetime
from decimal import Decimal

import pytest

from brobygger.audit import events
from brobygger.audit.events import (
    REGISTRY,
    Action,
    DuplicateEventCode,
    EventType,
    LegalBasis,
    event_type,
)
from brobygger.audit.log import record_event
from brobygger.audit.models import AuditEvent
from tests import factories


@pytest.fixture
def scratch_registry():
    """Declarations made by a test are forgotten afterwards."""
    before = dict(REGISTRY)
    yield
    REGISTRY.clear()
    REGISTRY.update(before)


def test_a_code_can_be_declared_only_once(scratch_registry):
    EventType("test.once", Action.CHANGE, LegalBasis.PUBLIC_AUTHORITY, "Første")
    with pytest.raises(DuplicateEventCode):
        EventType("test.once", Action.READ, LegalBasis.CONSENT, "Anden")
    assert REGISTRY["test.once"].description == "Første"


def test_an_unknown_action_or_basis_fails_at_declaration(scratch_registry):
    with pytest.raises(ValueError):
        EventType("test.bad_action", "peek", LegalBasis.CONSENT, "x")
    with pytest.raises(ValueError):
        EventType("test.bad_basis", Action.READ, "because", "x")
    with pytest.raises(ValueError):
        EventType("", Action.READ, LegalBasis.CONSENT, "x")
    assert "test.bad_action" not in REGISTRY


def test_event_types_are_immutable():
    with pytest.raises(AttributeError):
        events.LOGIN.code = "something.else"


def test_every_apps_events_module_is_loaded_at_start():
    # The audit app's own, and any other app's events.py found by autodiscovery.
    assert {"auth.login", "auth.login_failed", "audit.viewed", "audit.verified"} <= set(REGISTRY)
    assert event_type("audit.viewed") is events.AUDIT_VIEWED
    assert event_type("no.such.event") is None


def test_every_declared_event_has_a_danish_description_and_a_real_basis():
    for code, declared in REGISTRY.items():
        assert str(declared.description).strip(), code
        assert declared.legal_basis in LegalBasis.values, code
        assert declared.action in Action.values, code


def test_legal_bases_name_the_gdpr_article_they_rest_on():
    for basis in LegalBasis:
        assert "art." in str(basis.label), basis
    assert "serviceloven § 79" in str(LegalBasis.PUBLIC_AUTHORITY.label)
    assert "art. 32" in str(LegalBasis.SECURITY.label)


@pytest.mark.django_db
def test_record_event_stores_code_data_and_legal_basis(scratch_registry):
    changed = EventType(
        "test.state_changed", Action.CHANGE, LegalBasis.PUBLIC_AUTHORITY, "Status ændret"
    )
    worker = factories.user(full_name="Birgitte Brobygger")
    record_event(
        changed,
        user=worker,
        obj=worker,
        data={"from": "received", "to": "contacted", "on": datetime.date(2026, 3, 1)},
        purpose="Samtale",
    )
    stored = AuditEvent.objects.get()
    assert stored.event == "test.state_changed"
    assert stored.action == "change"
    assert stored.legal_basis == "art6-1e"
    # Stored as JSON gives it back: the date as text.
    assert stored.data == {"from": "received", "to": "contacted", "on": "2026-03-01"}
    assert (stored.object_type, stored.object_id) == ("accounts.user", str(worker.pk))
    assert stored.event_description() == "Status ændret"


@pytest.mark.django_db
def test_record_event_refuses_anything_but_a_declared_event():
    with pytest.raises(TypeError):
        record_event("case.state_changed", user=None)


@pytest.mark.django_db
def test_record_event_drops_nul_bytes_instead_of_failing():
    record_event(
        events.AUDIT_VIEWED,
        user=None,
        object_repr="Inger\x00 Hansen",
        data={"note\x00": ["a\x00b", Decimal("1.50")]},
    )
    stored = AuditEvent.objects.get()
    assert stored.object_repr == "Inger Hansen"
    assert stored.data == {"note": ["ab", "1.50"]}


def test_there_is_no_untyped_way_to_write_the_log():
    from brobygger.audit import log

    assert not hasattr(log, "record")
