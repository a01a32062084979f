-- index attachments_owner on attachments
CREATE INDEX attachments_owner ON attachments (owner_entity, owner_id);

-- index campaigns_period on campaigns
CREATE INDEX campaigns_period ON campaigns (starts_on, ends_on);

-- index certificate_checks_inspection on certificate_checks
CREATE INDEX certificate_checks_inspection ON certificate_checks (inspection_id);

-- index certificates_holder on certificates
CREATE INDEX certificates_holder ON certificates (holder_person_id);

-- index certificates_number on certificates
CREATE INDEX certificates_number ON certificates (number);

-- index certificates_validity on certificates
CREATE INDEX certificates_validity ON certificates (valid_until);

-- index conflicts_open on conflicts
CREATE INDEX conflicts_open ON conflicts (entity, entity_id) WHERE resolved_at IS NULL;

-- index criteria_items_set on criteria_items
CREATE INDEX criteria_items_set ON criteria_items (set_id, code);

-- index danger_events_project on danger_events
CREATE INDEX danger_events_project ON danger_events (project_id, occurred_at);

-- index dangerous_works_project on dangerous_works
CREATE INDEX dangerous_works_project ON dangerous_works (project_id);

-- index enforcement_actions_decided on enforcement_actions
CREATE INDEX enforcement_actions_decided ON enforcement_actions (decided_on);

-- index enforcement_actions_project on enforcement_actions
CREATE INDEX enforcement_actions_project ON enforcement_actions (project_id);

-- index equipment_project on equipment
CREATE INDEX equipment_project ON equipment (project_id);

-- index hazard_events_hazard on hazard_events
CREATE INDEX hazard_events_hazard ON hazard_events (hazard_id, seq);

-- index hazards_criteria on hazards
CREATE INDEX hazards_criteria ON hazards (criteria_item);

-- index hazards_found on hazards
CREATE INDEX hazards_found ON hazards (found_at, id);

-- index hazards_inspection on hazards
CREATE INDEX hazards_inspection ON hazards (inspection_id);

-- index hazards_ledger_major on hazards
CREATE INDEX hazards_ledger_major ON hazards (found_at, project_id, status, is_major) WHERE is_major = 1;

-- index hazards_ledger_running on hazards
CREATE INDEX hazards_ledger_running ON hazards (found_at, project_id, status, is_major)
    WHERE is_major = 1 AND status IN ('open', 'rectifying', 'reported', 'verified');

-- index hazards_list_criteria on hazards
CREATE INDEX hazards_list_criteria ON hazards (coalesce(criteria_item, ''));

-- index hazards_list_deadline on hazards
CREATE INDEX hazards_list_deadline ON hazards (coalesce(effective_deadline, ''), found_at);

-- index hazards_list_description on hazards
CREATE INDEX hazards_list_description ON hazards (description);

-- index hazards_list_found_at on hazards
CREATE INDEX hazards_list_found_at ON hazards (found_at);

-- index hazards_list_found_by on hazards
CREATE INDEX hazards_list_found_by ON hazards (found_by);

-- index hazards_list_major on hazards
CREATE INDEX hazards_list_major ON hazards (is_major);

-- index hazards_list_measure on hazards
CREATE INDEX hazards_list_measure ON hazards (measure);

-- index hazards_list_open on hazards
CREATE INDEX hazards_list_open ON hazards (status, effective_deadline, is_major, project_id);

-- index hazards_list_status on hazards
CREATE INDEX hazards_list_status ON hazards (status);

-- index hazards_list_supervision on hazards
CREATE INDEX hazards_list_supervision ON hazards (coalesce(supervision_level, ''));

-- index hazards_project on hazards
CREATE INDEX hazards_project ON hazards (project_id, found_at);

-- index hazards_status on hazards
CREATE INDEX hazards_status ON hazards (status, effective_deadline);

-- index incidents_project on incidents
CREATE INDEX incidents_project ON incidents (project_id, occurred_at);

-- index inspections_project on inspections
CREATE INDEX inspections_project ON inspections (project_id, started_at);

-- index inspections_round on inspections
CREATE INDEX inspections_round ON inspections (round, project_id);

-- index inspections_status on inspections
CREATE INDEX inspections_status ON inspections (status, started_at);

-- index notice_number_blocks_device on notice_number_blocks
CREATE INDEX notice_number_blocks_device ON notice_number_blocks (device_id, kind);

-- index notices_issued on notices
CREATE INDEX notices_issued ON notices (issued_at);

-- index notices_project on notices
CREATE INDEX notices_project ON notices (project_id);

-- index outbox_entity on outbox
CREATE INDEX outbox_entity ON outbox (entity, entity_id);

-- index outbox_in_flight on outbox
CREATE INDEX outbox_in_flight ON outbox (batch_id, client_seq) WHERE state = 'in_flight';

-- index outbox_state on outbox
CREATE INDEX outbox_state ON outbox (state, seq);

-- index people_enterprise on people
CREATE INDEX people_enterprise ON people (enterprise_id);

-- index people_id_hash on people
CREATE INDEX people_id_hash ON people (id_number_hash);

-- index project_key_people_project on project_key_people
CREATE INDEX project_key_people_project ON project_key_people (project_id);

-- index project_participants_enterprise on project_participants
CREATE INDEX project_participants_enterprise ON project_participants (enterprise_id);

-- index project_participants_project on project_participants
CREATE INDEX project_participants_project ON project_participants (project_id);

