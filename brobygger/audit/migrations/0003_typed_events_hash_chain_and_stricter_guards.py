"""Typed events, the hash chain, and triggers that refuse UPDATE, DELETE and TRUNCATE.

Rows written before this migration get an event code and legal basis derived as
``brobygger.audit.log.record`` derives them, and are chained in id order. The old triggers are
dropped first (the backfill updates rows) and stricter ones created at the end; on SQLite
adding a column rebuilds the table, which would drop them anyway.

PostgreSQL: one row trigger refuses UPDATE and DELETE, one statement trigger refuses TRUNCATE.
The only way past is for the table's owner (the role that runs migrations) to say so for one
transaction with ``SET LOCAL brobygger.audit_maintenance = 'on'`` -- the test suite does that to
empty the database between tests. The app's own role is not the owner and has neither DELETE
nor TRUNCATE on the table (``brobygger create-app-role``), so the flag gives it nothing.

SQLite refuses UPDATE and DELETE with no way past; the test suite drops and recreates the DELETE
trigger around its flush (tests/audit/harness.py). See docs/audit.md.

The functions below are frozen copies on purpose: a migration must not change with the app.
"""

import hashlib
import ipaddress
import json
from datetime import UTC

import django.utils.timezone
from django.db import migrations, models

GENESIS = "0" * 64
HASHED_FIELDS = (
    "at", "user_id", "user_label", "action", "event", "legal_basis", "object_type",
    "object_id", "object_repr", "search_terms", "purpose", "ip_address", "path", "data",
)

PG_OLD = """
CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_auditevent is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_auditevent_no_update BEFORE UPDATE OR DELETE ON audit_auditevent
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
"""
PG_DROP_OLD = """
DROP TRIGGER IF EXISTS audit_auditevent_no_update ON audit_auditevent;
DROP FUNCTION IF EXISTS audit_append_only();
"""
PG_NEW = """
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE')
       AND current_setting('brobygger.audit_maintenance', true) = 'on'
       AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
    THEN
        IF TG_LEVEL = 'ROW' THEN
            RETURN OLD;
        END IF;
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'audit_auditevent is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_auditevent_append_only BEFORE UPDATE OR DELETE ON audit_auditevent
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_auditevent_no_truncate BEFORE TRUNCATE ON audit_auditevent
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
-- Fire even with session_replication_role = replica.
ALTER TABLE audit_auditevent ENABLE ALWAYS TRIGGER audit_auditevent_append_only;
ALTER TABLE audit_auditevent ENABLE ALWAYS TRIGGER audit_auditevent_no_truncate;
"""
PG_DROP_NEW = """
DROP TRIGGER IF EXISTS audit_auditevent_append_only ON audit_auditevent;
DROP TRIGGER IF EXISTS audit_auditevent_no_truncate ON audit_auditevent;
DROP FUNCTION IF EXISTS audit_refuse_change();
"""
SQLITE_OLD = """
CREATE TRIGGER audit_auditevent_no_update BEFORE UPDATE ON audit_auditevent
BEGIN SELECT RAISE(ABORT, 'audit_auditevent is append-only'); END;
"""
SQLITE_DROP_OLD = "DROP TRIGGER IF EXISTS audit_auditevent_no_update;"
SQLITE_NEW = [
    """CREATE TRIGGER audit_auditevent_no_update BEFORE UPDATE ON audit_auditevent
BEGIN SELECT RAISE(ABORT, 'audit_auditevent is append-only: UPDATE refused'); END;""",
    """CREATE TRIGGER audit_auditevent_no_delete BEFORE DELETE ON audit_auditevent
BEGIN SELECT RAISE(ABORT, 'audit_auditevent is append-only: DELETE refused'); END;""",
]
SQLITE_DROP_NEW = [
    "DROP TRIGGER IF EXISTS audit_auditevent_no_update;",
    "DROP TRIGGER IF EXISTS audit_auditevent_no_delete;",
]


def _run(schema_editor, postgresql, sqlite):
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": postgresql, "sqlite": sqlite}.get(vendor, [])
    for sql in [statements] if isinstance(statements, str) else statements:
        schema_editor.execute(sql, None)


def drop_old_guards(apps, schema_editor):
    _run(schema_editor, PG_DROP_OLD, SQLITE_DROP_OLD)


def restore_old_guards(apps, schema_editor):
    _run(schema_editor, PG_OLD, SQLITE_OLD)


