"""The database itself refuses to change or remove audit rows (see docs/audit.md)."""

import uuid

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from brobygger.audit import events
from brobygger.audit.chain import missing_guards
from brobygger.audit.log import record_event
from brobygger.audit.models import AuditEvent

POSTGRES_ONLY = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL feature (TRUNCATE, roles, settings)"
)


@pytest.fixture
def event(db):
    return record_event(events.AUDIT_VIEWED, user=None, object_repr="Forløb 17")


def refused(sql):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql)


def test_update_is_refused(event):
    refused("UPDATE audit_auditevent SET object_repr = 'skjult'")
    assert AuditEvent.objects.get().object_repr == "Forløb 17"


def test_delete_is_refused(event):
    refused("DELETE FROM audit_auditevent")
    assert AuditEvent.objects.count() == 1


@POSTGRES_ONLY
def test_truncate_is_refused(event):
    refused("TRUNCATE audit_auditevent")
    refused("TRUNCATE audit_auditevent CASCADE")
    assert AuditEvent.objects.count() == 1


@POSTGRES_ONLY
def test_the_maintenance_flag_never_lets_updates_through(event):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL brobygger.audit_maintenance = 'on'")
        refused("UPDATE audit_auditevent SET object_repr = 'skjult'")


@POSTGRES_ONLY
def test_the_maintenance_flag_lets_only_the_owner_empty_the_table(event):
    """Even a role that was (wrongly) given DELETE and TRUNCATE cannot use the flag."""
    role = f"audit_test_{uuid.uuid4().hex[:12]}"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE ROLE {role} NOLOGIN")
        cursor.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
        cursor.execute(f"GRANT SELECT, DELETE, TRUNCATE ON audit_auditevent TO {role}")
        cursor.execute(f"SET ROLE {role}")
        try:
            cursor.execute("SET brobygger.audit_maintenance = 'on'")
            refused("DELETE FROM audit_auditevent")
            refused("TRUNCATE audit_auditevent")
        finally:
            cursor.execute("RESET ROLE")
            cursor.execute("RESET brobygger.audit_maintenance")
    assert AuditEvent.objects.count() == 1
    # The owner, having said so for one transaction, may (this is how the tests empty it).
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET LOCAL brobygger.audit_maintenance = 'on'")
        cursor.execute("DELETE FROM audit_auditevent")
    assert AuditEvent.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_the_test_harness_flush_empties_the_log_and_keeps_its_guards():
    """Live-server tests are flushed between tests; that must work, and change nothing else."""
    record_event(events.AUDIT_VIEWED, user=None)
    call_command("flush", interactive=False, verbosity=0)
    assert AuditEvent.objects.count() == 0
    assert missing_guards() == []
    record_event(events.AUDIT_VIEWED, user=None)
    refused("DELETE FROM audit_auditevent")
    refused("UPDATE audit_auditevent SET object_repr = 'x'")
    assert AuditEvent.objects.count() == 1
