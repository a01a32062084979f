-- SiteSafe client schema, version 1 (DESIGN.md §3).
-- Append-only: never edit a released migration; add 0002_… instead.
-- Every syncable row has id (UUIDv7 text), server_version (server_seq last seen, NULL if never synced),
-- created_at and updated_at (UTC ISO-8601 with offset). Codes are English text, CHECKed here.

-- Sync switchboard. applying_remote is set to 1 only inside the transaction that applies pulled server data;
-- it is never committed as 1 (the applier resets it before COMMIT, a crash rolls it back).
CREATE TABLE sync_control (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    applying_remote INTEGER NOT NULL DEFAULT 0 CHECK (applying_remote IN (0, 1))
);
INSERT INTO sync_control (id, applying_remote) VALUES (1, 0);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,   -- device_id, server_epoch, cursor, write_checkpoint, last_push_at, last_pull_at
    value TEXT NOT NULL
);

------------------------------------------------------------------------------------------------------------
-- Reference data (server-owned, read-only on the client)
------------------------------------------------------------------------------------------------------------

CREATE TABLE jurisdictions (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('prefecture_city', 'county_city', 'county', 'autonomous_county', 'park')),
    parent_code TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE enterprises (
    id TEXT PRIMARY KEY,
    credit_code TEXT NOT NULL UNIQUE CHECK (length(credit_code) = 18),
    name TEXT NOT NULL,
    legal_representative TEXT,
    qualification TEXT,
    safety_licence_no TEXT,
    safety_licence_expiry TEXT,
    jurisdiction_code TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    platform_no TEXT UNIQUE,
    permit_no TEXT,
    name TEXT NOT NULL,
    address TEXT,
    jurisdiction_code TEXT NOT NULL REFERENCES jurisdictions (code),
    park_code TEXT REFERENCES jurisdictions (code),
    category TEXT NOT NULL CHECK (category IN ('building', 'municipal')),
    structure_type TEXT,
    floor_area REAL,
    contract_value REAL,
    start_date TEXT,
    planned_completion TEXT,
    status TEXT NOT NULL CHECK (status IN ('not_started', 'under_construction', 'suspended', 'completed')),
    progress TEXT,
    latitude REAL,
    longitude REAL,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX projects_jurisdiction ON projects (jurisdiction_code, status);
CREATE INDEX projects_park ON projects (park_code) WHERE park_code IS NOT NULL;
CREATE INDEX projects_permit ON projects (permit_no);

CREATE TABLE project_participants (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'general_contractor', 'subcontractor', 'supervisor', 'designer',
                                       'surveyor')),
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX project_participants_project ON project_participants (project_id);
CREATE INDEX project_participants_enterprise ON project_participants (enterprise_id);

-- ID-card numbers never stored in clear: masked for display, salted sha256 for matching.
CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    id_number_masked TEXT,
    id_number_hash TEXT,
    enterprise_id TEXT REFERENCES enterprises (id),
    phone_masked TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (id_number_masked IS NULL OR id_number_masked GLOB '*[*]*')
);
CREATE INDEX people_enterprise ON people (enterprise_id);
CREATE INDEX people_id_hash ON people (id_number_hash);

