"""The database role the app runs as: it may read and write data, never rewrite the audit log.

Migrations run as the owner of the tables (which alone may change tables and triggers); the
app connects as this role. It owns nothing, holds SELECT/INSERT/UPDATE/DELETE on the app's
tables, only SELECT and INSERT on the audit log, only SELECT on the migration history, and
USAGE on the sequences. Without ownership it cannot drop or alter the audit triggers; without
UPDATE, DELETE or TRUNCATE on the audit table it cannot touch a row.

Grants cover the tables that exist now: run ``brobygger create-app-role`` again after every
``migrate`` (a new table is then refused to the app, loudly, until it is).
"""

import re
from dataclasses import dataclass

from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils.translation import gettext as _
from psycopg import sql

from .chain import TABLE as AUDIT_TABLE

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
APPEND_ONLY_TABLES = {AUDIT_TABLE: "SELECT, INSERT"}
READ_ONLY_TABLES = {"django_migrations": "SELECT"}
READ_WRITE = "SELECT, INSERT, UPDATE, DELETE"


class RoleError(Exception):
    """The role cannot safely be the app's role; the message (Danish) says why."""


@dataclass(frozen=True)
class Grants:
    role: str
    created: bool
    tables: dict[str, str]


def grant_app_role(
    connection: BaseDatabaseWrapper, role: str, *, login: bool = True, password: str = ""
) -> Grants:
    """Create or update ``role`` as the app's role on the current schema. PostgreSQL only."""
    if connection.vendor != "postgresql":
        raise RoleError(_("Databaseroller findes kun i PostgreSQL."))
    if not ROLE_NAME.match(role):
        raise RoleError(
            _("Rollenavnet skal være små bogstaver, tal og _ (højst 63 tegn): %(role)s")
            % {"role": role}
        )
    name = sql.Identifier(role)
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SELECT current_user, current_schema()")
        current_user, schema = cursor.fetchone()
        if role == current_user:
            raise RoleError(_("Appens rolle må ikke være den rolle, der ejer tabellerne."))
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role])
        created = cursor.fetchone() is None
        options = sql.SQL("LOGIN" if login else "NOLOGIN")
        if created:
            cursor.execute(sql.SQL("CREATE ROLE {} {}").format(name, options).as_string())
        else:
            cursor.execute(sql.SQL("ALTER ROLE {} {}").format(name, options).as_string())
        if password:
            cursor.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}")
                .format(name, sql.Literal(password))
                .as_string(connection.connection)
            )
        _refuse_powerful(cursor, role, schema)
        tables = _tables(cursor, schema)
        quoted_schema = sql.Identifier(schema)
        for statement in (
            "REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}",
            "REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}",
            "GRANT USAGE ON SCHEMA {schema} TO {role}",
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}",
        ):
            cursor.execute(sql.SQL(statement).format(schema=quoted_schema, role=name).as_string())
        granted = {}
        for table in tables:
            privileges = APPEND_ONLY_TABLES.get(table) or READ_ONLY_TABLES.get(table) or READ_WRITE
            cursor.execute(
                sql.SQL("GRANT {} ON TABLE {} TO {}")
                .format(sql.SQL(privileges), sql.Identifier(schema, table), name)
                .as_string()
            )
            granted[table] = privileges
    return Grants(role=role, created=created, tables=granted)


def _tables(cursor: object, schema: str) -> list[str]:
    cursor.execute(  # type: ignore[attr-defined]
        "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", [schema]
    )
    return [table for (table,) in cursor.fetchall()]  # type: ignore[attr-defined]


def _refuse_powerful(cursor: object, role: str, schema: str) -> None:
    """A role that can do what the owner can is no protection: refuse it, do not weaken it."""
    cursor.execute(  # type: ignore[attr-defined]
        """
        SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication,
               EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = %s AND pg_has_role(r.oid, c.relowner, 'USAGE'))
        FROM pg_roles r WHERE r.rolname = %s
        """,
        [schema, role],
    )
    powerful, owns = cursor.fetchone()  # type: ignore[attr-defined]
    if powerful:
        raise RoleError(
            _(
                "Rollen %(role)s har særlige rettigheder (superbruger, opretter roller eller "
                "databaser, replikering eller går uden om rækkesikkerhed). "
                "Brug en almindelig rolle."
            )
            % {"role": role}
        )
    if owns:
        raise RoleError(
            _(
                "Rollen %(role)s ejer tabeller i databasen eller er medlem af ejerens rolle. "
                "Appens rolle må ikke kunne ændre tabeller eller triggere."
            )
            % {"role": role}
        )
