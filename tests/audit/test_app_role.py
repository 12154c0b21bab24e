"""The app's database role may write the audit log but never rewrite it (PostgreSQL)."""

import io
import uuid

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from brobygger.audit import events
from brobygger.audit.chain import verify_chain
from brobygger.audit.log import record_event
from brobygger.audit.models import AuditEvent
from tests import factories

on_postgres = connection.vendor == "postgresql"
POSTGRES_ONLY = pytest.mark.skipif(
    not on_postgres, reason="database roles exist only in PostgreSQL"
)


@pytest.fixture
def app_role(db):
    """A fresh role made by the command; created inside the test's transaction, so it goes
    away with it (CREATE ROLE is transactional in PostgreSQL)."""
    role = f"brobygger_app_{uuid.uuid4().hex[:10]}"
    call_command("create_app_role", "--role", role, "--nologin", stdout=io.StringIO())
    return role


def refused(cursor, sql):
    with pytest.raises(DatabaseError), transaction.atomic():
        cursor.execute(sql)


@POSTGRES_ONLY
def test_as_the_app_role_the_audit_log_takes_inserts_and_nothing_else(app_role):
    person = factories.user(full_name="Inger Hansen")
    record_event(events.AUDIT_VIEWED, user=None, object_repr="før")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"SET ROLE {app_role}")
        try:
            # What the app does all day works: write an event, change ordinary data.
            with transaction.atomic():
                record_event(events.AUDIT_VIEWED, user=person, object_repr="som app")
            cursor.execute(
                "UPDATE accounts_user SET full_name = 'Inger H.' WHERE id = %s", [person.pk]
            )
            for sql in [
                "UPDATE audit_auditevent SET object_repr = 'skjult'",
                "DELETE FROM audit_auditevent",
                "TRUNCATE audit_auditevent",
                "DROP TRIGGER audit_auditevent_append_only ON audit_auditevent",
                "ALTER TABLE audit_auditevent DISABLE TRIGGER USER",
                "ALTER TABLE audit_auditevent ADD COLUMN note text",
                "DROP TABLE audit_auditevent",
                "DROP FUNCTION audit_refuse_change()",
                "SET session_replication_role = replica",
                "DELETE FROM django_migrations",
            ]:
                refused(cursor, sql)
            # Granting itself more is a no-op with a warning: it holds no grant option.
            cursor.execute(f"GRANT DELETE, TRUNCATE ON audit_auditevent TO {app_role}")
            refused(cursor, "DELETE FROM audit_auditevent")
            # The maintenance flag is the owner's; set by the app role it changes nothing.
            cursor.execute("SET brobygger.audit_maintenance = 'on'")
            refused(cursor, "DELETE FROM audit_auditevent")
            refused(cursor, "TRUNCATE audit_auditevent")
        finally:
            cursor.execute("RESET ROLE")
            cursor.execute("RESET brobygger.audit_maintenance")
    assert list(AuditEvent.objects.order_by("id").values_list("object_repr", flat=True)) == [
        "før",
        "som app",
    ]
    assert verify_chain().intact


@POSTGRES_ONLY
def test_running_it_again_updates_the_role(app_role, capsys):
    call_command("create_app_role", "--role", app_role)
    assert f"Rollen {app_role} er opdateret" in capsys.readouterr().out
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", [app_role])
        assert cursor.fetchone() == (True,)


@POSTGRES_ONLY
def test_a_powerful_role_or_the_owner_is_refused(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_user")
        (owner,) = cursor.fetchone()
        powerful = f"brobygger_dba_{uuid.uuid4().hex[:10]}"
        cursor.execute(f"CREATE ROLE {powerful} CREATEROLE")
        member = f"brobygger_member_{uuid.uuid4().hex[:10]}"
        cursor.execute(f"CREATE ROLE {member}")
        cursor.execute("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_auditevent'")
        (table_owner,) = cursor.fetchone()
        cursor.execute(f'GRANT "{table_owner}" TO {member}')
    with pytest.raises(CommandError, match="ejer tabellerne"):
        call_command("create_app_role", "--role", owner)
    with pytest.raises(CommandError, match="særlige rettigheder"):
        call_command("create_app_role", "--role", powerful)
    with pytest.raises(CommandError, match=r"(ejer tabeller|særlige rettigheder)"):
        call_command("create_app_role", "--role", member)


@pytest.mark.django_db
def test_role_names_are_checked(db):
    with pytest.raises(CommandError, match=r"(Rollenavnet|kun i PostgreSQL)"):
        call_command("create_app_role", "--role", 'app"; DROP TABLE x; --')


@pytest.mark.skipif(on_postgres, reason="the SQLite refusal")
@pytest.mark.django_db
def test_on_sqlite_the_command_says_roles_need_postgresql():
    with pytest.raises(CommandError, match="kun i PostgreSQL"):
        call_command("create_app_role", "--role", "brobygger_app")
