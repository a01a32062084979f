#!/usr/bin/env python3
"""Generates sql/client/0002_sync_triggers.sql from the tables of 0001_schema.sql.

The outbox is derived from the database itself (DESIGN.md §3): every insert and update of a field-data table
records a mutation, in the same transaction, with the changed fields and their previous values; triggers are
quiet only while pulled server data is applied (sync_control.applying_remote = 1, inside that transaction).
Reference tables are read-only outside that mode. Nothing is ever hard-deleted.

Run it after changing the table list below, and commit its output as a NEW migration file (released
migrations are append-only): python3 scripts/gen-sync-triggers.py > sql/client/NNNN_….sql

Without arguments it prints 0002 as released (its triggers stamped SQLite's 'now'). With --clock it prints
0009_trigger_clock.sql: the outbox triggers again, stamping the time the storage Transaction wrote from the
store's injected clock (sync_control.clock_now), or the row's own updated_at for a write made outside a
Transaction, so a fixed test clock governs the outbox as it governs every other stored time.
"""
import pathlib
import sqlite3
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIELD_TABLES = ["inspections", "inspection_answers", "hazards", "hazard_events", "notices", "certificate_checks",
                "enforcement_actions", "incidents", "danger_events", "monthly_reports", "attachments"]
REFERENCE_TABLES = ["jurisdictions", "enterprises", "projects", "project_participants", "people",
                    "project_key_people", "certificates", "equipment", "dangerous_works", "criteria_sets",
                    "criteria_items", "checklist_templates", "notice_number_blocks"]
# Reference tables added by later migrations (their triggers are made by that migration's --after output).
LATER_REFERENCE_TABLES = ["campaigns"]
# Columns that are never synced: bookkeeping and caches of the hazard-event fold.
LOCAL_COLUMNS = {"server_version", "seq"}
CACHE_COLUMNS = {
    "hazards": {"status", "is_supervision_listed", "supervision_level", "effective_deadline", "closed_at"},
    "hazard_events": {"is_superseded", "superseded_reason"},
}
# Reference columns the client itself advances.
CLIENT_WRITABLE = {"notice_number_blocks": {"next_number", "updated_at"}}

LOCAL = "(SELECT applying_remote FROM sync_control WHERE id = 1) = 0"
NOW_0002 = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
NOW_CLOCK = "coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at)"
UUID = ("lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
        "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
        "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))")


def columns(db, table):
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def synced(db, table):
    skip = LOCAL_COLUMNS | CACHE_COLUMNS.get(table, set())
    return [c for c in columns(db, table) if c not in skip]


def field_triggers(db, table, now=NOW_0002):
    return outbox_triggers(db, table, now) + no_delete_trigger(table)


def outbox_triggers(db, table, now):
    cols = synced(db, table)
    insert_fields = ",\n            ".join(f"'{c}', json_object('value', NEW.{c})" for c in cols if c != "id")
    changed = [c for c in cols if c != "id"]
    update_parts = "\n                UNION ALL ".join(
        f"SELECT '{c}' AS name, json_object('value', NEW.{c}, 'base', OLD.{c}) AS change WHERE NEW.{c} IS NOT OLD.{c}"
        for c in changed)
    # A save that only touches the timestamps is not a change worth sending.
    any_change = "\n        OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in changed if c not in ("created_at", "updated_at"))
    return f"""
CREATE TRIGGER {table}_outbox_insert AFTER INSERT ON {table}
WHEN {LOCAL}
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES ({UUID}, '{table}', NEW.id, 'insert', NULL, json_object(
            {insert_fields}), {now});
END;

CREATE TRIGGER {table}_outbox_update AFTER UPDATE ON {table}
WHEN {LOCAL} AND (
        {any_change})
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT {UUID}, '{table}', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                {update_parts})),
           {now};
END;
"""


def no_delete_trigger(table):
    return f"""
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
WHEN {LOCAL}
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: {table} rows are never deleted; void them instead');
END;
"""


def reference_triggers(db, table):
    writable = CLIENT_WRITABLE.get(table, set())
    guarded = [c for c in columns(db, table) if c not in writable]
    changed = "\n        OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in guarded)
    return f"""
CREATE TRIGGER {table}_read_only_insert BEFORE INSERT ON {table}
WHEN {LOCAL}
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: {table} is reference data owned by the provincial server');
END;

CREATE TRIGGER {table}_read_only_update BEFORE UPDATE ON {table}
WHEN {LOCAL} AND (
        {changed})
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: {table} is reference data owned by the provincial server');
END;

CREATE TRIGGER {table}_read_only_delete BEFORE DELETE ON {table}
WHEN {LOCAL}
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: {table} is reference data owned by the provincial server');
END;
"""