-- index projects_jurisdiction on projects
CREATE INDEX projects_jurisdiction ON projects (jurisdiction_code, status);

-- index projects_jurisdiction_sort on projects
CREATE INDEX projects_jurisdiction_sort ON projects (jurisdiction_code || char(31) || name || char(31) || id);

-- index projects_name on projects
CREATE INDEX projects_name ON projects (name);

-- index projects_park on projects
CREATE INDEX projects_park ON projects (park_code) WHERE park_code IS NOT NULL;

-- index projects_park_ids on projects
CREATE INDEX projects_park_ids ON projects (park_code, id) WHERE park_code IS NOT NULL;

-- index projects_permit on projects
CREATE INDEX projects_permit ON projects (permit_no);

-- index projects_place_ids on projects
CREATE INDEX projects_place_ids ON projects (jurisdiction_code, id);

-- table annual_summaries on annual_summaries
CREATE TABLE annual_summaries (
    id TEXT PRIMARY KEY,
    jurisdiction_code TEXT NOT NULL,
    first_month TEXT NOT NULL CHECK (first_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    last_month TEXT NOT NULL CHECK (last_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    label TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    figures TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(figures)),
    summary_text TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (first_month <= last_month),
    UNIQUE (jurisdiction_code, first_month, last_month)
);

-- table attachments on attachments
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
, captured_at TEXT, latitude REAL, longitude REAL, evidence_flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence_flags)), signer TEXT, clock_offset_ms INTEGER, is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)));

-- table audit_log on audit_log
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

-- table blob_uploads on blob_uploads
CREATE TABLE blob_uploads (
    sha256 TEXT PRIMARY KEY REFERENCES blobs (sha256),
    upload_url TEXT NOT NULL,
    acknowledged_offset INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged_offset >= 0),
    updated_at TEXT NOT NULL
);

-- table blobs on blobs
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

-- table campaigns on campaigns
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

-- table certificate_checks on certificate_checks
CREATE TABLE "certificate_checks" (
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

-- table certificates on certificates
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

-- table checklist_templates on checklist_templates
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

-- table conflicts on conflicts
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

-- table criteria_items on criteria_items
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

-- table criteria_sets on criteria_sets
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

-- table danger_events on danger_events
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
, site_situation TEXT, impact TEXT, reported_at TEXT, platform_reported_at TEXT, response TEXT, recorded_by TEXT);

-- table dangerous_works on dangerous_works
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

-- table enforcement_actions on enforcement_actions
CREATE TABLE "enforcement_actions" (
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

-- table enterprises on enterprises
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

-- table equipment on equipment
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

-- table hazard_events on hazard_events
CREATE TABLE "hazard_events" (
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

-- table hazard_grams on hazard_grams
CREATE VIRTUAL TABLE hazard_grams USING fts5(
    bigrams,
    content = 'hazard_search_bigrams', content_rowid = 'seq',
    tokenize = 'ascii', detail = none
);

-- table hazard_grams_config on hazard_grams_config
CREATE TABLE 'hazard_grams_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table hazard_grams_data on hazard_grams_data
CREATE TABLE 'hazard_grams_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table hazard_grams_docsize on hazard_grams_docsize
CREATE TABLE 'hazard_grams_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table hazard_grams_idx on hazard_grams_idx
CREATE TABLE 'hazard_grams_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table hazard_place_counts on hazard_place_counts
CREATE TABLE hazard_place_counts (
    place_code TEXT PRIMARY KEY,
    hazards INTEGER NOT NULL
) WITHOUT ROWID;

-- table hazards on hazards
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
, basis_text TEXT, clock_offset_ms INTEGER, is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)));

-- table hazards_fts on hazards_fts
CREATE VIRTUAL TABLE hazards_fts USING fts5(
    description, location, project_name, criterion_text,
    tokenize = 'trigram'
);

-- table hazards_fts_config on hazards_fts_config
CREATE TABLE 'hazards_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table hazards_fts_content on hazards_fts_content
CREATE TABLE 'hazards_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);

-- table hazards_fts_data on hazards_fts_data
CREATE TABLE 'hazards_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table hazards_fts_docsize on hazards_fts_docsize
CREATE TABLE 'hazards_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table hazards_fts_idx on hazards_fts_idx
CREATE TABLE 'hazards_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table held_pulled_rows on held_pulled_rows
CREATE TABLE held_pulled_rows (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    server_seq INTEGER NOT NULL,
    row_json TEXT NOT NULL CHECK (json_valid(row_json)),
    broken_constraint TEXT NOT NULL,
    first_held_at TEXT NOT NULL,
    last_tried_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    PRIMARY KEY (entity, entity_id)
);

-- table incidents on incidents
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
, part TEXT, unit_reported_at TEXT, emergency_response TEXT, cause TEXT, investigation TEXT, investigation_closed_on TEXT, recorded_by TEXT);

-- table inspection_answers on inspection_answers
CREATE TABLE inspection_answers (
    id TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    item_code TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'not_applicable')),
    note TEXT,
    deduction REAL NOT NULL DEFAULT 0,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, is_withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (is_withdrawn IN (0, 1)), clock_offset_ms INTEGER, is_time_doubtful INTEGER NOT NULL DEFAULT 0
    CHECK (is_time_doubtful IN (0, 1)),
    UNIQUE (inspection_id, item_code)
);

-- table inspections on inspections
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
, checklists TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(checklists)), site_representative TEXT, signed_at TEXT, amends_inspection_id TEXT REFERENCES inspections (id), clock_offset_ms INTEGER, is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1)));

