-- SiteSafe server schema, version 1 (DESIGN.md §2–§4, sync-anchors §2). Append-only: add 0002_… instead.
-- Entity tables mirror sql/client/0001_schema.sql (same table and column names: they are the wire format);
-- every row carries server_seq, the change order the server assigned when it last wrote the row.
-- Dialect: SQLite (one machine; WAL, single writer).

CREATE TABLE jurisdictions (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('prefecture_city', 'county_city', 'county', 'autonomous_county', 'park')),
    parent_code TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX jurisdictions_seq ON jurisdictions (server_seq);

CREATE TABLE enterprises (
    id TEXT PRIMARY KEY,
    credit_code TEXT NOT NULL UNIQUE CHECK (length(credit_code) = 18),
    name TEXT NOT NULL,
    legal_representative TEXT,
    qualification TEXT,
    safety_licence_no TEXT,
    safety_licence_expiry TEXT,
    jurisdiction_code TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX enterprises_seq ON enterprises (server_seq);

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
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX projects_jurisdiction ON projects (jurisdiction_code, status);
CREATE INDEX projects_park ON projects (park_code) WHERE park_code IS NOT NULL;
CREATE INDEX projects_permit ON projects (permit_no);
CREATE INDEX projects_seq ON projects (server_seq);

CREATE TABLE project_participants (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'general_contractor', 'subcontractor', 'supervisor', 'designer',
                                       'surveyor')),
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX project_participants_project ON project_participants (project_id);
CREATE INDEX project_participants_enterprise ON project_participants (enterprise_id);
CREATE INDEX project_participants_seq ON project_participants (server_seq);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    id_number_masked TEXT,
    id_number_hash TEXT,
    enterprise_id TEXT REFERENCES enterprises (id),
    phone_masked TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_enterprise ON people (enterprise_id);
CREATE INDEX people_id_hash ON people (id_number_hash);
CREATE INDEX people_seq ON people (server_seq);

CREATE TABLE project_key_people (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    role TEXT NOT NULL CHECK (role IN ('project_manager', 'safety_officer', 'chief_supervisor', 'technical_lead',
                                       'enterprise_principal')),
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX project_key_people_project ON project_key_people (project_id);
CREATE INDEX project_key_people_seq ON project_key_people (server_seq);

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
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX certificates_holder ON certificates (holder_person_id);
CREATE INDEX certificates_number ON certificates (number);
CREATE INDEX certificates_validity ON certificates (valid_until);
CREATE INDEX certificates_seq ON certificates (server_seq);

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
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX equipment_project ON equipment (project_id);
CREATE INDEX equipment_seq ON equipment (server_seq);

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
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX dangerous_works_project ON dangerous_works (project_id);
CREATE INDEX dangerous_works_seq ON dangerous_works (server_seq);

CREATE TABLE criteria_sets (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('major_hazard_criteria', 'score_sheets')),
    edition INTEGER,
    title TEXT NOT NULL,
    document TEXT,
    catalog_version INTEGER NOT NULL,
    effective_on TEXT,
    repealed_on TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX criteria_sets_seq ON criteria_sets (server_seq);

CREATE TABLE criteria_items (
    id TEXT PRIMARY KEY,
    set_id TEXT NOT NULL REFERENCES criteria_sets (id),
    code TEXT NOT NULL UNIQUE,
    parent_code TEXT,
    level TEXT NOT NULL CHECK (level IN ('item', 'condition', 'sheet_item')),
    article_number INTEGER,
    article_title TEXT,
    item_number INTEGER,
    text TEXT NOT NULL,
    is_uncertain INTEGER NOT NULL DEFAULT 0,
    requires_reason INTEGER NOT NULL DEFAULT 0,
    item_kind TEXT CHECK (item_kind IN ('guaranteed', 'general', 'unsplit')),
    points REAL,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX criteria_items_set ON criteria_items (set_id, code);
CREATE INDEX criteria_items_seq ON criteria_items (server_seq);

CREATE TABLE checklist_templates (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    source_set_code TEXT,
    item_codes TEXT NOT NULL,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (code, version)
);
CREATE INDEX checklist_templates_seq ON checklist_templates (server_seq);

CREATE TABLE notice_number_blocks (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rectification', 'stop_work')),
    prefix TEXT NOT NULL,
    first_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    next_number INTEGER NOT NULL,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (first_number <= next_number AND next_number <= last_number + 1)
);
CREATE INDEX notice_number_blocks_seq ON notice_number_blocks (server_seq);

CREATE TABLE inspections (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    round INTEGER NOT NULL DEFAULT 0 CHECK (round IN (0, 1, 2)),
    kind TEXT NOT NULL CHECK (kind IN ('round', 'special', 'reinspection', 'random', 'supervision')),
    inspectors TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'signed')),
    template_code TEXT,
    notes TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX inspections_project ON inspections (project_id, started_at);
CREATE INDEX inspections_round ON inspections (round, project_id);
CREATE INDEX inspections_seq ON inspections (server_seq);

CREATE TABLE inspection_answers (
    id TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    item_code TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'not_applicable')),
    note TEXT,
    deduction REAL NOT NULL DEFAULT 0,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (inspection_id, item_code)
);
CREATE INDEX inspection_answers_seq ON inspection_answers (server_seq);

