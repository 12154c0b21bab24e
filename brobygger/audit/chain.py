"""The hash chain over the audit log: each row carries the hash of the row before it.

A row's hash is SHA-256 over its predecessor's hash and a canonical serialisation of the row's
own fields, so changing, removing or reordering any row breaks every link after it, and
``brobygger verify-audit`` finds the first broken one.

The hash covers exactly ``HASHED_FIELDS`` in exactly the form ``canonical`` gives. Changing
either invalidates every stored hash: do it only with a migration that re-chains the table, as
``0003`` did for the rows written before the chain existed.

Writers must be serialised, or two transactions would both link to the same predecessor. On
PostgreSQL ``lock_chain`` takes a transaction-scoped advisory lock before the last hash is read;
it is held until commit, so the next writer reads this row's hash. SQLite already serialises
writers: Brobygger opens every transaction with BEGIN IMMEDIATE (see settings).
"""

import hashlib
import ipaddress
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper

GENESIS = "0" * 64
TABLE = "audit_auditevent"
HASHED_FIELDS = (
    "at",
    "user_id",
    "user_label",
    "action",
    "event",
    "legal_basis",
    "object_type",
    "object_id",
    "object_repr",
    "search_terms",
    "purpose",
    "ip_address",
    "path",
    "data",
)
# Any constant works; it only has to be the same in every process. ("brobyg" in ASCII.)
CHAIN_LOCK_KEY = 0x62726F627967


def _json_value(value: Any) -> Any:
    # PostgreSQL's jsonb may give 1e16 back as 10000000000000000: compare integral floats as ints.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _json_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_value(item) for item in value]
    return value


def canonical(values: Mapping[str, Any]) -> bytes:
    """The bytes that are hashed: the same whether the values come from Python or the database."""
    at: datetime = values["at"]
    ip = values["ip_address"]
    normalised = {
        **{name: values[name] for name in HASHED_FIELDS},
        "at": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "ip_address": str(ipaddress.ip_address(ip)) if ip else None,
        "data": _json_value(values["data"]),
    }
    return json.dumps(
        normalised, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def row_hash(values: Mapping[str, Any], prev_hash: str) -> str:
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical(values))
    return digest.hexdigest()


def lock_chain(connection: BaseDatabaseWrapper) -> None:
    """Serialise writers until this transaction ends. Call inside ``transaction.atomic``."""
    if not connection.in_atomic_block:
        raise RuntimeError("lock_chain must run inside a transaction")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK_KEY])


@dataclass(frozen=True)
class Verdict:
    """The result of walking the chain: how many rows, and the first one that does not fit."""

    checked: int
    broken_id: int | None = None
    reason: str = ""
    # The hash of the last row that fits: written down outside the server, it anchors the log.
    last_hash: str = GENESIS

    @property
    def intact(self) -> bool:
        return self.broken_id is None


def _rows(connection: BaseDatabaseWrapper, chunk_size: int) -> Iterator[dict[str, Any]]:
    """Every row in id order, ``chunk_size`` at a time (keyset paging: bounded memory)."""
    from .models import AuditEvent

    manager = AuditEvent.objects.using(connection.alias)
    last_id = 0
    while True:
        chunk = list(
            manager.filter(id__gt=last_id)
            .order_by("id")
            .values("id", "prev_hash", "hash", *HASHED_FIELDS)[:chunk_size]
        )
        if not chunk:
            return
        yield from chunk
        last_id = chunk[-1]["id"]


def verify_chain(using: str = "default", *, chunk_size: int = 2000) -> Verdict:
    """Walk the chain from the first row; stop at the first row that does not fit."""
    expected_prev = GENESIS
    checked = 0
    for row in _rows(connections[using], chunk_size):
        if row["prev_hash"] != expected_prev:
            return Verdict(checked, row["id"], "link", expected_prev)
        if row_hash(row, row["prev_hash"]) != row["hash"]:
            return Verdict(checked, row["id"], "content", expected_prev)
        expected_prev = row["hash"]
        checked += 1
    return Verdict(checked, last_hash=expected_prev)


# The triggers that make the table append-only (created by migration 0003).
PG_GUARDS = ("audit_auditevent_append_only", "audit_auditevent_no_truncate")
SQLITE_GUARDS = ("audit_auditevent_no_update", "audit_auditevent_no_delete")


def missing_guards(using: str = "default") -> list[str]:
    """The append-only triggers that are absent or disabled: a copy without them is not safe."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = %s::regclass AND tgenabled <> 'D'",
                [TABLE],
            )
            expected = PG_GUARDS
        elif connection.vendor == "sqlite":
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s", [TABLE]
            )
            expected = SQLITE_GUARDS
        else:
            return []
        present = {name for (name,) in cursor.fetchall()}
    return [name for name in expected if name not in present]