-- table jurisdictions on jurisdictions
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

-- table monthly_reports on monthly_reports
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

-- table notice_number_blocks on notice_number_blocks
CREATE TABLE "notice_number_blocks" (
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

-- table notices on notices
CREATE TABLE "notices" (
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

-- table outbox on outbox
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
, content_hash TEXT CHECK (content_hash IS NULL OR length(content_hash) = 64));

-- table people on people
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

-- table project_key_people on project_key_people
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

-- table project_participants on project_participants
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

-- table projects on projects
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

-- table search_positions on search_positions
CREATE TABLE search_positions (n INTEGER PRIMARY KEY);

-- table search_tokens_writer on search_tokens_writer
CREATE TABLE search_tokens_writer (id INTEGER PRIMARY KEY CHECK (id = 1));

-- table sync_control on sync_control
CREATE TABLE sync_control (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    applying_remote INTEGER NOT NULL DEFAULT 0 CHECK (applying_remote IN (0, 1))
, clock_now TEXT);

-- table sync_state on sync_state
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,   -- device_id, server_epoch, cursor, write_checkpoint, last_push_at, last_pull_at
    value TEXT NOT NULL
);

-- trigger annual_summaries_no_delete on annual_summaries
CREATE TRIGGER annual_summaries_no_delete BEFORE DELETE ON annual_summaries
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: annual_summaries rows are never deleted; void them instead');
END;

-- trigger annual_summaries_outbox_insert on annual_summaries
CREATE TRIGGER annual_summaries_outbox_insert AFTER INSERT ON annual_summaries
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'annual_summaries', NEW.id, 'insert', NULL, json_object(
            'jurisdiction_code', json_object('value', NEW.jurisdiction_code),
            'first_month', json_object('value', NEW.first_month),
            'last_month', json_object('value', NEW.last_month),
            'label', json_object('value', NEW.label),
            'status', json_object('value', NEW.status),
            'figures', json_object('value', NEW.figures),
            'summary_text', json_object('value', NEW.summary_text),
            'submitted_at', json_object('value', NEW.submitted_at),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

-- trigger annual_summaries_outbox_update on annual_summaries
CREATE TRIGGER annual_summaries_outbox_update AFTER UPDATE ON annual_summaries
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.jurisdiction_code IS NOT OLD.jurisdiction_code
        OR NEW.first_month IS NOT OLD.first_month
        OR NEW.last_month IS NOT OLD.last_month
        OR NEW.label IS NOT OLD.label
        OR NEW.status IS NOT OLD.status
        OR NEW.figures IS NOT OLD.figures
        OR NEW.summary_text IS NOT OLD.summary_text
        OR NEW.submitted_at IS NOT OLD.submitted_at)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'annual_summaries', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'jurisdiction_code' AS name, json_object('value', NEW.jurisdiction_code, 'base', OLD.jurisdiction_code) AS change WHERE NEW.jurisdiction_code IS NOT OLD.jurisdiction_code
                UNION ALL SELECT 'first_month' AS name, json_object('value', NEW.first_month, 'base', OLD.first_month) AS change WHERE NEW.first_month IS NOT OLD.first_month
                UNION ALL SELECT 'last_month' AS name, json_object('value', NEW.last_month, 'base', OLD.last_month) AS change WHERE NEW.last_month IS NOT OLD.last_month
                UNION ALL SELECT 'label' AS name, json_object('value', NEW.label, 'base', OLD.label) AS change WHERE NEW.label IS NOT OLD.label
                UNION ALL SELECT 'status' AS name, json_object('value', NEW.status, 'base', OLD.status) AS change WHERE NEW.status IS NOT OLD.status
                UNION ALL SELECT 'figures' AS name, json_object('value', NEW.figures, 'base', OLD.figures) AS change WHERE NEW.figures IS NOT OLD.figures
                UNION ALL SELECT 'summary_text' AS name, json_object('value', NEW.summary_text, 'base', OLD.summary_text) AS change WHERE NEW.summary_text IS NOT OLD.summary_text
                UNION ALL SELECT 'submitted_at' AS name, json_object('value', NEW.submitted_at, 'base', OLD.submitted_at) AS change WHERE NEW.submitted_at IS NOT OLD.submitted_at
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

-- trigger attachments_no_delete on attachments
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: attachments rows are never deleted; void them instead');
END;

-- trigger attachments_outbox_insert on attachments
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

-- trigger attachments_outbox_update on attachments
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

-- trigger campaigns_read_only_delete on campaigns
CREATE TRIGGER campaigns_read_only_delete BEFORE DELETE ON campaigns
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: campaigns is reference data owned by the provincial server');
END;

-- trigger campaigns_read_only_insert on campaigns
CREATE TRIGGER campaigns_read_only_insert BEFORE INSERT ON campaigns
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: campaigns is reference data owned by the provincial server');
END;

-- trigger campaigns_read_only_update on campaigns
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

-- trigger certificate_checks_no_delete on certificate_checks
CREATE TRIGGER certificate_checks_no_delete BEFORE DELETE ON certificate_checks
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: certificate_checks rows are never deleted; void them instead');
END;

-- trigger certificate_checks_outbox_insert on certificate_checks
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

-- trigger certificate_checks_outbox_update on certificate_checks
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

-- trigger certificates_read_only_delete on certificates
CREATE TRIGGER certificates_read_only_delete BEFORE DELETE ON certificates
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: certificates is reference data owned by the provincial server');
END;

