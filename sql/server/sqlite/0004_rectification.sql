-- Rectification tracking (issue 11): the closed loop of a hazard (整改 → 复查 → 销号), supervision documents
-- (监督文书) with pre-allocated numbers and a verification QR, enforcement actions with the violation they
-- answer, and the fields of the incident (非亡人事故) and dangerous-situation (重大险情) ledgers. Append-only like
-- every migration; CHECK constraints cannot be altered in SQLite, so tables whose value lists grow are rebuilt.

-- Every hazard event carries the role its author held when recording it (inspector | supervisor | province |
-- admin). 销号 needs a supervisor: the fold reads the role from the event itself, so every replica decides the
-- same; the server refuses an event whose role is not the pushing account's. notice_id names the notice a
-- notice_issued event served.
-- 'withdrawn' (the undo of an event) names the event it withdraws in target_event_id.
CREATE TABLE hazard_events_v4 (
    id TEXT PRIMARY KEY,
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
    is_superseded INTEGER NOT NULL DEFAULT 0,
    superseded_reason TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    clock_offset_ms BIGINT,
    is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)),
    actor_role TEXT CHECK (actor_role IS NULL OR actor_role IN ('inspector', 'supervisor', 'province', 'admin')),
    notice_id TEXT,
    target_event_id TEXT
);
INSERT INTO hazard_events_v4 (id, hazard_id, kind, at, actor, note, new_deadline, level, is_superseded,
                              superseded_reason, server_seq, created_at, updated_at, clock_offset_ms,
                              is_time_doubtful)
SELECT id, hazard_id, kind, at, actor, note, new_deadline, level, is_superseded, superseded_reason, server_seq,
       created_at, updated_at, clock_offset_ms, is_time_doubtful
FROM hazard_events;
DROP TABLE hazard_events;
ALTER TABLE hazard_events_v4 RENAME TO hazard_events;
CREATE INDEX hazard_events_hazard ON hazard_events (hazard_id, server_seq);
CREATE INDEX hazard_events_seq ON hazard_events (server_seq);

-- Number blocks exist for every kind of notice (each kind has its own number series).
CREATE TABLE notice_number_blocks_v12 (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rectification', 'stop_work', 'resume_work', 'reinspection', 'supervision',
                                       'enforcement_proposal')),
    prefix TEXT NOT NULL,
    first_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    next_number INTEGER NOT NULL,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (first_number <= next_number AND next_number <= last_number + 1)
);
INSERT INTO notice_number_blocks_v12 SELECT * FROM notice_number_blocks;
DROP TABLE notice_number_blocks;
ALTER TABLE notice_number_blocks_v12 RENAME TO notice_number_blocks;
CREATE INDEX notice_number_blocks_device ON notice_number_blocks (device_id, kind);
CREATE INDEX notice_number_blocks_seq ON notice_number_blocks (server_seq);

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
    hazard_ids TEXT NOT NULL DEFAULT '[]',
    scope TEXT CHECK (scope IS NULL OR scope IN ('partial', 'total')),
    scope_part TEXT,
    inspectors TEXT NOT NULL DEFAULT '[]',
    decision TEXT,
    requirements TEXT,
    legal_basis TEXT,
    original_notice_id TEXT REFERENCES notices (id),
    enforcement_action_id TEXT,
    block_id TEXT,
    status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'voided')),
    void_reason TEXT,
    recipient_signer TEXT,
    received_at TEXT,
    is_refused INTEGER NOT NULL DEFAULT 0 CHECK (is_refused IN (0, 1)),
    content_hash TEXT,
    pdf_sha256 TEXT,
    clock_offset_ms BIGINT,
    is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)),
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (status = 'issued' OR void_reason IS NOT NULL)
);
INSERT INTO notices_v12 (id, project_id, inspection_id, kind, number, issued_at, issued_by, deadline,
                         recipient_enterprise_id, hazard_ids, server_seq, created_at, updated_at)
SELECT id, project_id, inspection_id, kind, number, issued_at, issued_by, deadline, recipient_enterprise_id,
       hazard_ids, server_seq, created_at, updated_at
FROM notices;
DROP TABLE notices;
ALTER TABLE notices_v12 RENAME TO notices;
CREATE INDEX notices_project ON notices (project_id);
CREATE INDEX notices_issued ON notices (issued_at);
CREATE INDEX notices_seq ON notices (server_seq);

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
    hazard_ids TEXT NOT NULL DEFAULT '[]',
    notice_id TEXT,
    decided_by TEXT,
    clock_offset_ms BIGINT,
    is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)),
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO enforcement_actions_v12 (id, project_id, hazard_id, enterprise_id, kind, document_no, amount,
                                     decided_on, note, hazard_ids, server_seq, created_at, updated_at)
SELECT id, project_id, hazard_id, enterprise_id, kind, document_no, amount, decided_on, note,
       CASE WHEN hazard_id IS NULL THEN '[]' ELSE json_array(hazard_id) END, server_seq, created_at, updated_at
FROM enforcement_actions;
DROP TABLE enforcement_actions;
ALTER TABLE enforcement_actions_v12 RENAME TO enforcement_actions;
CREATE INDEX enforcement_actions_project ON enforcement_actions (project_id);
CREATE INDEX enforcement_actions_decided ON enforcement_actions (decided_on);
CREATE INDEX enforcement_actions_seq ON enforcement_actions (server_seq);

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
ALTER TABLE danger_events ADD COLUMN site_situation TEXT;
ALTER TABLE danger_events ADD COLUMN impact TEXT;
ALTER TABLE danger_events ADD COLUMN reported_at TEXT;
ALTER TABLE danger_events ADD COLUMN platform_reported_at TEXT;
ALTER TABLE danger_events ADD COLUMN response TEXT;
ALTER TABLE danger_events ADD COLUMN recorded_by TEXT;