def rule_triggers(db):
    synced_events = [c for c in synced(db, "hazard_events")]
    event_change = "\n        OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in synced_events)
    return f"""
-- Hazard events are append-only: only the fold cache (is_superseded, superseded_reason) may change locally.
CREATE TRIGGER hazard_events_append_only BEFORE UPDATE ON hazard_events
WHEN {LOCAL} AND (
        {event_change})
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: hazard events are append-only; record a new event instead');
END;

-- A signed inspection is frozen, and so are its answers.
CREATE TRIGGER inspections_signed_frozen BEFORE UPDATE ON inspections
WHEN {LOCAL} AND OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: a signed inspection cannot be changed');
END;

CREATE TRIGGER inspection_answers_signed_frozen_insert BEFORE INSERT ON inspection_answers
WHEN {LOCAL} AND (SELECT status FROM inspections WHERE id = NEW.inspection_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: a signed inspection cannot be changed');
END;

CREATE TRIGGER inspection_answers_signed_frozen_update BEFORE UPDATE ON inspection_answers
WHEN {LOCAL} AND (SELECT status FROM inspections WHERE id = OLD.inspection_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: a signed inspection cannot be changed');
END;
"""


def clock_migration(db):
    out = ["-- The outbox triggers stamp the time the storage Transaction took from the store's clock (a fixed clock in",
           "-- tests), not SQLite's 'now'. clock_now is set at BEGIN and cleared before COMMIT, like applying_remote.",
           "-- GENERATED by scripts/gen-sync-triggers.py --clock; append-only like every migration.",
           "ALTER TABLE sync_control ADD COLUMN clock_now TEXT;"]
    for table in FIELD_TABLES:
        out.append(f"\nDROP TRIGGER {table}_outbox_insert;\nDROP TRIGGER {table}_outbox_update;")
        out.append(outbox_triggers(db, table, NOW_CLOCK))
    return "\n".join(out)


def migrated_schema(last):
    """An in-memory database with every client migration up to and including number `last` applied."""
    db = sqlite3.connect(":memory:")
    for path in sorted((ROOT / "sql/client").glob("*.sql")):
        if int(path.name[:4]) <= last:
            db.executescript(path.read_text(encoding="utf-8"))
    return db


def after_migration(last, tables):
    """Triggers to append to a migration that changed `tables` (columns added, table rebuilt or created): the
    outbox triggers (and the rule triggers of hazard_events and inspections) made anew from the schema as it
    stands after migration `last`, stamping the injected clock like 0009. Paste the output at the end of the
    migration, after its DDL, and keep the schema part of the migration free of triggers."""
    db = migrated_schema(last)
    out = [f"-- GENERATED by scripts/gen-sync-triggers.py --after {last:04d} {' '.join(tables)}"]
    for table in tables:
        if table in REFERENCE_TABLES or table in LATER_REFERENCE_TABLES:
            out.append(reference_triggers(db, table))
            continue
        out.append(f"\nDROP TRIGGER IF EXISTS {table}_outbox_insert;\nDROP TRIGGER IF EXISTS {table}_outbox_update;"
                   f"\nDROP TRIGGER IF EXISTS {table}_no_delete;")
        out.append(outbox_triggers(db, table, NOW_CLOCK) + no_delete_trigger(table))
    if "hazard_events" in tables:
        synced_events = synced(db, "hazard_events")
        event_change = "\n        OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in synced_events)
        out.append(f"""
DROP TRIGGER IF EXISTS hazard_events_append_only;
CREATE TRIGGER hazard_events_append_only BEFORE UPDATE ON hazard_events
WHEN {LOCAL} AND (
        {event_change})
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: hazard events are append-only; record a new event instead');
END;
""")
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--after"]:
        sys.stdout.write(after_migration(int(sys.argv[2]), sys.argv[3:]))
        return
    db = sqlite3.connect(":memory:")
    db.executescript((ROOT / "sql/client/0001_schema.sql").read_text(encoding="utf-8"))
    if sys.argv[1:] == ["--clock"]:
        sys.stdout.write(clock_migration(db))
        return
    out = ["-- SiteSafe client schema: outbox triggers, read-only reference data, append-only and frozen rows.",
           "-- GENERATED by scripts/gen-sync-triggers.py from 0001_schema.sql; append-only like every migration."]
    out += [field_triggers(db, t) for t in FIELD_TABLES]
    out += [reference_triggers(db, t) for t in REFERENCE_TABLES]
    out.append(rule_triggers(db))
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