-- trigger certificates_read_only_insert on certificates
CREATE TRIGGER certificates_read_only_insert BEFORE INSERT ON certificates
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: certificates is reference data owned by the provincial server');
END;

-- trigger certificates_read_only_update on certificates
CREATE TRIGGER certificates_read_only_update BEFORE UPDATE ON certificates
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.kind IS NOT OLD.kind
        OR NEW.operation_kind IS NOT OLD.operation_kind
        OR NEW.number IS NOT OLD.number
        OR NEW.holder_person_id IS NOT OLD.holder_person_id
        OR NEW.issuer IS NOT OLD.issuer
        OR NEW.issued_on IS NOT OLD.issued_on
        OR NEW.valid_until IS NOT OLD.valid_until
        OR NEW.e_certificate_code IS NOT OLD.e_certificate_code
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: certificates is reference data owned by the provincial server');
END;

-- trigger checklist_templates_read_only_delete on checklist_templates
CREATE TRIGGER checklist_templates_read_only_delete BEFORE DELETE ON checklist_templates
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: checklist_templates is reference data owned by the provincial server');
END;

-- trigger checklist_templates_read_only_insert on checklist_templates
CREATE TRIGGER checklist_templates_read_only_insert BEFORE INSERT ON checklist_templates
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: checklist_templates is reference data owned by the provincial server');
END;

-- trigger checklist_templates_read_only_update on checklist_templates
CREATE TRIGGER checklist_templates_read_only_update BEFORE UPDATE ON checklist_templates
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.code IS NOT OLD.code
        OR NEW.version IS NOT OLD.version
        OR NEW.title IS NOT OLD.title
        OR NEW.source_set_code IS NOT OLD.source_set_code
        OR NEW.item_codes IS NOT OLD.item_codes
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: checklist_templates is reference data owned by the provincial server');
END;

-- trigger criteria_items_read_only_delete on criteria_items
CREATE TRIGGER criteria_items_read_only_delete BEFORE DELETE ON criteria_items
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: criteria_items is reference data owned by the provincial server');
END;

-- trigger criteria_items_read_only_insert on criteria_items
CREATE TRIGGER criteria_items_read_only_insert BEFORE INSERT ON criteria_items
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: criteria_items is reference data owned by the provincial server');
END;

-- trigger criteria_items_read_only_update on criteria_items
CREATE TRIGGER criteria_items_read_only_update BEFORE UPDATE ON criteria_items
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.set_id IS NOT OLD.set_id
        OR NEW.code IS NOT OLD.code
        OR NEW.parent_code IS NOT OLD.parent_code
        OR NEW.level IS NOT OLD.level
        OR NEW.article_number IS NOT OLD.article_number
        OR NEW.article_title IS NOT OLD.article_title
        OR NEW.item_number IS NOT OLD.item_number
        OR NEW.text IS NOT OLD.text
        OR NEW.is_uncertain IS NOT OLD.is_uncertain
        OR NEW.requires_reason IS NOT OLD.requires_reason
        OR NEW.item_kind IS NOT OLD.item_kind
        OR NEW.points IS NOT OLD.points
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: criteria_items is reference data owned by the provincial server');
END;

-- trigger criteria_sets_read_only_delete on criteria_sets
CREATE TRIGGER criteria_sets_read_only_delete BEFORE DELETE ON criteria_sets
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: criteria_sets is reference data owned by the provincial server');
END;

-- trigger criteria_sets_read_only_insert on criteria_sets
CREATE TRIGGER criteria_sets_read_only_insert BEFORE INSERT ON criteria_sets
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: criteria_sets is reference data owned by the provincial server');
END;

-- trigger criteria_sets_read_only_update on criteria_sets
CREATE TRIGGER criteria_sets_read_only_update BEFORE UPDATE ON criteria_sets
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.code IS NOT OLD.code
        OR NEW.kind IS NOT OLD.kind
        OR NEW.edition IS NOT OLD.edition
        OR NEW.title IS NOT OLD.title
        OR NEW.document IS NOT OLD.document
        OR NEW.catalog_version IS NOT OLD.catalog_version
        OR NEW.effective_on IS NOT OLD.effective_on
        OR NEW.repealed_on IS NOT OLD.repealed_on
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: criteria_sets is reference data owned by the provincial server');
END;

-- trigger danger_events_no_delete on danger_events
CREATE TRIGGER danger_events_no_delete BEFORE DELETE ON danger_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: danger_events rows are never deleted; void them instead');
END;

-- trigger danger_events_outbox_insert on danger_events
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

-- trigger danger_events_outbox_update on danger_events
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

-- trigger dangerous_works_read_only_delete on dangerous_works
CREATE TRIGGER dangerous_works_read_only_delete BEFORE DELETE ON dangerous_works
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: dangerous_works is reference data owned by the provincial server');
END;

-- trigger dangerous_works_read_only_insert on dangerous_works
CREATE TRIGGER dangerous_works_read_only_insert BEFORE INSERT ON dangerous_works
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: dangerous_works is reference data owned by the provincial server');
END;

-- trigger dangerous_works_read_only_update on dangerous_works
CREATE TRIGGER dangerous_works_read_only_update BEFORE UPDATE ON dangerous_works
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.project_id IS NOT OLD.project_id
        OR NEW.category IS NOT OLD.category
        OR NEW.description IS NOT OLD.description
        OR NEW.is_over_scale IS NOT OLD.is_over_scale
        OR NEW.plan_status IS NOT OLD.plan_status
        OR NEW.expert_review IS NOT OLD.expert_review
        OR NEW.acceptance_status IS NOT OLD.acceptance_status
        OR NEW.monitoring_unit IS NOT OLD.monitoring_unit
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: dangerous_works is reference data owned by the provincial server');
END;

