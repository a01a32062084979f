-- Rectification tracking (issue 11): the closed loop of a hazard (整改 → 复查 → 销号), supervision documents
-- (监督文书) with pre-allocated numbers and a verification QR, enforcement actions with the violation they
-- answer, and the fields of the incident (非亡人事故) and dangerous-situation (重大险情) ledgers. Append-only like
-- every migration; CHECK constraints cannot be altered in SQLite, so tables whose value lists grow are rebuilt
-- and their triggers made anew below.

-- Every hazard event carries the role its author held when recording it (inspector | supervisor | province |
-- admin). 销号 needs a supervisor: the fold reads the role from the event itself, so every replica decides the
-- same; the server refuses an event whose role is not the pushing account's. notice_id names the notice a
-- notice_issued event served.
--
-- 'withdrawn' is the undo of an event: events are legal evidence and never deleted, so undoing one appends a
-- 'withdrawn' event naming it (target_event_id); the fold treats a withdrawn event as superseded when the
-- withdrawal comes from the same actor, and redo appends the event again under a new id.
CREATE TABLE hazard_events_v12 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    hazard_id TEXT NOT NULL REFERENCES hazards (id),
    kind TEXT NOT NULL CHECK (kind IN ('created', 'notice_issued', 'rectification_reported', 'reinspected_pass',
                                       'reinspected_fail', 'closed', 'reopened', 'deadline_extended',
                                       'supervision_listed', 'supervision_lifted', 'comment', 'voided',
                                       'withdrawn')),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT,
    new_deadline TEXT,
    level TEXT CHECK (level IS NULL OR level IN ('province', 'city', 'county')),
    is_superseded INTEGER NOT NULL DEFAULT 0,   -- cache of the fold, never synced
    superseded_reason TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    clock_offset_ms INTEGER,
    is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)),
    actor_role TEXT CHECK (actor_role IS NULL OR actor_role IN ('inspector', 'supervisor', 'province', 'admin')),
    notice_id TEXT,
    target_event_id TEXT
);
INSERT INTO hazard_events_v12 (seq, id, hazard_id, kind, at, actor, note, new_deadline, level, is_superseded,
                               superseded_reason, server_version, created_at, updated_at, clock_offset_ms,
                               is_time_doubtful)
SELECT seq, id, hazard_id, kind, at, actor, note, new_deadline, level, is_superseded, superseded_reason,
       server_version, created_at, updated_at, clock_offset_ms, is_time_doubtful
FROM hazard_events;
DROP TABLE hazard_events;
ALTER TABLE hazard_events_v12 RENAME TO hazard_events;
CREATE INDEX hazard_events_hazard ON hazard_events (hazard_id, seq);

-- Number blocks exist for every kind of notice (each kind has its own number series).
CREATE TABLE notice_number_blocks_v12 (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rectification', 'stop_work', 'resume_work', 'reinspection', 'supervision',
                                       'enforcement_proposal')),
    prefix TEXT NOT NULL,
    first_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    next_number INTEGER NOT NULL,        -- local counter; the only column the client advances
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (first_number <= next_number AND next_number <= last_number + 1)
);
INSERT INTO notice_number_blocks_v12 SELECT * FROM notice_number_blocks;
DROP TABLE notice_number_blocks;
ALTER TABLE notice_number_blocks_v12 RENAME TO notice_number_blocks;
CREATE INDEX notice_number_blocks_device ON notice_number_blocks (device_id, kind);

-- Notices (监督文书): the six kinds of domain-reference §4.5. A notice keeps its number for ever: a notice issued
-- in error is voided with a reason (status 'voided'), so no number is ever skipped without a record.
-- content_hash is the hash of the fields fixed at issue (core NoticeHash), carried in the PDF's QR code;
-- pdf_sha256 the sha256 of the PDF rendered once at issue (stored as an attachment with role 'notice_pdf').
CREATE TABLE notices_v12 (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    inspection_id TEXT REFERENCES inspections (id),
    kind TEXT NOT NULL CHECK (kind IN ('rectification', 'stop_work', 'resume_work', 'reinspection', 'supervision',
                                       'enforcement_proposal')),
    number TEXT NOT NULL UNIQUE,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    deadline TEXT,
    recipient_enterprise_id TEXT REFERENCES enterprises (id),
    hazard_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hazard_ids)),
    scope TEXT CHECK (scope IS NULL OR scope IN ('partial', 'total')),   -- 停工整改: 局部 or 全面
    scope_part TEXT,                                   -- the parts stopped by a partial stop
    inspectors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(inspectors)),
    decision TEXT,                                     -- 处理决定 in words
    requirements TEXT,                                 -- 整改要求 (五定) and the reply asked for
    legal_basis TEXT,                                  -- 法律依据 of the decision
    original_notice_id TEXT REFERENCES notices (id),   -- 复查/复工意见书: the notice they answer
    enforcement_action_id TEXT,                        -- 执法建议书: the enforcement action it proposes
    block_id TEXT,                                     -- the number block the number came from
    status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'voided')),
    void_reason TEXT,
    recipient_signer TEXT,                             -- who signed for the receiving party
    received_at TEXT,
    is_refused INTEGER NOT NULL DEFAULT 0 CHECK (is_refused IN (0, 1)),   -- 拒签
    content_hash TEXT,
    pdf_sha256 TEXT,
    clock_offset_ms INTEGER,
    is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)),
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (status = 'issued' OR void_reason IS NOT NULL)
);
INSERT INTO notices_v12 (id, project_id, inspection_id, kind, number, issued_at, issued_by, deadline,
                         recipient_enterprise_id, hazard_ids, server_version, created_at, updated_at)
