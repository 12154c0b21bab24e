"""Rows written before the hash chain existed are chained, typed and guarded by the migration."""

import pytest
from django.db import DatabaseError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from brobygger.audit.chain import missing_guards, verify_chain
from brobygger.audit.models import AuditEvent

BEFORE = ("audit", "0002_append_only_triggers")


@pytest.mark.django_db(transaction=True)
def test_the_migration_chains_and_types_the_rows_already_there():
    executor = MigrationExecutor(connection)
    leaf = executor.loader.graph.leaf_nodes("audit")
    try:
        executor.migrate([BEFORE])
        old_apps = executor.loader.project_state([BEFORE]).apps
        OldEvent = old_apps.get_model("audit", "AuditEvent")
        OldEvent.objects.create(
            action="read",
            object_type="referrals.citizen",
            object_id="3",
            purpose="Forløb",
            ip_address="2001:0db8:0000:0000:0000:0000:0000:0001",
        )
        OldEvent.objects.create(action="login", user_label="anonym")
        OldEvent.objects.create(action="change", object_type="volunteers.volunteer")
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(leaf)
    rows = list(AuditEvent.objects.order_by("id").values_list("event", "legal_basis"))
    assert rows == [
        ("referrals.citizen.read", "art6-1e"),
        ("auth.login", "art32"),
        ("volunteers.volunteer.change", "art6-1b"),
    ]
    verdict = verify_chain()
    assert verdict.intact, verdict
    assert verdict.checked == 3
    assert missing_guards() == []
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent")