-- trigger enforcement_actions_no_delete on enforcement_actions
CREATE TRIGGER enforcement_actions_no_delete BEFORE DELETE ON enforcement_actions
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: enforcement_actions rows are never deleted; void them instead');
END;

-- trigger enforcement_actions_outbox_insert on enforcement_actions
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

-- trigger enforcement_actions_outbox_update on enforcement_actions
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

-- trigger enterprises_read_only_delete on enterprises
CREATE TRIGGER enterprises_read_only_delete BEFORE DELETE ON enterprises
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: enterprises is reference data owned by the provincial server');
END;

-- trigger enterprises_read_only_insert on enterprises
CREATE TRIGGER enterprises_read_only_insert BEFORE INSERT ON enterprises
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: enterprises is reference data owned by the provincial server');
END;

-- trigger enterprises_read_only_update on enterprises
CREATE TRIGGER enterprises_read_only_update BEFORE UPDATE ON enterprises
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.credit_code IS NOT OLD.credit_code
        OR NEW.name IS NOT OLD.name
        OR NEW.legal_representative IS NOT OLD.legal_representative
        OR NEW.qualification IS NOT OLD.qualification
        OR NEW.safety_licence_no IS NOT OLD.safety_licence_no
        OR NEW.safety_licence_expiry IS NOT OLD.safety_licence_expiry
        OR NEW.jurisdiction_code IS NOT OLD.jurisdiction_code
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: enterprises is reference data owned by the provincial server');
END;

-- trigger equipment_read_only_delete on equipment
CREATE TRIGGER equipment_read_only_delete BEFORE DELETE ON equipment
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: equipment is reference data owned by the provincial server');
END;

-- trigger equipment_read_only_insert on equipment
CREATE TRIGGER equipment_read_only_insert BEFORE INSERT ON equipment
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: equipment is reference data owned by the provincial server');
END;

-- trigger equipment_read_only_update on equipment
CREATE TRIGGER equipment_read_only_update BEFORE UPDATE ON equipment
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.project_id IS NOT OLD.project_id
        OR NEW.kind IS NOT OLD.kind
        OR NEW.model IS NOT OLD.model
        OR NEW.serial_no IS NOT OLD.serial_no
        OR NEW.owner_enterprise_id IS NOT OLD.owner_enterprise_id
        OR NEW.filing_no IS NOT OLD.filing_no
        OR NEW.use_registration_no IS NOT OLD.use_registration_no
        OR NEW.installation_notified_on IS NOT OLD.installation_notified_on
        OR NEW.accepted_on IS NOT OLD.accepted_on
        OR NEW.registered_on IS NOT OLD.registered_on
        OR NEW.status IS NOT OLD.status
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: equipment is reference data owned by the provincial server');
END;

-- trigger hazard_events_append_only on hazard_events
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

-- trigger hazard_events_no_delete on hazard_events
CREATE TRIGGER hazard_events_no_delete BEFORE DELETE ON hazard_events
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: hazard_events rows are never deleted; void them instead');
END;

-- trigger hazard_events_outbox_insert on hazard_events
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

-- trigger hazard_events_outbox_update on hazard_events
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

-- trigger hazard_place_counts_hazard_delete on hazards
CREATE TRIGGER hazard_place_counts_hazard_delete AFTER DELETE ON hazards
BEGIN
    UPDATE hazard_place_counts SET hazards = hazards - 1
    WHERE place_code IN (SELECT jurisdiction_code FROM projects WHERE id = OLD.project_id
                         UNION SELECT park_code FROM projects WHERE id = OLD.project_id);
END;

-- trigger hazard_place_counts_hazard_insert on hazards
CREATE TRIGGER hazard_place_counts_hazard_insert AFTER INSERT ON hazards
BEGIN
    INSERT INTO hazard_place_counts (place_code, hazards)
    SELECT jurisdiction_code, 1 FROM projects WHERE id = NEW.project_id
    UNION SELECT park_code, 1 FROM projects WHERE id = NEW.project_id AND park_code IS NOT NULL
    ON CONFLICT (place_code) DO UPDATE SET hazards = hazards + 1;
END;

-- trigger hazard_place_counts_hazard_moved on hazards
CREATE TRIGGER hazard_place_counts_hazard_moved AFTER UPDATE OF project_id ON hazards
WHEN NEW.project_id IS NOT OLD.project_id
BEGIN
    UPDATE hazard_place_counts SET hazards = hazards - 1
    WHERE place_code IN (SELECT jurisdiction_code FROM projects WHERE id = OLD.project_id
                         UNION SELECT park_code FROM projects WHERE id = OLD.project_id);
    INSERT INTO hazard_place_counts (place_code, hazards)
    SELECT jurisdiction_code, 1 FROM projects WHERE id = NEW.project_id
    UNION SELECT park_code, 1 FROM projects WHERE id = NEW.project_id AND park_code IS NOT NULL
    ON CONFLICT (place_code) DO UPDATE SET hazards = hazards + 1;
END;