SELECT id, project_id, inspection_id, kind, number, issued_at, issued_by, deadline, recipient_enterprise_id,
       hazard_ids, server_version, created_at, updated_at
FROM notices;
DROP TABLE notices;
ALTER TABLE notices_v12 RENAME TO notices;
CREATE INDEX notices_project ON notices (project_id);
CREATE INDEX notices_issued ON notices (issued_at);

-- Enforcement actions: the missing kinds (提醒, 停业整顿, 吊销执业资格, 行业禁入, 扣诚信分, 移交司法线索), the person
-- they address, the violation they answer (core ViolationTypes codes), credit points, the hazards they follow
-- and the 执法建议书 notice that carries a proposal.
CREATE TABLE enforcement_actions_v12 (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    hazard_id TEXT REFERENCES hazards (id),
    enterprise_id TEXT REFERENCES enterprises (id),
    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'warning_letter', 'interview', 'circular', 'fine', 'stop_work',
                                       'suspension', 'qualification_downgrade', 'qualification_revoked',
                                       'licence_suspended', 'revoke_practice', 'industry_ban', 'credit_record',
                                       'credit_points', 'judicial_referral', 'enforcement_proposal')),
    document_no TEXT,
    amount REAL NOT NULL DEFAULT 0,
    decided_on TEXT,
    note TEXT,
    person_id TEXT REFERENCES people (id),
    violation_code TEXT,
    points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
    hazard_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hazard_ids)),
    notice_id TEXT,
    decided_by TEXT,
    clock_offset_ms INTEGER,
    is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)),
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO enforcement_actions_v12 (id, project_id, hazard_id, enterprise_id, kind, document_no, amount,
                                     decided_on, note, hazard_ids, server_version, created_at, updated_at)
SELECT id, project_id, hazard_id, enterprise_id, kind, document_no, amount, decided_on, note,
       CASE WHEN hazard_id IS NULL THEN '[]' ELSE json_array(hazard_id) END, server_version, created_at, updated_at
FROM enforcement_actions;
DROP TABLE enforcement_actions;
ALTER TABLE enforcement_actions_v12 RENAME TO enforcement_actions;
CREATE INDEX enforcement_actions_project ON enforcement_actions (project_id);
CREATE INDEX enforcement_actions_decided ON enforcement_actions (decided_on);

-- 非亡人事故 ledger fields (domain-reference §4.2): the part of the works, how the unit reported it to the bureau,
-- the emergency response, the cause found by the investigation (调查程序查明原因) and when it closed.
-- platform_reported_at (national platform, 48 hours) already exists.
ALTER TABLE incidents ADD COLUMN part TEXT;
ALTER TABLE incidents ADD COLUMN unit_reported_at TEXT;
ALTER TABLE incidents ADD COLUMN emergency_response TEXT;
ALTER TABLE incidents ADD COLUMN cause TEXT;
ALTER TABLE incidents ADD COLUMN investigation TEXT;
ALTER TABLE incidents ADD COLUMN investigation_closed_on TEXT;
ALTER TABLE incidents ADD COLUMN recorded_by TEXT;

