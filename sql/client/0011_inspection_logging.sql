-- Inspection logging on site (issue 10): what the checklist runner, the evidence importer, certificate checks,
-- signatures and campaign coverage record. Field-data tables gain the trust-in-time columns: clock_offset_ms is
-- the device's offset to the server clock seen at its last sync (server minus device, ms; NULL when the device
-- has never synced), is_time_doubtful = 1 when the wall clock jumped against the monotonic clock or the offset
-- is large, so reviewers know not to trust the stamped time. Append-only like every migration.

-- Inspections: the checklists walked (criteria edition code and JGJ 59 sheet codes), the site representative who
-- signs with the inspectors, when it was signed, and the original a correction amends (an amendment is a new
-- inspection; a signed one is never edited).
ALTER TABLE inspections ADD COLUMN checklists TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(checklists));
ALTER TABLE inspections ADD COLUMN site_representative TEXT;
ALTER TABLE inspections ADD COLUMN signed_at TEXT;
ALTER TABLE inspections ADD COLUMN amends_inspection_id TEXT REFERENCES inspections (id);
ALTER TABLE inspections ADD COLUMN clock_offset_ms INTEGER;
ALTER TABLE inspections ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1));
CREATE INDEX inspections_status ON inspections (status, started_at);

-- Undoing the first answer to an item withdraws it (rows are never deleted): a withdrawn answer counts as not
-- given, for progress and score, until the item is answered again.
ALTER TABLE inspection_answers ADD COLUMN is_withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (is_withdrawn IN (0, 1));
ALTER TABLE inspection_answers ADD COLUMN clock_offset_ms INTEGER;
ALTER TABLE inspection_answers ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0
    CHECK (is_time_doubtful IN (0, 1));

-- A general hazard (not judged by a major-hazard criterion) states its basis in words: the standard and clause,
-- e.g. "JGJ 59-2011 表B.14 配电箱与开关箱".
ALTER TABLE hazards ADD COLUMN basis_text TEXT;
ALTER TABLE hazards ADD COLUMN clock_offset_ms INTEGER;
ALTER TABLE hazards ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1));

ALTER TABLE hazard_events ADD COLUMN clock_offset_ms INTEGER;
ALTER TABLE hazard_events ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1));

-- Evidence metadata goes on the synced attachment (blobs never sync, so reviewers would never see it):
-- capture time and GPS from EXIF, evidence_flags a JSON array of codes (no_exif, exif_time_far, no_gps,
-- time_doubtful), signer the name and role of whoever drew a signature.
ALTER TABLE attachments ADD COLUMN captured_at TEXT;
ALTER TABLE attachments ADD COLUMN latitude REAL;
ALTER TABLE attachments ADD COLUMN longitude REAL;
ALTER TABLE attachments ADD COLUMN evidence_flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence_flags));
ALTER TABLE attachments ADD COLUMN signer TEXT;
ALTER TABLE attachments ADD COLUMN clock_offset_ms INTEGER;
ALTER TABLE attachments ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1));

-- Certificate checks: 'not_on_roster' (the code decodes but the roster has no such certificate) is its own
-- result rather than folded into 'unverifiable' (nothing could be read or checked). A CHECK constraint cannot be
-- altered in SQLite, so the table is rebuilt; its triggers are made anew below.
CREATE TABLE certificate_checks_v11 (
    id TEXT PRIMARY KEY,
    inspection_id TEXT REFERENCES inspections (id),
    certificate_id TEXT REFERENCES certificates (id),
    number TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('valid', 'expired', 'mismatch', 'not_on_roster', 'unverifiable')),
    checked_at TEXT NOT NULL,
    checked_by TEXT NOT NULL,
    kind TEXT,                                    -- certificate kind as scanned (A/B/C1/C2/C3, special_operation …)
    e_certificate_code TEXT,                      -- 电子证照标识码 when the code carried one
    person_id TEXT REFERENCES people (id),        -- the person who presented it
    enterprise_id TEXT REFERENCES enterprises (id),
    note TEXT,
    clock_offset_ms INTEGER,
    is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)),
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO certificate_checks_v11 (id, inspection_id, certificate_id, number, result, checked_at, checked_by,
                                    server_version, created_at, updated_at)