def add_guards(apps, schema_editor):
    _run(schema_editor, PG_NEW, SQLITE_NEW)


def drop_guards(apps, schema_editor):
    _run(schema_editor, PG_DROP_NEW, SQLITE_DROP_NEW)


BASIS_BY_APP = {
    "volunteers": "art6-1b",
    "directory": "art6-1e-info",
    "hsds": "art6-1e-info",
    "accounts": "art32",
    "audit": "art6-1c",
}


def _json_value(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _json_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_value(item) for item in value]
    return value


def _row_hash(values, prev_hash):
    ip = values["ip_address"]
    normalised = {
        **{name: values[name] for name in HASHED_FIELDS},
        "at": values["at"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "ip_address": str(ipaddress.ip_address(ip)) if ip else None,
        "data": _json_value(values["data"]),
    }
    canonical = json.dumps(
        normalised, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical).hexdigest()


def chain_existing_rows(apps, schema_editor):
    AuditEvent = apps.get_model("audit", "AuditEvent")
    rows = AuditEvent.objects.using(schema_editor.connection.alias)
    prev_hash = GENESIS
    last_id = 0
    while True:
        chunk = list(rows.filter(id__gt=last_id).order_by("id")[:1000])
        if not chunk:
            return
        for row in chunk:
            if row.action == "login":
                row.event, row.legal_basis = "auth.login", "art32"
            else:
                row.event = f"{row.object_type or 'general'}.{row.action}"
                row.legal_basis = BASIS_BY_APP.get(row.object_type.partition(".")[0], "art6-1e")
            values = {name: getattr(row, name) for name in HASHED_FIELDS}
            row.prev_hash = prev_hash
            row.hash = prev_hash = _row_hash(values, prev_hash)
            rows.filter(pk=row.pk).update(
                event=row.event,
                legal_basis=row.legal_basis,
                prev_hash=row.prev_hash,
                hash=row.hash,
            )
        last_id = chunk[-1].id


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_append_only_triggers")]

    operations = [
        migrations.RunPython(drop_old_guards, restore_old_guards),
        migrations.AddField(
            model_name='auditevent',
            name='data',
            field=models.JSONField(blank=True, default=dict, verbose_name='data'),
        ),
        migrations.AddField(
            model_name='auditevent',
            name='event',
            field=models.CharField(blank=True, db_index=True, max_length=100, verbose_name='hændelse'),
        ),
        migrations.AddField(
            model_name='auditevent',
            name='hash',
            field=models.CharField(default='', editable=False, max_length=64, verbose_name='hash'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='auditevent',
            name='legal_basis',
            field=models.CharField(blank=True, choices=[('art6-1e', 'Myndighedsudøvelse – databeskyttelsesforordningen art. 6, stk. 1, litra e, og art. 9, stk. 2, litra h (forebyggende indsats efter ældreloven og serviceloven § 79)'), ('art6-1e-info', 'Offentlig opgave – databeskyttelsesforordningen art. 6, stk. 1, litra e (kommunens samarbejde med og oplysning om frivillige foreninger, serviceloven § 18)'), ('art6-1a', 'Samtykke – databeskyttelsesforordningen art. 6, stk. 1, litra a, og art. 9, stk. 2, litra a'), ('art6-1b', 'Frivilligaftale – databeskyttelsesforordningen art. 6, stk. 1, litra b (aftalen med den frivillige)'), ('art6-1c', 'Retlig forpligtelse – databeskyttelsesforordningen art. 6, stk. 1, litra c (logning af adgang og dokumentation, art. 5, stk. 2)'), ('art6-1c-rights', 'Den registreredes rettigheder – databeskyttelsesforordningen art. 6, stk. 1, litra c, jf. art. 15–21'), ('art32', 'Behandlingssikkerhed – databeskyttelsesforordningen art. 6, stk. 1, litra c, jf. art. 32 (adgangskontrol, log-ind og sikkerhedskopier)')], max_length=20, verbose_name='hjemmel'),
        ),
        migrations.AddField(
            model_name='auditevent',
            name='prev_hash',
            field=models.CharField(default='', editable=False, max_length=64, verbose_name='forrige hash'),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name='auditevent',
            name='at',
            field=models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='tidspunkt'),
        ),
        migrations.RunPython(chain_existing_rows, migrations.RunPython.noop),
        migrations.RunPython(add_guards, drop_guards),
    ]