CREATE TABLE project_key_people (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    role TEXT NOT NULL CHECK (role IN ('project_manager', 'safety_officer', 'chief_supervisor', 'technical_lead',
                                       'enterprise_principal')),
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX project_key_people_project ON project_key_people (project_id);

CREATE TABLE certificates (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('A', 'B', 'C1', 'C2', 'C3', 'special_operation', 'constructor',
                                       'supervision_engineer')),
    operation_kind TEXT,
    number TEXT NOT NULL,
    holder_person_id TEXT REFERENCES people (id),
    issuer TEXT,
    issued_on TEXT,
    valid_until TEXT,
    e_certificate_code TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX certificates_holder ON certificates (holder_person_id);
CREATE INDEX certificates_number ON certificates (number);
CREATE INDEX certificates_validity ON certificates (valid_until);

CREATE TABLE equipment (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    kind TEXT NOT NULL CHECK (kind IN ('tower_crane', 'construction_hoist', 'material_hoist')),
    model TEXT,
    serial_no TEXT,
    owner_enterprise_id TEXT REFERENCES enterprises (id),
    filing_no TEXT,
    use_registration_no TEXT,
    installation_notified_on TEXT,
    accepted_on TEXT,
    registered_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('installing', 'in_use', 'dismantled')),
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX equipment_project ON equipment (project_id);

CREATE TABLE dangerous_works (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    category TEXT NOT NULL CHECK (category IN ('excavation', 'formwork', 'lifting', 'scaffolding', 'demolition',
                                               'tunnelling', 'other')),
    description TEXT,
    is_over_scale INTEGER NOT NULL DEFAULT 0 CHECK (is_over_scale IN (0, 1)),
    plan_status TEXT NOT NULL CHECK (plan_status IN ('missing', 'drafted', 'reviewed', 'approved')),
    expert_review TEXT NOT NULL CHECK (expert_review IN ('not_required', 'pending', 'passed', 'passed_with_changes',
                                                         'failed')),
    acceptance_status TEXT NOT NULL CHECK (acceptance_status IN ('not_required', 'pending', 'accepted', 'failed')),
    monitoring_unit TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX dangerous_works_project ON dangerous_works (project_id);

CREATE TABLE criteria_sets (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,          -- V2024, V2022, JGJ59-2011
    kind TEXT NOT NULL CHECK (kind IN ('major_hazard_criteria', 'score_sheets')),
    edition INTEGER,
    title TEXT NOT NULL,
    document TEXT,
    catalog_version INTEGER NOT NULL,
    effective_on TEXT,
    repealed_on TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE criteria_items (
    id TEXT PRIMARY KEY,
    set_id TEXT NOT NULL REFERENCES criteria_sets (id),
    code TEXT NOT NULL UNIQUE,           -- V2024-08-04, V2024-05-04-1, B.1-01
    parent_code TEXT,                    -- conditions: their item; score-sheet items: their sheet (B.1)
    level TEXT NOT NULL CHECK (level IN ('item', 'condition', 'sheet_item')),
    article_number INTEGER,
    article_title TEXT,
    item_number INTEGER,
    text TEXT NOT NULL,
    is_uncertain INTEGER NOT NULL DEFAULT 0,
    requires_reason INTEGER NOT NULL DEFAULT 0,
    item_kind TEXT CHECK (item_kind IN ('guaranteed', 'general', 'unsplit')),
    points REAL,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX criteria_items_set ON criteria_items (set_id, code);

-- Versioned checklist templates; a (code, version) pair is never reused.
CREATE TABLE checklist_templates (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    source_set_code TEXT,
    item_codes TEXT NOT NULL,            -- JSON array of criteria_items.code
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE notice_number_blocks (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rectification', 'stop_work')),
    prefix TEXT NOT NULL,
    first_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    next_number INTEGER NOT NULL,        -- local counter; the only column the client advances
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (first_number <= next_number AND next_number <= last_number + 1)
);

------------------------------------------------------------------------------------------------------------
-- Field data (created on clients)
------------------------------------------------------------------------------------------------------------

CREATE TABLE inspections (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    round INTEGER NOT NULL DEFAULT 0 CHECK (round IN (0, 1, 2)),
    kind TEXT NOT NULL CHECK (kind IN ('round', 'special', 'reinspection', 'random', 'supervision')),
    inspectors TEXT NOT NULL CHECK (json_valid(inspectors) AND json_array_length(inspectors) >= 2),
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'signed')),
    template_code TEXT,
    notes TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX inspections_project ON inspections (project_id, started_at);
CREATE INDEX inspections_round ON inspections (round, project_id);

CREATE TABLE inspection_answers (
    id TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    item_code TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'not_applicable')),
    note TEXT,
    deduction REAL NOT NULL DEFAULT 0,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (inspection_id, item_code)
);

-- status, is_supervision_listed, supervision_level, effective_deadline and closed_at are a cache of the fold of
-- hazard_events (core HazardLifecycle), written by HazardRepository and the pull applier, never synced.
CREATE TABLE hazards (
    seq INTEGER PRIMARY KEY,             -- stable local row number (FTS rowid, keyset paging), never synced
    id TEXT NOT NULL UNIQUE,
    inspection_id TEXT REFERENCES inspections (id),
    project_id TEXT NOT NULL REFERENCES projects (id),
    criteria_set TEXT NOT NULL DEFAULT 'V2024',
    criteria_item TEXT,
    is_major INTEGER NOT NULL DEFAULT 0 CHECK (is_major IN (0, 1)),
    description TEXT NOT NULL,
    location TEXT,
    measure TEXT NOT NULL CHECK (measure IN ('immediate', 'deadline', 'partial_stop', 'full_stop', 'evacuate')),
    deadline TEXT,
    responsible_enterprise_id TEXT REFERENCES enterprises (id),
    responsible_person TEXT,
    found_at TEXT NOT NULL,
    found_by TEXT NOT NULL,
    equipment_id TEXT REFERENCES equipment (id),
    dangerous_work_id TEXT REFERENCES dangerous_works (id),
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'rectifying', 'reported', 'verified', 'closed', 'voided')),
    is_supervision_listed INTEGER NOT NULL DEFAULT 0,
    supervision_level TEXT,
    effective_deadline TEXT,
    closed_at TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX hazards_project ON hazards (project_id, found_at);
CREATE INDEX hazards_status ON hazards (status, effective_deadline);
CREATE INDEX hazards_found ON hazards (found_at, id);
CREATE INDEX hazards_criteria ON hazards (criteria_item);
CREATE INDEX hazards_inspection ON hazards (inspection_id);

-- Append-only history; the order among events is server order (server_version), then local order (seq).
CREATE TABLE hazard_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    hazard_id TEXT NOT NULL REFERENCES hazards (id),
    kind TEXT NOT NULL CHECK (kind IN ('created', 'notice_issued', 'rectification_reported', 'reinspected_pass',
                                       'reinspected_fail', 'closed', 'reopened', 'deadline_extended',
                                       'supervision_listed', 'supervision_lifted', 'comment', 'voided')),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT,
    new_deadline TEXT,
    level TEXT CHECK (level IS NULL OR level IN ('province', 'city', 'county')),
    is_superseded INTEGER NOT NULL DEFAULT 0,   -- cache of the fold, never synced
    superseded_reason TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX hazard_events_hazard ON hazard_events (hazard_id, seq);

CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    inspection_id TEXT REFERENCES inspections (id),
    kind TEXT NOT NULL CHECK (kind IN ('rectification', 'stop_work')),
    number TEXT NOT NULL UNIQUE,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    deadline TEXT,
    recipient_enterprise_id TEXT REFERENCES enterprises (id),
    hazard_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hazard_ids)),
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notices_project ON notices (project_id);