CREATE TABLE hazards (
    id TEXT PRIMARY KEY,
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
    reporter_name TEXT,
    reporter_contact TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX hazards_project ON hazards (project_id, found_at);
CREATE INDEX hazards_status ON hazards (status, effective_deadline);
CREATE INDEX hazards_found ON hazards (found_at, id);
CREATE INDEX hazards_criteria ON hazards (criteria_item);
CREATE INDEX hazards_inspection ON hazards (inspection_id);
CREATE INDEX hazards_seq ON hazards (server_seq);

CREATE TABLE hazard_events (
    id TEXT PRIMARY KEY,
    hazard_id TEXT NOT NULL REFERENCES hazards (id),
    kind TEXT NOT NULL CHECK (kind IN ('created', 'notice_issued', 'rectification_reported', 'reinspected_pass',
                                       'reinspected_fail', 'closed', 'reopened', 'deadline_extended',
                                       'supervision_listed', 'supervision_lifted', 'comment', 'voided')),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT,
    new_deadline TEXT,
    level TEXT CHECK (level IS NULL OR level IN ('province', 'city', 'county')),
    is_superseded INTEGER NOT NULL DEFAULT 0,
    superseded_reason TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX hazard_events_hazard ON hazard_events (hazard_id, server_seq);
CREATE INDEX hazard_events_seq ON hazard_events (server_seq);

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
    hazard_ids TEXT NOT NULL DEFAULT '[]',
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notices_project ON notices (project_id);
CREATE INDEX notices_seq ON notices (server_seq);

CREATE TABLE certificate_checks (
    id TEXT PRIMARY KEY,
    inspection_id TEXT REFERENCES inspections (id),
    certificate_id TEXT REFERENCES certificates (id),
    number TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('valid', 'expired', 'mismatch', 'unverifiable')),
    checked_at TEXT NOT NULL,
    checked_by TEXT NOT NULL,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX certificate_checks_inspection ON certificate_checks (inspection_id);
CREATE INDEX certificate_checks_seq ON certificate_checks (server_seq);

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
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX enforcement_actions_project ON enforcement_actions (project_id);
CREATE INDEX enforcement_actions_seq ON enforcement_actions (server_seq);

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
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_project ON incidents (project_id, occurred_at);
CREATE INDEX incidents_seq ON incidents (server_seq);

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
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX danger_events_project ON danger_events (project_id, occurred_at);
CREATE INDEX danger_events_seq ON danger_events (server_seq);

CREATE TABLE monthly_reports (
    id TEXT PRIMARY KEY,
    jurisdiction_code TEXT NOT NULL,
    month TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    figures TEXT NOT NULL DEFAULT '{}',
    submitted_at TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (jurisdiction_code, month)
);
CREATE INDEX monthly_reports_seq ON monthly_reports (server_seq);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    owner_entity TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    blob_sha256 TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('photo', 'signature', 'notice_pdf')),
    caption TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX attachments_owner ON attachments (owner_entity, owner_id);
CREATE INDEX attachments_seq ON attachments (server_seq);

------------------------------------------------------------------------------------------------------------
-- Server bookkeeping (never synced)
------------------------------------------------------------------------------------------------------------

-- epoch: a UUID made when the database is created (or restored: change it then); part of every cursor.
CREATE TABLE server_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The one source of server_seq. PostgreSQL writers lock this row first (SELECT … FOR UPDATE), so seq order
-- equals commit order; SQLite has a single writer anyway.
CREATE TABLE seq_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO seq_counter (id, value) VALUES (1, 0);

-- One entry per row, moved to the row's latest server_seq on every change (pull reads this in seq order).
-- jurisdiction_code / device_id: the row's scope, computed from the entity rule when the row is written;
-- both NULL for province-wide reference data.
CREATE TABLE change_log (
    server_seq BIGINT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    jurisdiction_code TEXT,
    device_id TEXT,
    UNIQUE (entity, entity_id)
);
CREATE INDEX change_log_jurisdiction ON change_log (jurisdiction_code, server_seq);
CREATE INDEX change_log_device ON change_log (device_id, server_seq);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('inspector', 'supervisor', 'province', 'admin')),
    jurisdiction_code TEXT,
    password_hash TEXT NOT NULL,
    is_disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    CHECK (role IN ('province', 'admin') OR jurisdiction_code IS NOT NULL)
);

