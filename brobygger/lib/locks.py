"""Serialising work that no row lock can cover (two intakes about a citizen not yet stored)."""

from django.db import connection


def serialise(key: str) -> None:
    """Hold a lock named ``key`` until the current transaction ends. PostgreSQL takes an
    advisory lock; SQLite needs none, as its write transactions (BEGIN IMMEDIATE) already
    run one at a time."""
    if not connection.in_atomic_block:
        raise RuntimeError("serialise() must run inside transaction.atomic()")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [key])