SELECT id, inspection_id, certificate_id, number, result, checked_at, checked_by, server_version, created_at,
       updated_at
FROM certificate_checks;
DROP TABLE certificate_checks;
ALTER TABLE certificate_checks_v11 RENAME TO certificate_checks;
CREATE INDEX certificate_checks_inspection ON certificate_checks (inspection_id);

-- 治理行动: a campaign of the province, with its period and the deadline of each full-coverage round. A round
-- inspection counts for the campaign whose period holds its date. Reference data owned by the server.
CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    round1_deadline TEXT,
    round2_deadline TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (starts_on <= ends_on)
);
CREATE INDEX campaigns_period ON campaigns (starts_on, ends_on);
-- GENERATED by scripts/gen-sync-triggers.py --after 0011 inspections inspection_answers hazards hazard_events attachments certificate_checks campaigns

DROP TRIGGER IF EXISTS inspections_outbox_insert;
DROP TRIGGER IF EXISTS inspections_outbox_update;
DROP TRIGGER IF EXISTS inspections_no_delete;

CREATE TRIGGER inspections_outbox_insert AFTER INSERT ON inspections
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'inspections', NEW.id, 'insert', NULL, json_object(
            'project_id', json_object('value', NEW.project_id),
            'round', json_object('value', NEW.round),
            'kind', json_object('value', NEW.kind),
            'inspectors', json_object('value', NEW.inspectors),
            'started_at', json_object('value', NEW.started_at),
            'finished_at', json_object('value', NEW.finished_at),
            'status', json_object('value', NEW.status),
            'template_code', json_object('value', NEW.template_code),
            'notes', json_object('value', NEW.notes),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at),
            'checklists', json_object('value', NEW.checklists),
            'site_representative', json_object('value', NEW.site_representative),
            'signed_at', json_object('value', NEW.signed_at),
            'amends_inspection_id', json_object('value', NEW.amends_inspection_id),
            'clock_offset_ms', json_object('value', NEW.clock_offset_ms),
            'is_time_doubtful', json_object('value', NEW.is_time_doubtful)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER inspections_outbox_update AFTER UPDATE ON inspections
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.project_id IS NOT OLD.project_id
        OR NEW.round IS NOT OLD.round
        OR NEW.kind IS NOT OLD.kind
        OR NEW.inspectors IS NOT OLD.inspectors
        OR NEW.started_at IS NOT OLD.started_at
        OR NEW.finished_at IS NOT OLD.finished_at
        OR NEW.status IS NOT OLD.status
        OR NEW.template_code IS NOT OLD.template_code
        OR NEW.notes IS NOT OLD.notes
        OR NEW.checklists IS NOT OLD.checklists
        OR NEW.site_representative IS NOT OLD.site_representative
        OR NEW.signed_at IS NOT OLD.signed_at
        OR NEW.amends_inspection_id IS NOT OLD.amends_inspection_id
        OR NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'inspections', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'project_id' AS name, json_object('value', NEW.project_id, 'base', OLD.project_id) AS change WHERE NEW.project_id IS NOT OLD.project_id
                UNION ALL SELECT 'round' AS name, json_object('value', NEW.round, 'base', OLD.round) AS change WHERE NEW.round IS NOT OLD.round
                UNION ALL SELECT 'kind' AS name, json_object('value', NEW.kind, 'base', OLD.kind) AS change WHERE NEW.kind IS NOT OLD.kind
                UNION ALL SELECT 'inspectors' AS name, json_object('value', NEW.inspectors, 'base', OLD.inspectors) AS change WHERE NEW.inspectors IS NOT OLD.inspectors
                UNION ALL SELECT 'started_at' AS name, json_object('value', NEW.started_at, 'base', OLD.started_at) AS change WHERE NEW.started_at IS NOT OLD.started_at
                UNION ALL SELECT 'finished_at' AS name, json_object('value', NEW.finished_at, 'base', OLD.finished_at) AS change WHERE NEW.finished_at IS NOT OLD.finished_at
                UNION ALL SELECT 'status' AS name, json_object('value', NEW.status, 'base', OLD.status) AS change WHERE NEW.status IS NOT OLD.status
                UNION ALL SELECT 'template_code' AS name, json_object('value', NEW.template_code, 'base', OLD.template_code) AS change WHERE NEW.template_code IS NOT OLD.template_code
                UNION ALL SELECT 'notes' AS name, json_object('value', NEW.notes, 'base', OLD.notes) AS change WHERE NEW.notes IS NOT OLD.notes
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at
                UNION ALL SELECT 'checklists' AS name, json_object('value', NEW.checklists, 'base', OLD.checklists) AS change WHERE NEW.checklists IS NOT OLD.checklists
                UNION ALL SELECT 'site_representative' AS name, json_object('value', NEW.site_representative, 'base', OLD.site_representative) AS change WHERE NEW.site_representative IS NOT OLD.site_representative
                UNION ALL SELECT 'signed_at' AS name, json_object('value', NEW.signed_at, 'base', OLD.signed_at) AS change WHERE NEW.signed_at IS NOT OLD.signed_at
                UNION ALL SELECT 'amends_inspection_id' AS name, json_object('value', NEW.amends_inspection_id, 'base', OLD.amends_inspection_id) AS change WHERE NEW.amends_inspection_id IS NOT OLD.amends_inspection_id
                UNION ALL SELECT 'clock_offset_ms' AS name, json_object('value', NEW.clock_offset_ms, 'base', OLD.clock_offset_ms) AS change WHERE NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
                UNION ALL SELECT 'is_time_doubtful' AS name, json_object('value', NEW.is_time_doubtful, 'base', OLD.is_time_doubtful) AS change WHERE NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: inspections rows are never deleted; void them instead');