-- last_client_seq: the highest client_seq processed (applied, conflict or rejected) for the device.
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    last_client_seq BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_seen_at TEXT
);

-- Exactly-once: written in the transaction that applies the mutation; a repeat returns the stored result.
CREATE TABLE applied_mutations (
    device_id TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    client_seq BIGINT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'conflict', 'rejected')),
    server_seq BIGINT,
    result TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (device_id, mutation_id),
    UNIQUE (device_id, client_seq)
);

-- Both values of a field two sides changed; the server value stayed.
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    server_value TEXT,
    client_value TEXT,
    base_value TEXT,
    device_id TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    server_seq BIGINT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX conflicts_entity ON conflicts (entity, entity_id);

-- Tokens are random and stored only as sha256 hashes. Times are Unix milliseconds.
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    device_id TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    device_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX access_tokens_family ON access_tokens (family_id);

CREATE TABLE login_failures (
    name TEXT NOT NULL,
    remote_address TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_name ON login_failures (name, at);

-- Content-addressed photos and documents; the bytes live in DATA_DIR/blobs/ab/<sha256>.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size BIGINT NOT NULL,
    mime TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Who may download a blob: the uploader's 市县 and the 市县 of every attachment row naming it ('' = province).
CREATE TABLE blob_access (
    sha256 TEXT NOT NULL,
    jurisdiction_code TEXT NOT NULL,
    PRIMARY KEY (sha256, jurisdiction_code)
);

CREATE TABLE blob_uploads (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    device_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    length BIGINT NOT NULL,
    upload_offset BIGINT NOT NULL DEFAULT 0,
    mime TEXT NOT NULL,
    filename TEXT,
    created_at TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Next free notice number per 市县, kind and year; blocks are cut from here for one device at a time.
CREATE TABLE notice_counters (
    jurisdiction_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    next_number BIGINT NOT NULL,
    PRIMARY KEY (jurisdiction_code, kind, year)
);

-- Every write, in the transaction of the write. Never holds passwords, tokens or personal data.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    device_id TEXT,
    action TEXT NOT NULL,
    entity TEXT,
    entity_id TEXT,
    detail TEXT
);
