"""Encrypted backups: the file format refuses tampering, and a restore drill per engine proves
the copy runs, with its data, its migrations and its audit log's guards and chain intact."""

import io
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from brobygger.audit import events
from brobygger.audit.log import record_event
from brobygger.audit.models import AuditEvent
from brobygger.lib import backup as backups
from brobygger.lib.backup import BackupError, EncryptingWriter, decrypt
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
KEY = backups.new_key()
on_postgres = connection.vendor == "postgresql"


@pytest.fixture
def key(monkeypatch):
    monkeypatch.setenv("BROBYGGER_BACKUP_KEY", KEY)
    return KEY


def encrypt(plain, key=KEY, engine="sqlite"):
    out = io.BytesIO()
    writer = EncryptingWriter(out, backups.parse_key(key), engine)
    for start in range(0, len(plain), 7):
        writer.write(plain[start : start + 7])
    writer.close()
    return out.getvalue()


def decrypted(data, key=KEY):
    return b"".join(decrypt(io.BytesIO(data), backups.parse_key(key)))


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(backups, "CHUNK_SIZE", 16)


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 48, 100])
def test_what_is_encrypted_decrypts_to_the_same_bytes(small_chunks, size):
    plain = os.urandom(size)
    sealed = encrypt(plain)
    if size >= 15:  # a byte or two may turn up in any random ciphertext
        assert plain not in sealed
    assert decrypted(sealed) == plain


def test_a_real_sized_chunk_round_trips():
    plain = os.urandom(backups.CHUNK_SIZE * 2 + 3)
    assert decrypted(encrypt(plain)) == plain


def test_two_backups_of_the_same_data_differ():
    assert encrypt(b"samme data") != encrypt(b"samme data")


def test_the_wrong_key_is_refused_in_danish(small_chunks):
    sealed = encrypt(b"personoplysninger")
    with pytest.raises(BackupError, match="kan ikke dekrypteres"):
        decrypted(sealed, key=backups.new_key())


def test_any_changed_byte_is_refused(small_chunks):
    sealed = encrypt(b"x" * 40)
    # Header bytes are checked as header; every byte after it is authenticated.
    for position in range(len(backups.MAGIC) + 1, len(sealed)):
        tampered = bytearray(sealed)
        tampered[position] ^= 0x01
        with pytest.raises(BackupError):
            decrypted(bytes(tampered))


def test_a_file_cut_short_at_a_chunk_boundary_is_refused(small_chunks):
    sealed = encrypt(b"y" * 40)  # three chunks: 16 + 16 + 8 (last)
    frame = 5 + 16 + 16
    cut = backups.HEADER_SIZE + 2 * frame
    with pytest.raises(BackupError, match="ufuldstændig"):
        decrypted(sealed[:cut])


def test_reordered_chunks_are_refused(small_chunks):
    sealed = encrypt(b"a" * 16 + b"b" * 16 + b"c")
    frame = 5 + 16 + 16
    head, first, second = (
        sealed[: backups.HEADER_SIZE],
        sealed[backups.HEADER_SIZE : backups.HEADER_SIZE + frame],
        sealed[backups.HEADER_SIZE + frame : backups.HEADER_SIZE + 2 * frame],
    )
    rest = sealed[backups.HEADER_SIZE + 2 * frame :]
    with pytest.raises(BackupError):
        decrypted(head + second + first + rest)


def test_data_after_the_end_is_refused(small_chunks):
    with pytest.raises(BackupError, match="efter slutningen"):
        decrypted(encrypt(b"z") + b"mere")


def test_a_file_that_is_not_a_backup_is_refused():
    with pytest.raises(BackupError, match="ikke en sikkerhedskopi"):
        decrypted(b"SQLite format 3\x00" + b"\x00" * 100)


@pytest.mark.django_db
def test_backup_refuses_to_run_without_a_key(monkeypatch, tmp_path):
    monkeypatch.delenv("BROBYGGER_BACKUP_KEY", raising=False)
    target = tmp_path / "kopi.backup"
    with pytest.raises(CommandError, match="Sæt BROBYGGER_BACKUP_KEY"):
        call_command("backup", "--output", str(target))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.django_db
def test_a_key_that_is_not_a_key_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("BROBYGGER_BACKUP_KEY", "hemmelig")
    with pytest.raises(CommandError, match="ikke en gyldig nøgle"):
        call_command("backup", "--output", str(tmp_path / "kopi.backup"))


def test_new_key_prints_a_usable_key(capsys, monkeypatch):
    call_command("backup", "--new-key")
    printed = capsys.readouterr().out.strip()
    monkeypatch.setenv("BROBYGGER_BACKUP_KEY", printed)
    assert len(backups.key_from_environment()) == 32


@pytest.mark.django_db(transaction=True)
def test_an_existing_file_is_never_overwritten(key, tmp_path):
    target = tmp_path / "kopi.backup"
    target.write_bytes(b"gammel kopi")
    with pytest.raises(CommandError, match="findes allerede"):
        call_command("backup", "--output", str(target))
    assert target.read_bytes() == b"gammel kopi"
    assert [p.name for p in tmp_path.iterdir()] == ["kopi.backup"]


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_that_is_not_empty(key, tmp_path):
    target = tmp_path / "kopi.backup"
    call_command("backup", "--output", str(target), stdout=io.StringIO())
    with pytest.raises(CommandError, match="ikke tom"):
        call_command("restore", str(target))


