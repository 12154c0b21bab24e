"""Encrypted backups of the whole database, and restoring them into an empty one.

PostgreSQL: ``pg_dump --format=custom`` streamed through encryption; restored with
``pg_restore --single-transaction`` while decrypting, so a wrong key or a damaged file restores
nothing. SQLite: the online backup API (a consistent copy of a live database), encrypted the
same way; restored through a decrypted temporary copy that is checked first. pg_dump and
pg_restore run from PATH with fixed argument lists, never through a shell (hence the nosec).

The file format is ours, and small:

    header:  b"BROBYGGER-BACKUP" | version (1 byte) | engine (b"P"/b"S") | salt (16 bytes)
    chunks:  last flag (1 byte) | length (4 bytes, big-endian) | AES-256-GCM ciphertext

Each file gets its own key, derived with HKDF-SHA256 from ``BROBYGGER_BACKUP_KEY`` and the
salt. A chunk's nonce is its number and its last flag, and the header is authenticated with
every chunk, so a changed, reordered, cut-short or extended file is refused (the STREAM
construction of Hoang, Reyhanitabar, Rogaway and Vizár). Memory stays at one chunk.
"""

import base64
import binascii
import os
import secrets
import sqlite3
import subprocess  # nosec B404
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import closing, suppress
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.db.backends.base.base import BaseDatabaseWrapper
from django.dispatch import Signal
from django.utils.translation import gettext as _

KEY_VARIABLE = "BROBYGGER_BACKUP_KEY"
MAGIC = b"BROBYGGER-BACKUP"
VERSION = 1
ENGINES = {"postgresql": b"P", "sqlite": b"S"}
ENGINE_NAMES = {b"P": "PostgreSQL", b"S": "SQLite"}
HEADER_SIZE = len(MAGIC) + 1 + 1 + 16
CHUNK_SIZE = 1 << 20
_TAG_SIZE = 16

# Sent after a backup was written and after one was restored (the audit app logs both).
backup_created = Signal()
backup_restored = Signal()


class BackupError(Exception):
    """Something the operator must fix; the message is Danish and says what."""


