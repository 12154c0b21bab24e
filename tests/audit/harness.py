"""Lets the test suite empty the audit table between transactional tests, and nothing else.

Django's test flush empties every table after a transactional (live-server) test: TRUNCATE on
PostgreSQL, DELETE on SQLite. The audit table's triggers refuse both, on purpose. This patch
exists only in the test process and only around that flush:

- PostgreSQL: the flush runs in one transaction as the table's owner; ``SET LOCAL
  brobygger.audit_maintenance = 'on'`` lets the owner's TRUNCATE through for that transaction
  (the trigger checks both the flag and ownership; the app's role has no TRUNCATE anyway).
- SQLite has no roles, so no flag could be kept from the app: the flush drops the audit
  table's triggers and recreates them from their stored SQL in the same transaction.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.db.backends.postgresql.base import DatabaseWrapper as PostgresWrapper
from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteWrapper

PostgresOperations = PostgresWrapper.ops_class
SQLiteOperations = SQLiteWrapper.ops_class

AUDIT_TABLE = "audit_auditevent"


def _postgres(original: Callable[..., list[str]]) -> Callable[..., list[str]]:
    def sql_flush(self: PostgresOperations, style: Any, tables: Any, **kwargs: Any) -> list[str]:
        sql = original(self, style, tables, **kwargs)
        if AUDIT_TABLE in tables and sql:
            return ["SET LOCAL brobygger.audit_maintenance = 'on';", *sql]
        return sql

    return sql_flush


def _sqlite(original: Callable[..., list[str]]) -> Callable[..., list[str]]:
    def sql_flush(self: SQLiteOperations, style: Any, tables: Any, **kwargs: Any) -> list[str]:
        sql = original(self, style, tables, **kwargs)
        if AUDIT_TABLE not in tables or not sql:
            return sql
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
                [AUDIT_TABLE],
            )
            triggers = cursor.fetchall()
        drop = [f"DROP TRIGGER {self.quote_name(name)};" for name, _ in triggers]
        return [*drop, *sql, *(definition for _, definition in triggers)]

    return sql_flush


@contextmanager
def audit_table_flushable_by_the_test_harness() -> Iterator[None]:
    originals = (PostgresOperations.sql_flush, SQLiteOperations.sql_flush)
    PostgresOperations.sql_flush = _postgres(originals[0])  # type: ignore[method-assign]
    SQLiteOperations.sql_flush = _sqlite(originals[1])  # type: ignore[method-assign]
    try:
        yield
    finally:
        PostgresOperations.sql_flush, SQLiteOperations.sql_flush = originals  # type: ignore[method-assign]