@pytest.mark.django_db(transaction=True)
def test_a_backup_is_written_private_and_logged(key, tmp_path):
    target = tmp_path / "ny" / "kopi.backup"
    call_command("backup", "--output", str(target), stdout=io.StringIO())
    assert target.stat().st_mode & 0o077 == 0
    with target.open("rb") as sealed:
        assert backups.read_engine(sealed) == connection.vendor
    logged = AuditEvent.objects.get(event="backup.created")
    assert logged.data["file"] == str(target)
    assert logged.data["bytes"] == target.stat().st_size


# The drills ---------------------------------------------------------------------------------


def _brobygger(*args, database_url):
    keep = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    return subprocess.run(
        [sys.executable, "-m", "brobygger.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=keep | {"BROBYGGER_MODE": "test", "DATABASE_URL": database_url},
    )


def _people_and_their_log():
    person = factories.user(email="inger@example.dk", full_name="Inger Hansen")
    for n in range(3):
        record_event(events.AUDIT_VIEWED, user=person, object_repr=f"Kopi {n}", data={"n": n})
    return AuditEvent.objects.count()


def _prove_the_copy_runs(database_url):
    restored = _brobygger("migrate", "--check", database_url=database_url)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    verified = _brobygger("verify-audit", database_url=database_url)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Revisionsloggen er intakt" in verified.stdout


@pytest.mark.slow
@pytest.mark.skipif(on_postgres, reason="the SQLite drill (the PostgreSQL one runs there)")
@pytest.mark.django_db(transaction=True)
def test_restore_drill_sqlite(key, tmp_path):
    rows = _people_and_their_log()
    sealed = tmp_path / "kopi.backup"
    call_command("backup", "--output", str(sealed), stdout=io.StringIO())
    copy = tmp_path / "gendannet.sqlite3"
    url = f"sqlite:///{copy}"
    result = _brobygger("restore", str(sealed), database_url=url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Revisionsloggen er intakt" in result.stdout
    _prove_the_copy_runs(url)
    with sqlite3.connect(copy) as db:
        assert db.execute(
            "SELECT full_name FROM accounts_user WHERE email = 'inger@example.dk'"
        ).fetchone() == ("Inger Hansen",)
        events_in_copy = [
            e for (e,) in db.execute("SELECT event FROM audit_auditevent ORDER BY id")
        ]
        assert events_in_copy[:rows].count("audit.viewed") == 3
        assert "backup.restored" in events_in_copy
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("UPDATE audit_auditevent SET object_repr = 'skjult'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("DELETE FROM audit_auditevent")


@pytest.fixture
def empty_postgres_database():
    settings = connection.settings_dict
    name = f"{settings['NAME']}_restore_{uuid.uuid4().hex[:8]}"[:63]
    server = {
        "host": settings["HOST"] or None,
        "port": settings["PORT"] or None,
        "user": settings["USER"] or None,
        "password": settings["PASSWORD"] or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    credentials = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
    url = f"postgres://{credentials}@{settings['HOST']}:{settings['PORT'] or 5432}/{name}"
    yield url, {"dbname": name, **server}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.slow
@pytest.mark.skipif(not on_postgres, reason="the PostgreSQL drill needs PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_restore_drill_postgresql(key, tmp_path, empty_postgres_database):
    url, connect = empty_postgres_database
    rows = _people_and_their_log()
    sealed = tmp_path / "kopi.backup"
    call_command("backup", "--output", str(sealed), stdout=io.StringIO())
    assert b"inger@example.dk" not in sealed.read_bytes()
    result = _brobygger("restore", str(sealed), database_url=url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Revisionsloggen er intakt" in result.stdout
    _prove_the_copy_runs(url)
    with psycopg.connect(**connect) as db:
        assert db.execute(
            "SELECT full_name FROM accounts_user WHERE email = 'inger@example.dk'"
        ).fetchone() == ("Inger Hansen",)
        found = [e for (e,) in db.execute("SELECT event FROM audit_auditevent ORDER BY id")]
        assert found[:rows].count("audit.viewed") == 3
        assert "backup.restored" in found
        for sql in (
            "UPDATE audit_auditevent SET object_repr = 'skjult'",
            "DELETE FROM audit_auditevent",
            "TRUNCATE audit_auditevent",
        ):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                db.execute(sql)
            db.rollback()


@pytest.mark.slow
@pytest.mark.skipif(not on_postgres, reason="the PostgreSQL drill needs PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_a_damaged_backup_restores_nothing(key, tmp_path, empty_postgres_database):
    url, connect = empty_postgres_database
    sealed = tmp_path / "kopi.backup"
    call_command("backup", "--output", str(sealed), stdout=io.StringIO())
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = tmp_path / "beskadiget.backup"
    damaged.write_bytes(bytes(data))
    result = _brobygger("restore", str(damaged), database_url=url)
    assert result.returncode != 0
    assert "kan ikke dekrypteres" in result.stderr
    with psycopg.connect(**connect) as db:
        tables = db.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
        assert tables == (0,)
