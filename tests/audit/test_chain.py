"""The hash chain: each row carries the hash of the one before, and verify-audit walks it."""

import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import close_old_connections, connection, transaction

from brobygger.audit import events
from brobygger.audit.chain import GENESIS, missing_guards, row_hash, verify_chain
from brobygger.audit.log import record_event
from brobygger.audit.models import AuditEvent
from tests import factories

POSTGRES_ONLY = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL feature (advisory locks, roles)"
)


def write(count, **extra):
    return [
        record_event(events.AUDIT_VIEWED, user=None, object_repr=f"Hændelse {n}", **extra)
        for n in range(count)
    ]


@pytest.fixture
def unguarded():
    """Switch the append-only triggers off inside this test's transaction (rolled back after),
    the way someone with the owner's password could, to tamper with a row."""

    def tamper(sql, params=()):
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # Deferred foreign-key checks from the inserts would block the ALTER.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER USER")
                cursor.execute(sql, params)
                cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER USER")
            else:
                cursor.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                    "AND tbl_name = 'audit_auditevent'"
                )
                triggers = cursor.fetchall()
                for name, _ in triggers:
                    cursor.execute(f"DROP TRIGGER {name}")
                cursor.execute(sql, params)
                for _, definition in triggers:
                    cursor.execute(definition)

    return tamper


@pytest.mark.django_db
def test_each_row_links_to_the_one_before():
    first, second, third = write(3, data={"n": 1.0, "big": 1e16, "nested": {"b": 1, "a": [2]}})
    assert first.prev_hash == GENESIS
    assert second.prev_hash == first.hash
    assert third.prev_hash == second.hash
    assert len({first.hash, second.hash, third.hash}) == 3
    # The hash is over what the database gives back, not only what Python wrote.
    for row in AuditEvent.objects.values():
        assert row_hash(row, row["prev_hash"]) == row["hash"]


@pytest.mark.django_db
def test_the_hash_covers_every_field():
    user = factories.user()
    (event,) = write(1, data={"from": "a"})
    stored = AuditEvent.objects.values().get()
    assert stored["user_id"] is None
    for field, other in [
        ("object_repr", "Hændelse X"),
        ("data", {"from": "b"}),
        ("user_id", user.pk),
        ("legal_basis", "art6-1a"),
        ("event", "audit.verified"),
        ("ip_address", "10.0.0.1"),
        ("at", stored["at"].replace(microsecond=(stored["at"].microsecond + 1) % 1_000_000)),
    ]:
        assert row_hash({**stored, field: other}, stored["prev_hash"]) != event.hash, field
    assert row_hash(stored, "f" * 64) != event.hash


@pytest.mark.django_db
def test_verify_reports_an_intact_log_in_danish(capsys):
    rows = write(5)
    call_command("verify_audit", "--chunk-size", "2")
    out = capsys.readouterr().out
    assert "Revisionsloggen er intakt: 5 hændelser" in out
    assert f"Seneste hash: {rows[-1].hash}" in out
    # The check is itself on the record.
    verified = AuditEvent.objects.get(event="audit.verified")
    assert verified.data == {
        "checked": 5,
        "intact": True,
        "broken_id": None,
        "missing_triggers": [],
        "last_hash": rows[-1].hash,
    }
    assert verify_chain().checked == 6


@pytest.mark.django_db
def test_verify_finds_a_changed_row(unguarded):
    rows = write(5)
    unguarded("UPDATE audit_auditevent SET object_repr = %s WHERE id = %s", ["Skjult", rows[2].pk])
    verdict = verify_chain(chunk_size=2)
    assert (verdict.broken_id, verdict.reason, verdict.checked) == (rows[2].pk, "content", 2)
    with pytest.raises(CommandError, match=f"brudt ved hændelse {rows[2].pk}.*ændret"):
        call_command("verify_audit")


@pytest.mark.django_db
def test_verify_finds_a_deleted_row(unguarded):
    rows = write(4)
    unguarded("DELETE FROM audit_auditevent WHERE id = %s", [rows[1].pk])
    verdict = verify_chain()
    assert (verdict.broken_id, verdict.reason) == (rows[2].pk, "link")
    with pytest.raises(CommandError, match="slettet, indsat eller flyttet"):
        call_command("verify_audit")


@pytest.mark.django_db
def test_verify_finds_a_forged_row_even_with_a_correct_looking_hash():
    """Inserted past the ORM (no lock, no link) with a hash computed over its own fields."""
    rows = write(3)
    forged = {**AuditEvent.objects.values().get(pk=rows[0].pk), "object_repr": "Falsk"}
    forged_hash = row_hash(forged, rows[0].hash)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO audit_auditevent (at, user_label, action, event, legal_basis, data, "
            "object_type, object_id, object_repr, search_terms, purpose, path, prev_hash, hash) "
            "SELECT at, user_label, action, event, legal_basis, data, object_type, object_id, "
            "%s, search_terms, purpose, path, %s, %s FROM audit_auditevent WHERE id = %s",
            ["Falsk", rows[0].hash, forged_hash, rows[0].pk],
        )
    verdict = verify_chain()
    assert verdict.reason == "link"
    assert verdict.broken_id == AuditEvent.objects.order_by("-id").values_list("id", flat=True)[0]


@pytest.mark.django_db
def test_verify_fails_when_the_triggers_are_gone(capsys):
    write(1)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("DROP TRIGGER audit_auditevent_no_truncate ON audit_auditevent")
            missing = ["audit_auditevent_no_truncate"]
        else:
            cursor.execute("DROP TRIGGER audit_auditevent_no_delete")
            missing = ["audit_auditevent_no_delete"]
    assert missing_guards() == missing
    with pytest.raises(CommandError, match="beskyttelsen mangler"):
        call_command("verify_audit")


@pytest.mark.django_db
def test_bulk_create_is_refused():
    from brobygger.audit.models import AppendOnlyError

    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.bulk_create([AuditEvent(event="x")])


@POSTGRES_ONLY
@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_never_fork_the_chain():
    """Eight threads, each its own connection and transactions, writing at once."""
    start = threading.Barrier(8)
    failures = []

    def writer(n):
        try:
            start.wait()
            for i in range(15):
                with transaction.atomic():
                    record_event(events.AUDIT_VIEWED, user=None, object_repr=f"{n}-{i}")
        except Exception as problem:
            failures.append(problem)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    verdict = verify_chain()
    assert verdict.intact, verdict
    assert verdict.checked == 120