END;


DROP TRIGGER IF EXISTS inspection_answers_outbox_insert;
DROP TRIGGER IF EXISTS inspection_answers_outbox_update;
DROP TRIGGER IF EXISTS inspection_answers_no_delete;

CREATE TRIGGER inspection_answers_outbox_insert AFTER INSERT ON inspection_answers
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'inspection_answers', NEW.id, 'insert', NULL, json_object(
            'inspection_id', json_object('value', NEW.inspection_id),
            'item_code', json_object('value', NEW.item_code),
            'result', json_object('value', NEW.result),
            'note', json_object('value', NEW.note),
            'deduction', json_object('value', NEW.deduction),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at),
            'is_withdrawn', json_object('value', NEW.is_withdrawn),
            'clock_offset_ms', json_object('value', NEW.clock_offset_ms),
            'is_time_doubtful', json_object('value', NEW.is_time_doubtful)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER inspection_answers_outbox_update AFTER UPDATE ON inspection_answers
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.inspection_id IS NOT OLD.inspection_id
        OR NEW.item_code IS NOT OLD.item_code
        OR NEW.result IS NOT OLD.result
        OR NEW.note IS NOT OLD.note
        OR NEW.deduction IS NOT OLD.deduction
        OR NEW.is_withdrawn IS NOT OLD.is_withdrawn
        OR NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'inspection_answers', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'inspection_id' AS name, json_object('value', NEW.inspection_id, 'base', OLD.inspection_id) AS change WHERE NEW.inspection_id IS NOT OLD.inspection_id
                UNION ALL SELECT 'item_code' AS name, json_object('value', NEW.item_code, 'base', OLD.item_code) AS change WHERE NEW.item_code IS NOT OLD.item_code
                UNION ALL SELECT 'result' AS name, json_object('value', NEW.result, 'base', OLD.result) AS change WHERE NEW.result IS NOT OLD.result
                UNION ALL SELECT 'note' AS name, json_object('value', NEW.note, 'base', OLD.note) AS change WHERE NEW.note IS NOT OLD.note
                UNION ALL SELECT 'deduction' AS name, json_object('value', NEW.deduction, 'base', OLD.deduction) AS change WHERE NEW.deduction IS NOT OLD.deduction
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at
                UNION ALL SELECT 'is_withdrawn' AS name, json_object('value', NEW.is_withdrawn, 'base', OLD.is_withdrawn) AS change WHERE NEW.is_withdrawn IS NOT OLD.is_withdrawn
                UNION ALL SELECT 'clock_offset_ms' AS name, json_object('value', NEW.clock_offset_ms, 'base', OLD.clock_offset_ms) AS change WHERE NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
                UNION ALL SELECT 'is_time_doubtful' AS name, json_object('value', NEW.is_time_doubtful, 'base', OLD.is_time_doubtful) AS change WHERE NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER inspection_answers_no_delete BEFORE DELETE ON inspection_answers
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: inspection_answers rows are never deleted; void them instead');
END;