-- trigger hazard_place_counts_project_delete on projects
CREATE TRIGGER hazard_place_counts_project_delete AFTER DELETE ON projects
BEGIN
    UPDATE hazard_place_counts SET hazards = hazards - (SELECT count(*) FROM hazards WHERE project_id = OLD.id)
    WHERE place_code IN (SELECT OLD.jurisdiction_code UNION SELECT OLD.park_code);
END;

-- trigger hazard_place_counts_project_insert on projects
CREATE TRIGGER hazard_place_counts_project_insert AFTER INSERT ON projects
BEGIN
    INSERT INTO hazard_place_counts (place_code, hazards)
    SELECT place_code, n FROM (SELECT count(*) AS n FROM hazards WHERE project_id = NEW.id),
        (SELECT NEW.jurisdiction_code AS place_code UNION SELECT NEW.park_code WHERE NEW.park_code IS NOT NULL)
    WHERE n > 0
    ON CONFLICT (place_code) DO UPDATE SET hazards = hazards + excluded.hazards;
END;

-- trigger hazard_place_counts_project_moved on projects
CREATE TRIGGER hazard_place_counts_project_moved AFTER UPDATE OF jurisdiction_code, park_code ON projects
WHEN NEW.jurisdiction_code IS NOT OLD.jurisdiction_code OR NEW.park_code IS NOT OLD.park_code
BEGIN
    UPDATE hazard_place_counts SET hazards = hazards - (SELECT count(*) FROM hazards WHERE project_id = OLD.id)
    WHERE place_code IN (SELECT OLD.jurisdiction_code UNION SELECT OLD.park_code);
    INSERT INTO hazard_place_counts (place_code, hazards)
    SELECT place_code, n FROM (SELECT count(*) AS n FROM hazards WHERE project_id = NEW.id),
        (SELECT NEW.jurisdiction_code AS place_code UNION SELECT NEW.park_code WHERE NEW.park_code IS NOT NULL)
    WHERE n > 0
    ON CONFLICT (place_code) DO UPDATE SET hazards = hazards + excluded.hazards;
END;

-- trigger hazards_fts_delete on hazards
CREATE TRIGGER hazards_fts_delete AFTER DELETE ON hazards
BEGIN
    DELETE FROM hazard_grams WHERE rowid = OLD.seq;
    DELETE FROM hazards_fts WHERE rowid = OLD.seq;
END;

-- trigger hazards_fts_insert on hazards
CREATE TRIGGER hazards_fts_insert AFTER INSERT ON hazards
WHEN NOT EXISTS (SELECT 1 FROM search_tokens_writer)
BEGIN
    INSERT INTO hazards_fts (rowid, description, location, project_name, criterion_text)
    VALUES (NEW.seq, NEW.description, NEW.location,
            (SELECT name FROM projects WHERE id = NEW.project_id),
            (SELECT text FROM criteria_items WHERE code = NEW.criteria_item));
    INSERT INTO hazard_grams (rowid, bigrams) SELECT seq, bigrams FROM hazard_search_bigrams WHERE seq = NEW.seq;
END;

-- trigger hazards_fts_project_renamed on projects
CREATE TRIGGER hazards_fts_project_renamed AFTER UPDATE OF name ON projects
BEGIN
    DELETE FROM hazard_grams WHERE rowid IN (SELECT seq FROM hazards WHERE project_id = NEW.id);
    UPDATE hazards_fts SET project_name = NEW.name
     WHERE rowid IN (SELECT seq FROM hazards WHERE project_id = NEW.id);
    INSERT INTO hazard_grams (rowid, bigrams)
    SELECT seq, bigrams FROM hazard_search_bigrams WHERE seq IN (SELECT seq FROM hazards WHERE project_id = NEW.id);
END;

-- trigger hazards_fts_update on hazards
CREATE TRIGGER hazards_fts_update AFTER UPDATE OF description, location, project_id, criteria_item ON hazards
BEGIN
    DELETE FROM hazard_grams WHERE rowid = OLD.seq;
    UPDATE hazards_fts
       SET description = NEW.description,
           location = NEW.location,
           project_name = (SELECT name FROM projects WHERE id = NEW.project_id),
           criterion_text = (SELECT text FROM criteria_items WHERE code = NEW.criteria_item)
     WHERE rowid = NEW.seq;
    INSERT INTO hazard_grams (rowid, bigrams) SELECT seq, bigrams FROM hazard_search_bigrams WHERE seq = NEW.seq;
END;

-- trigger hazards_no_delete on hazards
CREATE TRIGGER hazards_no_delete BEFORE DELETE ON hazards
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: hazards rows are never deleted; void them instead');
END;

-- trigger hazards_outbox_insert on hazards
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

-- trigger hazards_outbox_update on hazards
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

-- trigger incidents_no_delete on incidents
CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: incidents rows are never deleted; void them instead');
END;

-- trigger incidents_outbox_insert on incidents
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

-- trigger incidents_outbox_update on incidents
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

-- trigger inspection_answers_no_delete on inspection_answers
CREATE TRIGGER inspection_answers_no_delete BEFORE DELETE ON inspection_answers
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: inspection_answers rows are never deleted; void them instead');
END;

-- trigger inspection_answers_outbox_insert on inspection_answers
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

-- trigger inspection_answers_outbox_update on inspection_answers
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