-- 重大险情 ledger fields (domain-reference §4.3).
ALTER TABLE danger_events ADD COLUMN site_situation TEXT;   -- the works and workers on site at the time
ALTER TABLE danger_events ADD COLUMN impact TEXT;           -- possible and actual harm: neighbours, pipes, roads
ALTER TABLE danger_events ADD COLUMN reported_at TEXT;
ALTER TABLE danger_events ADD COLUMN platform_reported_at TEXT;
ALTER TABLE danger_events ADD COLUMN response TEXT;         -- emergency measures and their result
ALTER TABLE danger_events ADD COLUMN recorded_by TEXT;
-- GENERATED by scripts/gen-sync-triggers.py --after 0012 hazard_events notice_number_blocks notices enforcement_actions incidents danger_events

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
            'is_time_doubtful', json_object('value', NEW.is_time_doubtful),
            'actor_role', json_object('value', NEW.actor_role),
            'notice_id', json_object('value', NEW.notice_id),
            'target_event_id', json_object('value', NEW.target_event_id)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
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
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful
        OR NEW.actor_role IS NOT OLD.actor_role
        OR NEW.notice_id IS NOT OLD.notice_id
        OR NEW.target_event_id IS NOT OLD.target_event_id)
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
                UNION ALL SELECT 'is_time_doubtful' AS name, json_object('value', NEW.is_time_doubtful, 'base', OLD.is_time_doubtful) AS change WHERE NEW.is_time_doubtful IS NOT OLD.is_time_doubtful
                UNION ALL SELECT 'actor_role' AS name, json_object('value', NEW.actor_role, 'base', OLD.actor_role) AS change WHERE NEW.actor_role IS NOT OLD.actor_role
                UNION ALL SELECT 'notice_id' AS name, json_object('value', NEW.notice_id, 'base', OLD.notice_id) AS change WHERE NEW.notice_id IS NOT OLD.notice_id
                UNION ALL SELECT 'target_event_id' AS name, json_object('value', NEW.target_event_id, 'base', OLD.target_event_id) AS change WHERE NEW.target_event_id IS NOT OLD.target_event_id)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER hazard_events_no_delete BEFORE DELETE ON hazard_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: hazard_events rows are never deleted; void them instead');
END;


CREATE TRIGGER notice_number_blocks_read_only_insert BEFORE INSERT ON notice_number_blocks
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: notice_number_blocks is reference data owned by the provincial server');
END;

CREATE TRIGGER notice_number_blocks_read_only_update BEFORE UPDATE ON notice_number_blocks
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.device_id IS NOT OLD.device_id
        OR NEW.kind IS NOT OLD.kind
        OR NEW.prefix IS NOT OLD.prefix
        OR NEW.first_number IS NOT OLD.first_number
        OR NEW.last_number IS NOT OLD.last_number
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: notice_number_blocks is reference data owned by the provincial server');
END;

CREATE TRIGGER notice_number_blocks_read_only_delete BEFORE DELETE ON notice_number_blocks
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: notice_number_blocks is reference data owned by the provincial server');
END;


DROP TRIGGER IF EXISTS notices_outbox_insert;
DROP TRIGGER IF EXISTS notices_outbox_update;
DROP TRIGGER IF EXISTS notices_no_delete;