DROP TRIGGER IF EXISTS hazards_outbox_insert;
DROP TRIGGER IF EXISTS hazards_outbox_update;
DROP TRIGGER IF EXISTS hazards_no_delete;

CREATE TRIGGER hazards_outbox_insert AFTER INSERT ON hazards
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'hazards', NEW.id, 'insert', NULL, json_object(
            'inspection_id', json_object('value', NEW.inspection_id),
            'project_id', json_object('value', NEW.project_id),
            'criteria_set', json_object('value', NEW.criteria_set),
            'criteria_item', json_object('value', NEW.criteria_item),
            'is_major', json_object('value', NEW.is_major),
            'description', json_object('value', NEW.description),
            'location', json_object('value', NEW.location),
            'measure', json_object('value', NEW.measure),
            'deadline', json_object('value', NEW.deadline),
            'responsible_enterprise_id', json_object('value', NEW.responsible_enterprise_id),
            'responsible_person', json_object('value', NEW.responsible_person),
            'found_at', json_object('value', NEW.found_at),
            'found_by', json_object('value', NEW.found_by),
            'equipment_id', json_object('value', NEW.equipment_id),
            'dangerous_work_id', json_object('value', NEW.dangerous_work_id),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at),
            'basis_text', json_object('value', NEW.basis_text),
            'clock_offset_ms', json_object('value', NEW.clock_offset_ms),
            'is_time_doubtful', json_object('value', NEW.is_time_doubtful)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER hazards_outbox_update AFTER UPDATE ON hazards
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.inspection_id IS NOT OLD.inspection_id
        OR NEW.project_id IS NOT OLD.project_id
        OR NEW.criteria_set IS NOT OLD.criteria_set
        OR NEW.criteria_item IS NOT OLD.criteria_item
        OR NEW.is_major IS NOT OLD.is_major
        OR NEW.description IS NOT OLD.description
        OR NEW.location IS NOT OLD.location
        OR NEW.measure IS NOT OLD.measure
        OR NEW.deadline IS NOT OLD.deadline
        OR NEW.responsible_enterprise_id IS NOT OLD.responsible_enterprise_id
        OR NEW.responsible_person IS NOT OLD.responsible_person
        OR NEW.found_at IS NOT OLD.found_at
        OR NEW.found_by IS NOT OLD.found_by
        OR NEW.equipment_id IS NOT OLD.equipment_id
        OR NEW.dangerous_work_id IS NOT OLD.dangerous_work_id
        OR NEW.basis_text IS NOT OLD.basis_text
        OR NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'hazards', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'inspection_id' AS name, json_object('value', NEW.inspection_id, 'base', OLD.inspection_id) AS change WHERE NEW.inspection_id IS NOT OLD.inspection_id
                UNION ALL SELECT 'project_id' AS name, json_object('value', NEW.project_id, 'base', OLD.project_id) AS change WHERE NEW.project_id IS NOT OLD.project_id
                UNION ALL SELECT 'criteria_set' AS name, json_object('value', NEW.criteria_set, 'base', OLD.criteria_set) AS change WHERE NEW.criteria_set IS NOT OLD.criteria_set
                UNION ALL SELECT 'criteria_item' AS name, json_object('value', NEW.criteria_item, 'base', OLD.criteria_item) AS change WHERE NEW.criteria_item IS NOT OLD.criteria_item
                UNION ALL SELECT 'is_major' AS name, json_object('value', NEW.is_major, 'base', OLD.is_major) AS change WHERE NEW.is_major IS NOT OLD.is_major
                UNION ALL SELECT 'description' AS name, json_object('value', NEW.description, 'base', OLD.description) AS change WHERE NEW.description IS NOT OLD.description
                UNION ALL SELECT 'location' AS name, json_object('value', NEW.location, 'base', OLD.location) AS change WHERE NEW.location IS NOT OLD.location
                UNION ALL SELECT 'measure' AS name, json_object('value', NEW.measure, 'base', OLD.measure) AS change WHERE NEW.measure IS NOT OLD.measure
                UNION ALL SELECT 'deadline' AS name, json_object('value', NEW.deadline, 'base', OLD.deadline) AS change WHERE NEW.deadline IS NOT OLD.deadline
                UNION ALL SELECT 'responsible_enterprise_id' AS name, json_object('value', NEW.responsible_enterprise_id, 'base', OLD.responsible_enterprise_id) AS change WHERE NEW.responsible_enterprise_id IS NOT OLD.responsible_enterprise_id
                UNION ALL SELECT 'responsible_person' AS name, json_object('value', NEW.responsible_person, 'base', OLD.responsible_person) AS change WHERE NEW.responsible_person IS NOT OLD.responsible_person
                UNION ALL SELECT 'found_at' AS name, json_object('value', NEW.found_at, 'base', OLD.found_at) AS change WHERE NEW.found_at IS NOT OLD.found_at
                UNION ALL SELECT 'found_by' AS name, json_object('value', NEW.found_by, 'base', OLD.found_by) AS change WHERE NEW.found_by IS NOT OLD.found_by
                UNION ALL SELECT 'equipment_id' AS name, json_object('value', NEW.equipment_id, 'base', OLD.equipment_id) AS change WHERE NEW.equipment_id IS NOT OLD.equipment_id
                UNION ALL SELECT 'dangerous_work_id' AS name, json_object('value', NEW.dangerous_work_id, 'base', OLD.dangerous_work_id) AS change WHERE NEW.dangerous_work_id IS NOT OLD.dangerous_work_id
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at
                UNION ALL SELECT 'basis_text' AS name, json_object('value', NEW.basis_text, 'base', OLD.basis_text) AS change WHERE NEW.basis_text IS NOT OLD.basis_text
                UNION ALL SELECT 'clock_offset_ms' AS name, json_object('value', NEW.clock_offset_ms, 'base', OLD.clock_offset_ms) AS change WHERE NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
                UNION ALL SELECT 'is_time_doubtful' AS name, json_object('value', NEW.is_time_doubtful, 'base', OLD.is_time_doubtful) AS change WHERE NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER hazards_no_delete BEFORE DELETE ON hazards
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: hazards rows are never deleted; void them instead');
END;