-- trigger inspection_answers_signed_frozen_insert on inspection_answers
CREATE TRIGGER inspection_answers_signed_frozen_insert BEFORE INSERT ON inspection_answers
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (SELECT status FROM inspections WHERE id = NEW.inspection_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: a signed inspection cannot be changed');
END;

-- trigger inspection_answers_signed_frozen_update on inspection_answers
CREATE TRIGGER inspection_answers_signed_frozen_update BEFORE UPDATE ON inspection_answers
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (SELECT status FROM inspections WHERE id = OLD.inspection_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: a signed inspection cannot be changed');
END;

-- trigger inspections_no_delete on inspections
CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: inspections rows are never deleted; void them instead');
END;

-- trigger inspections_outbox_insert on inspections
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

-- trigger inspections_outbox_update on inspections
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

-- trigger inspections_signed_frozen on inspections
CREATE TRIGGER inspections_signed_frozen BEFORE UPDATE ON inspections
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: a signed inspection cannot be changed');
END;

-- trigger jurisdictions_read_only_delete on jurisdictions
CREATE TRIGGER jurisdictions_read_only_delete BEFORE DELETE ON jurisdictions
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: jurisdictions is reference data owned by the provincial server');
END;

-- trigger jurisdictions_read_only_insert on jurisdictions
CREATE TRIGGER jurisdictions_read_only_insert BEFORE INSERT ON jurisdictions
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: jurisdictions is reference data owned by the provincial server');
END;

-- trigger jurisdictions_read_only_update on jurisdictions
CREATE TRIGGER jurisdictions_read_only_update BEFORE UPDATE ON jurisdictions
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.code IS NOT OLD.code
        OR NEW.name IS NOT OLD.name
        OR NEW.kind IS NOT OLD.kind
        OR NEW.parent_code IS NOT OLD.parent_code
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: jurisdictions is reference data owned by the provincial server');
END;

-- trigger monthly_reports_no_delete on monthly_reports
CREATE TRIGGER monthly_reports_no_delete BEFORE DELETE ON monthly_reports
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: monthly_reports rows are never deleted; void them instead');
END;

-- trigger monthly_reports_outbox_insert on monthly_reports
CREATE TRIGGER monthly_reports_outbox_insert AFTER INSERT ON monthly_reports
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'monthly_reports', NEW.id, 'insert', NULL, json_object(
            'jurisdiction_code', json_object('value', NEW.jurisdiction_code),
            'month', json_object('value', NEW.month),
            'status', json_object('value', NEW.status),
            'figures', json_object('value', NEW.figures),
            'submitted_at', json_object('value', NEW.submitted_at),
            'created_at', json_object('value', NEW.created_at),
            'updated_at', json_object('value', NEW.updated_at)), coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at));
END;

-- trigger monthly_reports_outbox_update on monthly_reports
CREATE TRIGGER monthly_reports_outbox_update AFTER UPDATE ON monthly_reports
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.jurisdiction_code IS NOT OLD.jurisdiction_code
        OR NEW.month IS NOT OLD.month
        OR NEW.status IS NOT OLD.status
        OR NEW.figures IS NOT OLD.figures
        OR NEW.submitted_at IS NOT OLD.submitted_at)
BEGIN
    INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), 'monthly_reports', NEW.id, 'update', OLD.server_version,
           (SELECT json_group_object(name, json(change)) FROM (
                SELECT 'jurisdiction_code' AS name, json_object('value', NEW.jurisdiction_code, 'base', OLD.jurisdiction_code) AS change WHERE NEW.jurisdiction_code IS NOT OLD.jurisdiction_code
                UNION ALL SELECT 'month' AS name, json_object('value', NEW.month, 'base', OLD.month) AS change WHERE NEW.month IS NOT OLD.month
                UNION ALL SELECT 'status' AS name, json_object('value', NEW.status, 'base', OLD.status) AS change WHERE NEW.status IS NOT OLD.status
                UNION ALL SELECT 'figures' AS name, json_object('value', NEW.figures, 'base', OLD.figures) AS change WHERE NEW.figures IS NOT OLD.figures
                UNION ALL SELECT 'submitted_at' AS name, json_object('value', NEW.submitted_at, 'base', OLD.submitted_at) AS change WHERE NEW.submitted_at IS NOT OLD.submitted_at
                UNION ALL SELECT 'created_at' AS name, json_object('value', NEW.created_at, 'base', OLD.created_at) AS change WHERE NEW.created_at IS NOT OLD.created_at
                UNION ALL SELECT 'updated_at' AS name, json_object('value', NEW.updated_at, 'base', OLD.updated_at) AS change WHERE NEW.updated_at IS NOT OLD.updated_at)),
           coalesce((SELECT clock_now FROM sync_control WHERE id = 1), NEW.updated_at);
END;

-- trigger notice_number_blocks_read_only_delete on notice_number_blocks
CREATE TRIGGER notice_number_blocks_read_only_delete BEFORE DELETE ON notice_number_blocks
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: notice_number_blocks is reference data owned by the provincial server');
END;

-- trigger notice_number_blocks_read_only_insert on notice_number_blocks
CREATE TRIGGER notice_number_blocks_read_only_insert BEFORE INSERT ON notice_number_blocks
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: notice_number_blocks is reference data owned by the provincial server');
END;

-- trigger notice_number_blocks_read_only_update on notice_number_blocks
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

-- trigger notices_no_delete on notices
CREATE TRIGGER notices_no_delete BEFORE DELETE ON notices
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: notices rows are never deleted; void them instead');
END;

-- trigger notices_outbox_insert on notices
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

-- trigger notices_outbox_update on notices
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

-- trigger people_read_only_delete on people
CREATE TRIGGER people_read_only_delete BEFORE DELETE ON people
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: people is reference data owned by the provincial server');
END;