CREATE TABLE certificate_checks (
    id TEXT PRIMARY KEY,
    inspection_id TEXT REFERENCES inspections (id),
    certificate_id TEXT REFERENCES certificates (id),
    number TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('valid', 'expired', 'mismatch', 'unverifiable')),
    checked_at TEXT NOT NULL,
    checked_by TEXT NOT NULL,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX certificate_checks_inspection ON certificate_checks (inspection_id);

CREATE TABLE enforcement_actions (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    hazard_id TEXT REFERENCES hazards (id),
    enterprise_id TEXT REFERENCES enterprises (id),
    kind TEXT NOT NULL CHECK (kind IN ('warning_letter', 'interview', 'circular', 'fine', 'stop_work',
                                       'qualification_downgrade', 'qualification_revoked', 'licence_suspended',
                                       'credit_record', 'enforcement_proposal')),
    document_no TEXT,
    amount REAL NOT NULL DEFAULT 0,
    decided_on TEXT,
    note TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX enforcement_actions_project ON enforcement_actions (project_id);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    occurred_at TEXT NOT NULL,
    location TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('fall', 'struck_by', 'collapse', 'lifting', 'machinery', 'electric',
                                       'poisoning', 'fire', 'vehicle', 'drowning', 'other')),
    deaths INTEGER NOT NULL DEFAULT 0 CHECK (deaths >= 0),
    serious_injuries INTEGER NOT NULL DEFAULT 0 CHECK (serious_injuries >= 0),
    minor_injuries INTEGER NOT NULL DEFAULT 0 CHECK (minor_injuries >= 0),
    missing INTEGER NOT NULL DEFAULT 0 CHECK (missing >= 0),
    direct_loss REAL NOT NULL DEFAULT 0,
    summary TEXT,
    platform_reported_at TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_project ON incidents (project_id, occurred_at);