CREATE TRIGGER notices_outbox_insert AFTER INSERT ON notices
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'notices', NEW.id, 'insert', NULL, json_object(
            'project_id', json_object('value', NEW.project_id),
            'inspection_id', json_object('value', NEW.inspection_id),
            'kind', json_object('value', NEW.kind),
            'number', json_object('value', NEW.number),
            'issued_at', json_object('value', NEW.issued_at),
            'issued_by', json_object('value', NEW.issued_by),
            'deadline', json_object('value', NEW.deadline),
            'recipient_enterprise_id', json_object('value', NEW.recipient_enterprise_id),
            'hazard_ids', json_object('value', NEW.hazard_ids),
            'scope', json_object('value', NEW.scope),
            'scope_part', json_object('value', NEW.scope_part),
            'inspectors', json_object('value', NEW.inspectors),
            'decision', json_object('value', NEW.decision),
            'requirements', json_object('value', NEW.requirements),
            'legal_basis', json_object('value', NEW.legal_basis),
            'original_notice_id', json_object('value', NEW.original_notice_id),
            'enforcement_action_id', json_object('value', NEW.enforcement_action_id),
            'block_id', json_object('value', NEW.block_id),
            'status', json_object('value', NEW.status),
            'void_reason', json_object('value', NEW.void_reason),
            'recipient_signer', json_object('value', NEW.recipient_signer),
            'received_at', json_object('value', NEW.received_at),
            'is_refused', json_object('value', NEW.is_refused),
            'content_hash', json_object('value', NEW.content_hash),
            'pdf_sha256', json_object('value', NEW.pdf_sha256),
            'clock_offset_ms', json_object('value', NEW.clock_offset_ms),
            'is_time_doubtful', json_object('value', NEW.is_time_doubtful),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER notices_outbox_update AFTER UPDATE ON notices
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.project_id IS NOT OLD.project_id
        OR NEW.inspection_id IS NOT OLD.inspection_id
        OR NEW.kind IS NOT OLD.kind
        OR NEW.number IS NOT OLD.number
        OR NEW.issued_at IS NOT OLD.issued_at
        OR NEW.issued_by IS NOT OLD.issued_by
        OR NEW.deadline IS NOT OLD.deadline
        OR NEW.recipient_enterprise_id IS NOT OLD.recipient_enterprise_id
        OR NEW.hazard_ids IS NOT OLD.hazard_ids
        OR NEW.scope IS NOT OLD.scope
        OR NEW.scope_part IS NOT OLD.scope_part
        OR NEW.inspectors IS NOT OLD.inspectors
        OR NEW.decision IS NOT OLD.decision
        OR NEW.requirements IS NOT OLD.requirements
        OR NEW.legal_basis IS NOT OLD.legal_basis
        OR NEW.original_notice_id IS NOT OLD.original_notice_id
        OR NEW.enforcement_action_id IS NOT OLD.enforcement_action_id
        OR NEW.block_id IS NOT OLD.block_id
        OR NEW.status IS NOT OLD.status
        OR NEW.void_reason IS NOT OLD.void_reason
        OR NEW.recipient_signer IS NOT OLD.recipient_signer
        OR NEW.received_at IS NOT OLD.received_at
        OR NEW.is_refused IS NOT OLD.is_refused
        OR NEW.content_hash IS NOT OLD.content_hash
        OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256
        OR NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'notices', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'project_id' AS name, json_object('value', NEW.project_id, 'base', OLD.project_id) AS change WHERE NEW.project_id IS NOT OLD.project_id
                UNION ALL SELECT 'inspection_id' AS name, json_object('value', NEW.inspection_id, 'base', OLD.inspection_id) AS change WHERE NEW.inspection_id IS NOT OLD.inspection_id
                UNION ALL SELECT 'kind' AS name, json_object('value', NEW.kind, 'base', OLD.kind) AS change WHERE NEW.kind IS NOT OLD.kind
                UNION ALL SELECT 'number' AS name, json_object('value', NEW.number, 'base', OLD.number) AS change WHERE NEW.number IS NOT OLD.number
                UNION ALL SELECT 'issued_at' AS name, json_object('value', NEW.issued_at, 'base', OLD.issued_at) AS change WHERE NEW.issued_at IS NOT OLD.issued_at
                UNION ALL SELECT 'issued_by' AS name, json_object('value', NEW.issued_by, 'base', OLD.issued_by) AS change WHERE NEW.issued_by IS NOT OLD.issued_by
                UNION ALL SELECT 'deadline' AS name, json_object('value', NEW.deadline, 'base', OLD.deadline) AS change WHERE NEW.deadline IS NOT OLD.deadline
                UNION ALL SELECT 'recipient_enterprise_id' AS name, json_object('value', NEW.recipient_enterprise_id, 'base', OLD.recipient_enterprise_id) AS change WHERE NEW.recipient_enterprise_id IS NOT OLD.recipient_enterprise_id
                UNION ALL SELECT 'hazard_ids' AS name, json_object('value', NEW.hazard_ids, 'base', OLD.hazard_ids) AS change WHERE NEW.hazard_ids IS NOT OLD.hazard_ids
                UNION ALL SELECT 'scope' AS name, json_object('value', NEW.scope, 'base', OLD.scope) AS change WHERE NEW.scope IS NOT OLD.scope
                UNION ALL SELECT 'scope_part' AS name, json_object('value', NEW.scope_part, 'base', OLD.scope_part) AS change WHERE NEW.scope_part IS NOT OLD.scope_part
                UNION ALL SELECT 'inspectors' AS name, json_object('value', NEW.inspectors, 'base', OLD.inspectors) AS change WHERE NEW.inspectors IS NOT OLD.inspectors
                UNION ALL SELECT 'decision' AS name, json_object('value', NEW.decision, 'base', OLD.decision) AS change WHERE NEW.decision IS NOT OLD.decision
                UNION ALL SELECT 'requirements' AS name, json_object('value', NEW.requirements, 'base', OLD.requirements) AS change WHERE NEW.requirements IS NOT OLD.requirements
                UNION ALL SELECT 'legal_basis' AS name, json_object('value', NEW.legal_basis, 'base', OLD.legal_basis) AS change WHERE NEW.legal_basis IS NOT OLD.legal_basis
                UNION ALL SELECT 'original_notice_id' AS name, json_object('value', NEW.original_notice_id, 'base', OLD.original_notice_id) AS change WHERE NEW.original_notice_id IS NOT OLD.original_notice_id
                UNION ALL SELECT 'enforcement_action_id' AS name, json_object('value', NEW.enforcement_action_id, 'base', OLD.enforcement_action_id) AS change WHERE NEW.enforcement_action_id IS NOT OLD.enforcement_action_id
                UNION ALL SELECT 'block_id' AS name, json_object('value', NEW.block_id, 'base', OLD.block_id) AS change WHERE NEW.block_id IS NOT OLD.block_id
                UNION ALL SELECT 'status' AS name, json_object('value', NEW.status, 'base', OLD.status) AS change WHERE NEW.status IS NOT OLD.status
                UNION ALL SELECT 'void_reason' AS name, json_object('value', NEW.void_reason, 'base', OLD.void_reason) AS change WHERE NEW.void_reason IS NOT OLD.void_reason
                UNION ALL SELECT 'recipient_signer' AS name, json_object('value', NEW.recipient_signer, 'base', OLD.recipient_signer) AS change WHERE NEW.recipient_signer IS NOT OLD.recipient_signer
                UNION ALL SELECT 'received_at' AS name, json_object('value', NEW.received_at, 'base', OLD.received_at) AS change WHERE NEW.received_at IS NOT OLD.received_at
                UNION ALL SELECT 'is_refused' AS name, json_object('value', NEW.is_refused, 'base', OLD.is_refused) AS change WHERE NEW.is_refused IS NOT OLD.is_refused
                UNION ALL SELECT 'content_hash' AS name, json_object('value', NEW.content_hash, 'base', OLD.content_hash) AS change WHERE NEW.content_hash IS NOT OLD.content_hash
                UNION ALL SELECT 'pdf_sha256' AS name, json_object('value', NEW.pdf_sha256, 'base', OLD.pdf_sha256) AS change WHERE NEW.pdf_sha256 IS NOT OLD.pdf_sha256
                UNION ALL SELECT 'clock_offset_ms' AS name, json_object('value', NEW.clock_offset_ms, 'base', OLD.clock_offset_ms) AS change WHERE NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
                UNION ALL SELECT 'is_time_doubtful' AS name, json_object('value', NEW.is_time_doubtful, 'base', OLD.is_time_doubtful) AS change WHERE NEW.is_time_doubtful IS NOT OLD.is_time_doubtful
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER notices_no_delete BEFORE DELETE ON notices
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: notices rows are never deleted; void them instead');
END;


DROP TRIGGER IF EXISTS enforcement_actions_outbox_insert;
DROP TRIGGER IF EXISTS enforcement_actions_outbox_update;
DROP TRIGGER IF EXISTS enforcement_actions_no_delete;

CREATE TRIGGER enforcement_actions_outbox_insert AFTER INSERT ON enforcement_actions
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'enforcement_actions', NEW.id, 'insert', NULL, json_object(
            'project_id', json_object('value', NEW.project_id),
            'hazard_id', json_object('value', NEW.hazard_id),
            'enterprise_id', json_object('value', NEW.enterprise_id),
            'kind', json_object('value', NEW.kind),
            'document_no', json_object('value', NEW.document_no),
            'amount', json_object('value', NEW.amount),
            'decided_on', json_object('value', NEW.decided_on),
            'note', json_object('value', NEW.note),
            'person_id', json_object('value', NEW.person_id),
            'violation_code', json_object('value', NEW.violation_code),
            'points', json_object('value', NEW.points),
            'hazard_ids', json_object('value', NEW.hazard_ids),
            'notice_id', json_object('value', NEW.notice_id),
            'decided_by', json_object('value', NEW.decided_by),
            'clock_offset_ms', json_object('value', NEW.clock_offset_ms),
            'is_time_doubtful', json_object('value', NEW.is_time_doubtful),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER enforcement_actions_outbox_update AFTER UPDATE ON enforcement_actions
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.project_id IS NOT OLD.project_id
        OR NEW.hazard_id IS NOT OLD.hazard_id
        OR NEW.enterprise_id IS NOT OLD.enterprise_id
        OR NEW.kind IS NOT OLD.kind
        OR NEW.document_no IS NOT OLD.document_no
        OR NEW.amount IS NOT OLD.amount
        OR NEW.decided_on IS NOT OLD.decided_on
        OR NEW.note IS NOT OLD.note
        OR NEW.person_id IS NOT OLD.person_id
        OR NEW.violation_code IS NOT OLD.violation_code
        OR NEW.points IS NOT OLD.points
        OR NEW.hazard_ids IS NOT OLD.hazard_ids
        OR NEW.notice_id IS NOT OLD.notice_id
        OR NEW.decided_by IS NOT OLD.decided_by
        OR NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'enforcement_actions', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'project_id' AS name, json_object('value', NEW.project_id, 'base', OLD.project_id) AS change WHERE NEW.project_id IS NOT OLD.project_id
                UNION ALL SELECT 'hazard_id' AS name, json_object('value', NEW.hazard_id, 'base', OLD.hazard_id) AS change WHERE NEW.hazard_id IS NOT OLD.hazard_id
                UNION ALL SELECT 'enterprise_id' AS name, json_object('value', NEW.enterprise_id, 'base', OLD.enterprise_id) AS change WHERE NEW.enterprise_id IS NOT OLD.enterprise_id
                UNION ALL SELECT 'kind' AS name, json_object('value', NEW.kind, 'base', OLD.kind) AS change WHERE NEW.kind IS NOT OLD.kind
                UNION ALL SELECT 'document_no' AS name, json_object('value', NEW.document_no, 'base', OLD.document_no) AS change WHERE NEW.document_no IS NOT OLD.document_no
                UNION ALL SELECT 'amount' AS name, json_object('value', NEW.amount, 'base', OLD.amount) AS change WHERE NEW.amount IS NOT OLD.amount
                UNION ALL SELECT 'decided_on' AS name, json_object('value', NEW.decided_on, 'base', OLD.decided_on) AS change WHERE NEW.decided_on IS NOT OLD.decided_on
                UNION ALL SELECT 'note' AS name, json_object('value', NEW.note, 'base', OLD.note) AS change WHERE NEW.note IS NOT OLD.note
                UNION ALL SELECT 'person_id' AS name, json_object('value', NEW.person_id, 'base', OLD.person_id) AS change WHERE NEW.person_id IS NOT OLD.person_id
                UNION ALL SELECT 'violation_code' AS name, json_object('value', NEW.violation_code, 'base', OLD.violation_code) AS change WHERE NEW.violation_code IS NOT OLD.violation_code
                UNION ALL SELECT 'points' AS name, json_object('value', NEW.points, 'base', OLD.points) AS change WHERE NEW.points IS NOT OLD.points
                UNION ALL SELECT 'hazard_ids' AS name, json_object('value', NEW.hazard_ids, 'base', OLD.hazard_ids) AS change WHERE NEW.hazard_ids IS NOT OLD.hazard_ids
                UNION ALL SELECT 'notice_id' AS name, json_object('value', NEW.notice_id, 'base', OLD.notice_id) AS change WHERE NEW.notice_id IS NOT OLD.notice_id
                UNION ALL SELECT 'decided_by' AS name, json_object('value', NEW.decided_by, 'base', OLD.decided_by) AS change WHERE NEW.decided_by IS NOT OLD.decided_by
                UNION ALL SELECT 'clock_offset_ms' AS name, json_object('value', NEW.clock_offset_ms, 'base', OLD.clock_offset_ms) AS change WHERE NEW.clock_offset_ms IS NOT OLD.clock_offset_ms
                UNION ALL SELECT 'is_time_doubtful' AS name, json_object('value', NEW.is_time_doubtful, 'base', OLD.is_time_doubtful) AS change WHERE NEW.is_time_doubtful IS NOT OLD.is_time_doubtful
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER enforcement_actions_no_delete BEFORE DELETE ON enforcement_actions
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: enforcement_actions rows are never deleted; void them instead');
END;


DROP TRIGGER IF EXISTS incidents_outbox_insert;
DROP TRIGGER IF EXISTS incidents_outbox_update;
DROP TRIGGER IF EXISTS incidents_no_delete;

CREATE TRIGGER incidents_outbox_insert AFTER INSERT ON incidents
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'incidents', NEW.id, 'insert', NULL, json_object(
            'project_id', json_object('value', NEW.project_id),
            'occurred_at', json_object('value', NEW.occurred_at),
            'location', json_object('value', NEW.location),
            'kind', json_object('value', NEW.kind),
            'deaths', json_object('value', NEW.deaths),
            'serious_injuries', json_object('value', NEW.serious_injuries),
            'minor_injuries', json_object('value', NEW.minor_injuries),
            'missing', json_object('value', NEW.missing),
            'direct_loss', json_object('value', NEW.direct_loss),
            'summary', json_object('value', NEW.summary),
            'platform_reported_at', json_object('value', NEW.platform_reported_at),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at),
            'part', json_object('value', NEW.part),
            'unit_reported_at', json_object('value', NEW.unit_reported_at),
            'emergency_response', json_object('value', NEW.emergency_response),
            'cause', json_object('value', NEW.cause),
            'investigation', json_object('value', NEW.investigation),
            'investigation_closed_on', json_object('value', NEW.investigation_closed_on),
            'recorded_by', json_object('value', NEW.recorded_by)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER incidents_outbox_update AFTER UPDATE ON incidents
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.project_id IS NOT OLD.project_id
        OR NEW.occurred_at IS NOT OLD.occurred_at
        OR NEW.location IS NOT OLD.location
        OR NEW.kind IS NOT OLD.kind
        OR NEW.deaths IS NOT OLD.deaths
        OR NEW.serious_injuries IS NOT OLD.serious_injuries
        OR NEW.minor_injuries IS NOT OLD.minor_injuries
        OR NEW.missing IS NOT OLD.missing
        OR NEW.direct_loss IS NOT OLD.direct_loss
        OR NEW.summary IS NOT OLD.summary
        OR NEW.platform_reported_at IS NOT OLD.platform_reported_at
        OR NEW.part IS NOT OLD.part
        OR NEW.unit_reported_at IS NOT OLD.unit_reported_at
        OR NEW.emergency_response IS NOT OLD.emergency_response
        OR NEW.cause IS NOT OLD.cause
        OR NEW.investigation IS NOT OLD.investigation
        OR NEW.investigation_closed_on IS NOT OLD.investigation_closed_on
        OR NEW.recorded_by IS NOT OLD.recorded_by)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'incidents', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'project_id' AS name, json_object('value', NEW.project_id, 'base', OLD.project_id) AS change WHERE NEW.project_id IS NOT OLD.project_id
                UNION ALL SELECT 'occurred_at' AS name, json_object('value', NEW.occurred_at, 'base', OLD.occurred_at) AS change WHERE NEW.occurred_at IS NOT OLD.occurred_at
                UNION ALL SELECT 'location' AS name, json_object('value', NEW.location, 'base', OLD.location) AS change WHERE NEW.location IS NOT OLD.location
                UNION ALL SELECT 'kind' AS name, json_object('value', NEW.kind, 'base', OLD.kind) AS change WHERE NEW.kind IS NOT OLD.kind
                UNION ALL SELECT 'deaths' AS name, json_object('value', NEW.deaths, 'base', OLD.deaths) AS change WHERE NEW.deaths IS NOT OLD.deaths
                UNION ALL SELECT 'serious_injuries' AS name, json_object('value', NEW.serious_injuries, 'base', OLD.serious_injuries) AS change WHERE NEW.serious_injuries IS NOT OLD.serious_injuries
                UNION ALL SELECT 'minor_injuries' AS name, json_object('value', NEW.minor_injuries, 'base', OLD.minor_injuries) AS change WHERE NEW.minor_injuries IS NOT OLD.minor_injuries
                UNION ALL SELECT 'missing' AS name, json_object('value', NEW.missing, 'base', OLD.missing) AS change WHERE NEW.missing IS NOT OLD.missing
                UNION ALL SELECT 'direct_loss' AS name, json_object('value', NEW.direct_loss, 'base', OLD.direct_loss) AS change WHERE NEW.direct_loss IS NOT OLD.direct_loss
                UNION ALL SELECT 'summary' AS name, json_object('value', NEW.summary, 'base', OLD.summary) AS change WHERE NEW.summary IS NOT OLD.summary
                UNION ALL SELECT 'platform_reported_at' AS name, json_object('value', NEW.platform_reported_at, 'base', OLD.platform_reported_at) AS change WHERE NEW.platform_reported_at IS NOT OLD.platform_reported_at
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at
                UNION ALL SELECT 'part' AS name, json_object('value', NEW.part, 'base', OLD.part) AS change WHERE NEW.part IS NOT OLD.part
                UNION ALL SELECT 'unit_reported_at' AS name, json_object('value', NEW.unit_reported_at, 'base', OLD.unit_reported_at) AS change WHERE NEW.unit_reported_at IS NOT OLD.unit_reported_at
                UNION ALL SELECT 'emergency_response' AS name, json_object('value', NEW.emergency_response, 'base', OLD.emergency_response) AS change WHERE NEW.emergency_response IS NOT OLD.emergency_response
                UNION ALL SELECT 'cause' AS name, json_object('value', NEW.cause, 'base', OLD.cause) AS change WHERE NEW.cause IS NOT OLD.cause
                UNION ALL SELECT 'investigation' AS name, json_object('value', NEW.investigation, 'base', OLD.investigation) AS change WHERE NEW.investigation IS NOT OLD.investigation
                UNION ALL SELECT 'investigation_closed_on' AS name, json_object('value', NEW.investigation_closed_on, 'base', OLD.investigation_closed_on) AS change WHERE NEW.investigation_closed_on IS NOT OLD.investigation_closed_on
                UNION ALL SELECT 'recorded_by' AS name, json_object('value', NEW.recorded_by, 'base', OLD.recorded_by) AS change WHERE NEW.recorded_by IS NOT OLD.recorded_by)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: incidents rows are never deleted; void them instead');