DROP TRIGGER IF EXISTS hazard_events_outbox_insert;
DROP TRIGGER IF EXISTS hazard_events_outbox_update;
DROP TRIGGER IF EXISTS hazard_events_no_delete;

CREATE TRIGGER hazard_events_outbox_insert AFTER INSERT ON hazard_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'hazard_events', NEW.id, 'insert', NULL, json_object(
            'hazard_id', json_object('value', NEW.hazard_id),
            'kind', json_object('value', NEW.kind),
            'at', json_object('value', NEW.at),
            'actor', json_object('value', NEW.actor),
            'note', json_object('value', NEW.note),
            'new_deadline', json_object('value', NEW.new_deadline),
            'level', json_object('value', NEW.level),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at),
            'clock_offset_ms', json_object('value', NEW.clock_offset_ms),
            'is_time_doubtful', json_object('value', NEW.is_time_doubtful)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER hazard_events_outbox_update AFTER UPDATE ON hazard_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.hazard_id IS NOT OLD.hazard_id
        OR NEW.kind IS NOT OLD.kind
        OR NEW.at IS NOT OLD.at
        OR NEW.actor IS NOT OLD.actor
        OR NEW.note IS NOT OLD.note
        OR NEW.new_deadline IS NOT OLD.new_deadline
        OR NEW.level IS NOT OLD.level
        OR NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'hazard_events', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'hazard_id' AS name, json_object('value', NEW.hazard_id, 'base', OLD.hazard_id) AS change WHERE NEW.hazard_id IS NOT OLD.hazard_id
                UNION ALL SELECT 'kind' AS name, json_object('value', NEW.kind, 'base', OLD.kind) AS change WHERE NEW.kind IS NOT OLD.kind
                UNION ALL SELECT 'at' AS name, json_object('value', NEW.at, 'base', OLD.at) AS change WHERE NEW.at IS NOT OLD.at
                UNION ALL SELECT 'actor' AS name, json_object('value', NEW.actor, 'base', OLD.actor) AS change WHERE NEW.actor IS NOT OLD.actor
                UNION ALL SELECT 'note' AS name, json_object('value', NEW.note, 'base', OLD.note) AS change WHERE NEW.note IS NOT OLD.note
                UNION ALL SELECT 'new_deadline' AS name, json_object('value', NEW.new_deadline, 'base', OLD.new_deadline) AS change WHERE NEW.new_deadline IS NOT OLD.new_deadline
                UNION ALL SELECT 'level' AS name, json_object('value', NEW.level, 'base', OLD.level) AS change WHERE NEW.level IS NOT OLD.level
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at
                UNION ALL SELECT 'clock_offset_ms' AS name, json_object('value', NEW.clock_offset_ms, 'base', OLD.clock_offset_ms) AS change WHERE NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
                UNION ALL SELECT 'is_time_doubtful' AS name, json_object('value', NEW.is_time_doubtful, 'base', OLD.is_time_doubtful) AS change WHERE NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER hazard_events_no_delete BEFORE DELETE ON hazard_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: hazard_events rows are never deleted; void them instead');