CREATE TABLE danger_events (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    occurred_at TEXT NOT NULL,
    part TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('excavation_collapse', 'formwork_collapse', 'scaffold_collapse',
                                       'crane_overturn', 'tunnel_inrush', 'confined_space', 'fire', 'typhoon',
                                       'other')),
    description TEXT,
    evacuated INTEGER NOT NULL DEFAULT 0,
    hazard_id TEXT REFERENCES hazards (id),
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX danger_events_project ON danger_events (project_id, occurred_at);

CREATE TABLE monthly_reports (
    id TEXT PRIMARY KEY,
    jurisdiction_code TEXT NOT NULL,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    figures TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(figures)),
    submitted_at TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (jurisdiction_code, month)
);

------------------------------------------------------------------------------------------------------------
-- Evidence
------------------------------------------------------------------------------------------------------------

-- One row per distinct content (sha256). local_path is relative to the store's blobs/ folder; NULL while
-- the bytes exist only on the server.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    mime TEXT NOT NULL,
    local_path TEXT,
    captured_at TEXT,
    latitude REAL,
    longitude REAL,
    upload_state TEXT NOT NULL CHECK (upload_state IN ('local', 'uploading', 'uploaded', 'remote_only')),
    created_at TEXT NOT NULL
);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    owner_entity TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    blob_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    role TEXT NOT NULL CHECK (role IN ('photo', 'signature', 'notice_pdf')),
    caption TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX attachments_owner ON attachments (owner_entity, owner_id);

------------------------------------------------------------------------------------------------------------
-- Sync bookkeeping
------------------------------------------------------------------------------------------------------------

-- One mutation per local change, written by triggers (0002) in the same transaction as the change.
-- fields: {"column": {"value": new, "base": old}}; base is absent for inserts.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- local order; client_seq is assigned when a batch is frozen
    mutation_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update')),
    base_version INTEGER,
    fields TEXT NOT NULL CHECK (json_valid(fields)),
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_flight', 'applied', 'duplicate', 'conflict', 'rejected')),
    client_seq INTEGER UNIQUE,
    batch_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    result TEXT,
    server_seq INTEGER,
    last_error TEXT
);
CREATE INDEX outbox_state ON outbox (state, seq);
CREATE INDEX outbox_entity ON outbox (entity, entity_id);

CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    local_value TEXT,
    server_value TEXT,
    base_value TEXT,
    mutation_id TEXT,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT CHECK (resolution IS NULL OR resolution IN ('local', 'server', 'edited'))
);
CREATE INDEX conflicts_open ON conflicts (entity, entity_id) WHERE resolved_at IS NULL;

-- Hash-chained: hash = sha256(prev_hash | at | actor | action | entity | entity_id | detail). Written by
-- storage/AuditLog in the same transaction as the action; verified by `sitesafe-cli check`.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT,
    entity_id TEXT,
    detail TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