-- trigger people_read_only_insert on people
CREATE TRIGGER people_read_only_insert BEFORE INSERT ON people
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: people is reference data owned by the provincial server');
END;

-- trigger people_read_only_update on people
CREATE TRIGGER people_read_only_update BEFORE UPDATE ON people
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.name IS NOT OLD.name
        OR NEW.id_number_masked IS NOT OLD.id_number_masked
        OR NEW.id_number_hash IS NOT OLD.id_number_hash
        OR NEW.enterprise_id IS NOT OLD.enterprise_id
        OR NEW.phone_masked IS NOT OLD.phone_masked
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: people is reference data owned by the provincial server');
END;

-- trigger project_key_people_read_only_delete on project_key_people
CREATE TRIGGER project_key_people_read_only_delete BEFORE DELETE ON project_key_people
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: project_key_people is reference data owned by the provincial server');
END;

-- trigger project_key_people_read_only_insert on project_key_people
CREATE TRIGGER project_key_people_read_only_insert BEFORE INSERT ON project_key_people
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: project_key_people is reference data owned by the provincial server');
END;

-- trigger project_key_people_read_only_update on project_key_people
CREATE TRIGGER project_key_people_read_only_update BEFORE UPDATE ON project_key_people
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.project_id IS NOT OLD.project_id
        OR NEW.person_id IS NOT OLD.person_id
        OR NEW.role IS NOT OLD.role
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: project_key_people is reference data owned by the provincial server');
END;

-- trigger project_participants_read_only_delete on project_participants
CREATE TRIGGER project_participants_read_only_delete BEFORE DELETE ON project_participants
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: project_participants is reference data owned by the provincial server');
END;

-- trigger project_participants_read_only_insert on project_participants
CREATE TRIGGER project_participants_read_only_insert BEFORE INSERT ON project_participants
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: project_participants is reference data owned by the provincial server');
END;

-- trigger project_participants_read_only_update on project_participants
CREATE TRIGGER project_participants_read_only_update BEFORE UPDATE ON project_participants
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.project_id IS NOT OLD.project_id
        OR NEW.enterprise_id IS NOT OLD.enterprise_id
        OR NEW.role IS NOT OLD.role
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: project_participants is reference data owned by the provincial server');
END;

-- trigger projects_read_only_delete on projects
CREATE TRIGGER projects_read_only_delete BEFORE DELETE ON projects
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: projects is reference data owned by the provincial server');
END;

-- trigger projects_read_only_insert on projects
CREATE TRIGGER projects_read_only_insert BEFORE INSERT ON projects
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: projects is reference data owned by the provincial server');
END;

-- trigger projects_read_only_update on projects
CREATE TRIGGER projects_read_only_update BEFORE UPDATE ON projects
WHEN (SELECT applying_remote FROM sync_control WHERE id = 1) = 0 AND (
        NEW.id IS NOT OLD.id
        OR NEW.platform_no IS NOT OLD.platform_no
        OR NEW.permit_no IS NOT OLD.permit_no
        OR NEW.name IS NOT OLD.name
        OR NEW.address IS NOT OLD.address
        OR NEW.jurisdiction_code IS NOT OLD.jurisdiction_code
        OR NEW.park_code IS NOT OLD.park_code
        OR NEW.category IS NOT OLD.category
        OR NEW.structure_type IS NOT OLD.structure_type
        OR NEW.floor_area IS NOT OLD.floor_area
        OR NEW.contract_value IS NOT OLD.contract_value
        OR NEW.start_date IS NOT OLD.start_date
        OR NEW.planned_completion IS NOT OLD.planned_completion
        OR NEW.status IS NOT OLD.status
        OR NEW.progress IS NOT OLD.progress
        OR NEW.latitude IS NOT OLD.latitude
        OR NEW.longitude IS NOT OLD.longitude
        OR NEW.server_version IS NOT OLD.server_version
        OR NEW.created_at IS NOT OLD.created_at
        OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sitesafe: projects is reference data owned by the provincial server');
END;

-- view hazard_place_totals on hazard_place_totals
CREATE VIEW hazard_place_totals AS
SELECT place_code, count(*) AS hazards FROM (
    SELECT p.jurisdiction_code AS place_code FROM hazards h JOIN projects p ON p.id = h.project_id
    UNION ALL
    SELECT p.park_code FROM hazards h JOIN projects p ON p.id = h.project_id
    WHERE p.park_code IS NOT NULL AND p.park_code IS NOT p.jurisdiction_code
)
GROUP BY place_code;

-- view hazard_search_bigrams on hazard_search_bigrams
CREATE VIEW hazard_search_bigrams (seq, bigrams) AS
SELECT f.id,
       (SELECT group_concat(unicode(substr(c.chunk, i.n, 1)) || 'x'
                                || coalesce(unicode(substr(c.chunk, i.n + 1, 1)), ''), ' ')
          FROM (SELECT substr(t.text, (k.n - 1) * 1000 + 1, 1001) AS chunk,
                       min(1000, length(t.text) - (k.n - 1) * 1000) AS size
                  FROM (SELECT lower(f.c0) AS text
                        UNION ALL SELECT lower(f.c1)
                        UNION ALL SELECT lower(f.c2)
                        UNION ALL SELECT lower(f.c3)) t
                  JOIN search_positions k ON k.n <= (length(t.text) + 999) / 1000) c
          JOIN search_positions i ON i.n <= c.size)
  FROM hazards_fts_content f;