END;


DROP TRIGGER IF EXISTS attachments_outbox_insert;
DROP TRIGGER IF EXISTS attachments_outbox_update;
DROP TRIGGER IF EXISTS attachments_no_delete;

CREATE TRIGGER attachments_outbox_insert AFTER INSERT ON attachments
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'attachments', NEW.id, 'insert', NULL, json_object(
            'owner_entity', json_object('value', NEW.owner_entity),
            'owner_id', json_object('value', NEW.owner_id),
            'blob_sha256', json_object('value', NEW.blob_sha256),
            'role', json_object('value', NEW.role),
            'caption', json_object('value', NEW.caption),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at),
            'captured_at', json_object('value', NEW.captured_at),
            'latitude', json_object('value', NEW.latitude),
            'longitude', json_object('value', NEW.longitude),
            'evidence_flags', json_object('value', NEW.evidence_flags),
            'signer', json_object('value', NEW.signer),
            'clock_offset_ms', json_object('value', NEW.clock_offset_ms),
            'is_time_doubtful', json_object('value', NEW.is_time_doubtful)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER attachments_outbox_update AFTER UPDATE ON attachments
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.owner_entity IS NOT OLD.owner_entity
        OR NEW.owner_id IS NOT OLD.owner_id
        OR NEW.blob_sha256 IS NOT OLD.blob_sha256
        OR NEW.role IS NOT OLD.role
        OR NEW.caption IS NOT OLD.caption
        OR NEW.captured_at IS NOT OLD.captured_at
        OR NEW.latitude IS NOT OLD.latitude
        OR NEW.longitude IS NOT OLD.longitude
        OR NEW.evidence_flags IS NOT OLD.evidence_flags
        OR NEW.signer IS NOT OLD.signer
        OR NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'attachments', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'owner_entity' AS name, json_object('value', NEW.owner_entity, 'base', OLD.owner_entity) AS change WHERE NEW.owner_entity IS NOT OLD.owner_entity
                UNION ALL SELECT 'owner_id' AS name, json_object('value', NEW.owner_id, 'base', OLD.owner_id) AS change WHERE NEW.owner_id IS NOT OLD.owner_id
                UNION ALL SELECT 'blob_sha256' AS name, json_object('value', NEW.blob_sha256, 'base', OLD.blob_sha256) AS change WHERE NEW.blob_sha256 IS NOT OLD.blob_sha256
                UNION ALL SELECT 'role' AS name, json_object('value', NEW.role, 'base', OLD.role) AS change WHERE NEW.role IS NOT OLD.role
                UNION ALL SELECT 'caption' AS name, json_object('value', NEW.caption, 'base', OLD.caption) AS change WHERE NEW.caption IS NOT OLD.caption
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at
                UNION ALL SELECT 'captured_at' AS name, json_object('value', NEW.captured_at, 'base', OLD.captured_at) AS change WHERE NEW.captured_at IS NOT OLD.captured_at
                UNION ALL SELECT 'latitude' AS name, json_object('value', NEW.latitude, 'base', OLD.latitude) AS change WHERE NEW.latitude IS NOT OLD.latitude
                UNION ALL SELECT 'longitude' AS name, json_object('value', NEW.longitude, 'base', OLD.longitude) AS change WHERE NEW.longitude IS NOT OLD.longitude
                UNION ALL SELECT 'evidence_flags' AS name, json_object('value', NEW.evidence_flags, 'base', OLD.evidence_flags) AS change WHERE NEW.evidence_flags IS NOT OLD.evidence_flags
                UNION ALL SELECT 'signer' AS name, json_object('value', NEW.signer, 'base', OLD.signer) AS change WHERE NEW.signer IS NOT OLD.signer
                UNION ALL SELECT 'clock_offset_ms' AS name, json_object('value', NEW.clock_offset_ms, 'base', OLD.clock_offset_ms) AS change WHERE NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
                UNION ALL SELECT 'is_time_doubtful' AS name, json_object('value', NEW.is_time_doubtful, 'base', OLD.is_time_doubtful) AS change WHERE NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: attachments rows are never deleted; void them instead');