def new_key() -> str:
    """A fresh 256-bit key in the form ``BROBYGGER_BACKUP_KEY`` takes."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def key_from_environment() -> bytes:
    value = os.environ.get(KEY_VARIABLE, "").strip()
    if not value:
        raise BackupError(
            _(
                "Sæt BROBYGGER_BACKUP_KEY: sikkerhedskopier indeholder personoplysninger og "
                "krypteres altid. Lav en nøgle med »brobygger backup --new-key«, og gem den "
                "et sikkert sted uden for serveren – uden den kan kopien ikke læses."
            )
        )
    return parse_key(value)


def parse_key(value: str) -> bytes:
    """The 32 key bytes from their base64 text (the form ``new_key`` gives)."""
    value = value.strip()
    try:
        key = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise BackupError(
            _(
                "BROBYGGER_BACKUP_KEY er ikke en gyldig nøgle (32 byte i base64). "
                "Lav en ny med »brobygger backup --new-key«."
            )
        )
    return key


def _file_key(master: bytes, salt: bytes) -> AESGCM:
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"brobygger backup v1"
    ).derive(master)
    return AESGCM(derived)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class EncryptingWriter:
    """A write-only stream that encrypts into ``out`` chunk by chunk; ``close`` seals it."""

    def __init__(self, out: BinaryIO, master: bytes, engine: str) -> None:
        salt = secrets.token_bytes(16)
        self._header = MAGIC + bytes([VERSION]) + ENGINES[engine] + salt
        self._aead = _file_key(master, salt)
        self._out = out
        self._buffer = bytearray()
        self._counter = 0
        self.bytes_in = 0
        out.write(self._header)

    def write(self, data: bytes) -> None:
        self._buffer += data
        self.bytes_in += len(data)
        while len(self._buffer) > CHUNK_SIZE:
            self._emit(bytes(self._buffer[:CHUNK_SIZE]), last=False)
            del self._buffer[:CHUNK_SIZE]

    def close(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, plain: bytes, *, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._counter, last), plain, self._header)
        self._out.write((b"\x01" if last else b"\x00") + len(sealed).to_bytes(4, "big") + sealed)
        self._counter += 1


def read_engine(source: BinaryIO) -> str:
    """Check the header and say which database the backup is of (``postgresql``/``sqlite``)."""
    header = source.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        raise BackupError(_("Filen er ikke en sikkerhedskopi fra Brobygger."))
    if header[len(MAGIC)] != VERSION:
        raise BackupError(_("Sikkerhedskopien har et format, denne version ikke kan læse."))
    code = header[len(MAGIC) + 1 : len(MAGIC) + 2]
    for engine, marker in ENGINES.items():
        if marker == code:
            return engine
    raise BackupError(_("Filen er ikke en sikkerhedskopi fra Brobygger."))


def decrypt(source: BinaryIO, master: bytes) -> Iterator[bytes]:
    """The plaintext, chunk by chunk. Raises BackupError the moment anything does not fit."""
    header = source.read(HEADER_SIZE)
    source.seek(0)
    read_engine(source)
    aead = _file_key(master, header[-16:])
    counter = 0
    while True:
        frame = source.read(5)
        if len(frame) < 5:
            raise BackupError(_("Sikkerhedskopien er ufuldstændig: filen slutter for tidligt."))
        last = frame[0] == 1
        length = int.from_bytes(frame[1:], "big")
        if frame[0] > 1 or length > CHUNK_SIZE + _TAG_SIZE:
            raise BackupError(_("Sikkerhedskopien er beskadiget."))
        sealed = source.read(length)
        if len(sealed) < length:
            raise BackupError(_("Sikkerhedskopien er ufuldstændig: filen slutter for tidligt."))
        try:
            plain = aead.decrypt(_nonce(counter, last), sealed, header)
        except InvalidTag:
            raise BackupError(
                _(
                    "Sikkerhedskopien kan ikke dekrypteres: BROBYGGER_BACKUP_KEY er ikke "
                    "nøglen, den blev lavet med, eller filen er ændret."
                )
            ) from None
        yield plain
        counter += 1
        if last:
            if source.read(1):
                raise BackupError(
                    _("Sikkerhedskopien er beskadiget: der er data efter slutningen.")
                )
            return


# PostgreSQL -------------------------------------------------------------------------------


def _pg_arguments(settings_dict: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
    """Command-line arguments and environment for pg_dump/pg_restore (no password in argv)."""
    args = ["--no-password"]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            args.append(f"{flag}={settings_dict[key]}")
    args.append(f"--dbname={settings_dict['NAME']}")
    env = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    options = settings_dict.get("OPTIONS")
    if not isinstance(options, dict):
        options = {}
    for option, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
    ):
        if options.get(option):
            env[variable] = str(options[option])
    return args, env


def _error_text(stream: BinaryIO) -> str:
    stream.seek(0)
    return stream.read().decode("utf-8", "replace").strip()[-2000:]


def dump_postgresql(connection: BaseDatabaseWrapper, writer: EncryptingWriter) -> None:
    args, env = _pg_arguments(connection.settings_dict)
    with tempfile.TemporaryFile() as errors:
        try:
            # Fixed arguments; the password travels in the environment, not on the command line.
            process = subprocess.Popen(  # nosec B603 B607
                ["pg_dump", "--format=custom", *args],
                stdout=subprocess.PIPE,
                stderr=errors,
                env=env,
            )
        except FileNotFoundError:
            raise BackupError(
                _("pg_dump findes ikke: installér PostgreSQL's klientprogrammer.")
            ) from None
        with process:
            dump: BinaryIO = process.stdout  # type: ignore[assignment]
            for chunk in iter(lambda: dump.read(CHUNK_SIZE), b""):
                writer.write(chunk)
        if process.returncode != 0:
            raise BackupError(_("pg_dump fejlede: %(error)s") % {"error": _error_text(errors)})


def restore_postgresql(connection: BaseDatabaseWrapper, plaintext: Iterable[bytes]) -> None:
    args, env = _pg_arguments(connection.settings_dict)
    command = [
        "pg_restore",
        "--single-transaction",
        "--exit-on-error",
        # Objects belong to whoever restores (the owner role); grants come from
        # ``brobygger create-app-role`` afterwards.
        "--no-owner",
        "--no-privileges",
        *args,
    ]
    connection.close()
    with tempfile.TemporaryFile() as errors:
        try:
            process = subprocess.Popen(  # nosec B603
                command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors, env=env
            )
        except FileNotFoundError:
            raise BackupError(
                _("pg_restore findes ikke: installér PostgreSQL's klientprogrammer.")
            ) from None
        feed: BinaryIO = process.stdin  # type: ignore[assignment]
        try:
            for chunk in plaintext:
                feed.write(chunk)
        except BackupError:
            # Killed before its input ends, pg_restore never commits: nothing is restored.
            process.kill()
            process.wait()
            raise
        except BrokenPipeError:
            pass  # pg_restore stopped early; its exit status and message say why
        with suppress(BrokenPipeError):
            feed.close()
        if process.wait() != 0:
            raise BackupError(_("pg_restore fejlede: %(error)s") % {"error": _error_text(errors)})


# SQLite -----------------------------------------------------------------------------------


def dump_sqlite(connection: BaseDatabaseWrapper, writer: EncryptingWriter) -> None:
    connection.ensure_connection()
    with tempfile.TemporaryDirectory(prefix="brobygger-backup-") as private:
        copy = Path(private) / "copy.sqlite3"
        with closing(sqlite3.connect(copy)) as target:
            connection.connection.backup(target)
        with copy.open("rb") as plain:
            for chunk in iter(lambda: plain.read(CHUNK_SIZE), b""):
                writer.write(chunk)


def restore_sqlite(connection: BaseDatabaseWrapper, plaintext: Iterable[bytes]) -> None:
    # Decrypt all of it before the database is touched: a bad file changes nothing.
    with tempfile.TemporaryDirectory(prefix="brobygger-restore-") as private:
        copy = Path(private) / "copy.sqlite3"
        with copy.open("wb") as plain:
            for chunk in plaintext:
                plain.write(chunk)
        with closing(sqlite3.connect(copy)) as source:
            try:
                (status,) = source.execute("PRAGMA integrity_check").fetchone()
            except sqlite3.DatabaseError:
                status = "not a database"
            if status != "ok":
                raise BackupError(
                    _("Den dekrypterede kopi er ikke en gyldig SQLite-database: %(status)s")
                    % {"status": status}
                )
            connection.ensure_connection()
            source.backup(connection.connection)


# Both -------------------------------------------------------------------------------------


def _engine(connection: BaseDatabaseWrapper) -> str:
    if connection.vendor not in ENGINES:
        raise BackupError(
            _("Sikkerhedskopier understøttes for PostgreSQL og SQLite, ikke %(vendor)s.")
            % {"vendor": connection.vendor}
        )
    return connection.vendor


def backup(connection: BaseDatabaseWrapper, output: Path) -> int:
    """Write an encrypted backup of the database to ``output`` (never overwritten); its size."""
    master = key_from_environment()
    engine = _engine(connection)
    output.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = output.with_name(output.name + ".partial")
    try:
        # O_EXCL: never overwrite a backup, never follow a planted link; 0600: personal data.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise BackupError(_("%(path)s findes allerede.") % {"path": partial}) from None
    try:
        with os.fdopen(descriptor, "wb") as out:
            writer = EncryptingWriter(out, master, engine)
            if engine == "postgresql":
                dump_postgresql(connection, writer)
            else:
                dump_sqlite(connection, writer)
            writer.close()
            out.flush()
            os.fsync(out.fileno())
        if output.exists():
            raise BackupError(_("%(path)s findes allerede.") % {"path": output})
        partial.rename(output)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    size = output.stat().st_size
    backup_created.send(sender=backup, path=output, engine=engine, size=size)
    return size


def restore(connection: BaseDatabaseWrapper, source_path: Path) -> str:
    """Restore an encrypted backup into the database, which must be empty. Returns the engine."""
    master = key_from_environment()
    engine = _engine(connection)
    if connection.introspection.table_names():
        raise BackupError(
            _(
                "Databasen %(name)s er ikke tom. Gendan i en ny, tom database (og peg "
                "DATABASE_URL på den), så intet overskrives."
            )
            % {"name": connection.settings_dict["NAME"]}
        )
    try:
        source = source_path.open("rb")
    except OSError as problem:
        raise BackupError(
            _("%(path)s kan ikke læses: %(error)s")
            % {"path": source_path, "error": problem.strerror}
        ) from None
    with source:
        found = read_engine(source)
        if found != engine:
            raise BackupError(
                _("Sikkerhedskopien er fra %(found)s, men databasen er %(engine)s.")
                % {"found": ENGINE_NAMES[ENGINES[found]], "engine": ENGINE_NAMES[ENGINES[engine]]}
            )
        source.seek(0)
        plaintext = decrypt(source, master)
        if engine == "postgresql":
            restore_postgresql(connection, plaintext)
        else:
            restore_sqlite(connection, plaintext)
    backup_restored.send(sender=restore, path=source_path, engine=engine)
    return engine