END;


DROP TRIGGER IF EXISTS danger_events_outbox_insert;
DROP TRIGGER IF EXISTS danger_events_outbox_update;
DROP TRIGGER IF EXISTS danger_events_no_delete;

CREATE TRIGGER danger_events_outbox_insert AFTER INSERT ON danger_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'danger_events', NEW.id, 'insert', NULL, json_object(
            'project_id', json_object('value', NEW.project_id),
            'occurred_at', json_object('value', NEW.occurred_at),
            'part', json_object('value', NEW.part),
            'kind', json_object('value', NEW.kind),
            'description', json_object('value', NEW.description),
            'evacuated', json_object('value', NEW.evacuated),
            'hazard_id', json_object('value', NEW.hazard_id),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at),
            'site_situation', json_object('value', NEW.site_situation),
            'impact', json_object('value', NEW.impact),
            'reported_at', json_object('value', NEW.reported_at),
            'platform_reported_at', json_object('value', NEW.platform_reported_at),
            'response', json_object('value', NEW.response),
            'recorded_by', json_object('value', NEW.recorded_by)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

CREATE TRIGGER danger_events_outbox_update AFTER UPDATE ON danger_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.project_id IS NOT OLD.project_id
        OR NEW.occurred_at IS NOT OLD.occurred_at
        OR NEW.part IS NOT OLD.part
        OR NEW.kind IS NOT OLD.kind
        OR NEW.description IS NOT OLD.description
        OR NEW.evacuated IS NOT OLD.evacuated
        OR NEW.hazard_id IS NOT OLD.hazard_id
        OR NEW.site_situation IS NOT OLD.site_situation
        OR NEW.impact IS NOT OLD.impact
        OR NEW.reported_at IS NOT OLD.reported_at
        OR NEW.platform_reported_at IS NOT OLD.platform_reported_at
        OR NEW.response IS NOT OLD.response
        OR NEW.recorded_by IS NOT OLD.recorded_by)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'danger_events', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'project_id' AS name, json_object('value', NEW.project_id, 'base', OLD.project_id) AS change WHERE NEW.project_id IS NOT OLD.project_id
                UNION ALL SELECT 'occurred_at' AS name, json_object('value', NEW.occurred_at, 'base', OLD.occurred_at) AS change WHERE NEW.occurred_at IS NOT OLD.occurred_at
                UNION ALL SELECT 'part' AS name, json_object('value', NEW.part, 'base', OLD.part) AS change WHERE NEW.part IS NOT OLD.part
                UNION ALL SELECT 'kind' AS name, json_object('value', NEW.kind, 'base', OLD.kind) AS change WHERE NEW.kind IS NOT OLD.kind
                UNION ALL SELECT 'description' AS name, json_object('value', NEW.description, 'base', OLD.description) AS change WHERE NEW.description IS NOT OLD.description
                UNION ALL SELECT 'evacuated' AS name, json_object('value', NEW.evacuated, 'base', OLD.evacuated) AS change WHERE NEW.evacuated IS NOT OLD.evacuated
                UNION ALL SELECT 'hazard_id' AS name, json_object('value', NEW.hazard_id, 'base', OLD.hazard_id) AS change WHERE NEW.hazard_id IS NOT OLD.hazard_id
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at
                UNION ALL SELECT 'site_situation' AS name, json_object('value', NEW.site_situation, 'base', OLD.site_situation) AS change WHERE NEW.site_situation IS NOT OLD.site_situation
                UNION ALL SELECT 'impact' AS name, json_object('value', NEW.impact, 'base', OLD.impact) AS change WHERE NEW.impact IS NOT OLD.impact
                UNION ALL SELECT 'reported_at' AS name, json_object('value', NEW.reported_at, 'base', OLD.reported_at) AS change WHERE NEW.reported_at IS NOT OLD.reported_at
                UNION ALL SELECT 'platform_reported_at' AS name, json_object('value', NEW.platform_reported_at, 'base', OLD.platform_reported_at) AS change WHERE NEW.platform_reported_at IS NOT OLD.platform_reported_at
                UNION ALL SELECT 'response' AS name, json_object('value', NEW.response, 'base', OLD.response) AS change WHERE NEW.response IS NOT OLD.response
                UNION ALL SELECT 'recorded_by' AS name, json_object('value', NEW.recorded_by, 'base', OLD.recorded_by) AS change WHERE NEW.recorded_by IS NOT OLD.recorded_by)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

CREATE TRIGGER danger_events_no_delete BEFORE DELETE ON danger_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: danger_events rows are never deleted; void them instead');
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
        OR NEW.is_time_doubtful IS NOT OLD.is_time_doubtful
        OR NEW.actor_role IS NOT OLD.actor_role
        OR NEW.notice_id IS NOT OLD.notice_id
        OR NEW.target_event_id IS NOT OLD.target_event_id)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: hazard events are append-only; record a new event instead');
END;