END;


DROP TRIGGER IF EXISTS certificate_checks_outbox_insert;
DROP TRIGGER IF EXISTS certificate_checks_outbox_update;
DROP TRIGGER IF EXISTS certificate_checks_no_delete;

CREATE TRIGGER certificate_checks_outbox_insert AFTER INSERT ON certificate_checks
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'certificate_checks', NEW.id, 'insert', NULL, json_object(
            'inspection_id', json_object('value', NEW.inspection_id),
            'certificate_id', json_object('value', NEW.certificate_id),
            'number', json_object('value', NEW.number),
            'result', json_object('value', NEW.result),
            'checked_at', json_object('value', NEW.checked_at),
            'checked_by', json_object('value', NEW.checked_by),
            'kind', json_object('value', NEW.kind),
            'e_certificate_code', json_object('value', NEW.e_certificate_code),
            'person_id', json_object('value', NEW.person_id),
            'enterprise_id', json_object('value', NEW.enterprise_id),
            'note', json_object('value', NEW.note),
            'clock_offset_ms', json_object('value', NEW.clock_offset_ms),
            'is_time_doubtful', json_object('value', NEW.is_time_doubtful),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER certificate_checks_outbox_update AFTER UPDATE ON certificate_checks
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.inspection_id IS NOT OLD.inspection_id
        OR NEW.certificate_id IS NOT OLD.certificate_id
        OR NEW.number IS NOT OLD.number
        OR NEW.result IS NOT OLD.result
        OR NEW.checked_at IS NOT OLD.checked_at
        OR NEW.checked_by IS NOT OLD.checked_by
        OR NEW.kind IS NOT OLD.kind
        OR NEW.e_certificate_code IS NOT OLD.e_certificate_code
        OR NEW.person_id IS NOT OLD.person_id
        OR NEW.enterprise_id IS NOT OLD.enterprise_id
        OR NEW.note IS NOT OLD.note
        OR NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'certificate_checks', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'inspection_id' AS name, json_object('value', NEW.inspection_id, 'base', OLD.inspection_id) AS change WHERE NEW.inspection_id IS NOT OLD.inspection_id
                UNION ALL SELECT 'certificate_id' AS name, json_object('value', NEW.certificate_id, 'base', OLD.certificate_id) AS change WHERE NEW.certificate_id IS NOT OLD.certificate_id
                UNION ALL SELECT 'number' AS name, json_object('value', NEW.number, 'base', OLD.number) AS change WHERE NEW.number IS NOT OLD.number
                UNION ALL SELECT 'result' AS name, json_object('value', NEW.result, 'base', OLD.result) AS change WHERE NEW.result IS NOT OLD.result
                UNION ALL SELECT 'checked_at' AS name, json_object('value', NEW.checked_at, 'base', OLD.checked_at) AS change WHERE NEW.checked_at IS NOT OLD.checked_at
                UNION ALL SELECT 'checked_by' AS name, json_object('value', NEW.checked_by, 'base', OLD.checked_by) AS change WHERE NEW.checked_by IS NOT OLD.checked_by
                UNION ALL SELECT 'kind' AS name, json_object('value', NEW.kind, 'base', OLD.kind) AS change WHERE NEW.kind IS NOT OLD.kind
                UNION ALL SELECT 'e_certificate_code' AS name, json_object('value', NEW.e_certificate_code, 'base', OLD.e_certificate_code) AS change WHERE NEW.e_certificate_code IS NOT OLD.e_certificate_code
                UNION ALL SELECT 'person_id' AS name, json_object('value', NEW.person_id, 'base', OLD.person_id) AS change WHERE NEW.person_id IS NOT OLD.person_id
                UNION ALL SELECT 'enterprise_id' AS name, json_object('value', NEW.enterprise_id, 'base', OLD.enterprise_id) AS change WHERE NEW.enterprise_id IS NOT OLD.enterprise_id
                UNION ALL SELECT 'note' AS name, json_object('value', NEW.note, 'base', OLD.note) AS change WHERE NEW.note IS NOT OLD.note
                UNION ALL SELECT 'clock_offset_ms' AS name, json_object('value', NEW.clock_offset_ms, 'base', OLD.clock_offset_ms) AS change WHERE NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
                UNION ALL SELECT 'is_time_doubtful' AS name, json_object('value', NEW.is_time_doubtful, 'base', OLD.is_time_doubtful) AS change WHERE NEW.is_time_doubtful IS NOT OLD.is_time_doubtful
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER certificate_checks_no_delete BEFORE DELETE ON certificate_checks
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: certificate_checks rows are never deleted; void them instead');
END;


CREATE TRIGGER campaigns_read_only_insert BEFORE INSERT ON campaigns
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: campaigns is reference data owned by the provincial server');
END;

CREATE TRIGGER campaigns_read_only_update BEFORE UPDATE ON campaigns
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.code IS NOT OLD.code
        OR NEW.name IS NOT OLD.name
        OR NEW.starts_on IS NOT OLD.starts_on
        OR NEW.ends_on IS NOT OLD.ends_on
        OR NEW.round1_deadline IS NOT OLD.round1_deadline
        OR NEW.round2_deadline IS NOT OLD.round2_deadline
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: campaigns is reference data owned by the provincial server');
END;

CREATE TRIGGER campaigns_read_only_delete BEFORE DELETE ON campaigns
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: campaigns is reference data owned by the provincial server');
END;


DROP TRIGGER IF EXISTS hazard_events_append_only;
CREATE TRIGGER hazard_events_append_only BEFORE UPDATE ON hazard_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.hazard_id IS NOT OLD.hazard_id
        OR NEW.kind IS NOT OLD.kind
        OR NEW.at IS NOT OLD.at
        OR NEW.actor IS NOT OLD.actor
        OR NEW.note IS NOT OLD.note
        OR NEW.new_deadline IS NOT OLD.new_deadline
        OR NEW.level IS NOT OLD.level
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at
        OR NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: hazard events are append-only; record a new event instead');
END;
