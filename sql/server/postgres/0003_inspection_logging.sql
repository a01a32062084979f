-- Inspection logging (issue 10): the columns the client's migration 0011 adds to synced tables, the
-- 'not_on_roster' certificate-check result and the campaigns reference table (治理行动 with round deadlines).
-- clock_offset_ms / is_time_doubtful: the device's offset to the server clock and its doubt about its own time.
ALTER TABLE inspections ADD COLUMN checklists TEXT NOT NULL DEFAULT '[]';
ALTER TABLE inspections ADD COLUMN site_representative TEXT;
ALTER TABLE inspections ADD COLUMN signed_at TEXT;
ALTER TABLE inspections ADD COLUMN amends_inspection_id TEXT REFERENCES inspections (id);
ALTER TABLE inspections ADD COLUMN clock_offset_ms BIGINT;
ALTER TABLE inspections ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1));

ALTER TABLE inspection_answers ADD COLUMN is_withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (is_withdrawn IN (0, 1));
ALTER TABLE inspection_answers ADD COLUMN clock_offset_ms BIGINT;
ALTER TABLE inspection_answers ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0
    CHECK (is_time_doubtful IN (0, 1));

ALTER TABLE hazards ADD COLUMN basis_text TEXT;
ALTER TABLE hazards ADD COLUMN clock_offset_ms BIGINT;
ALTER TABLE hazards ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1));

ALTER TABLE hazard_events ADD COLUMN clock_offset_ms BIGINT;
ALTER TABLE hazard_events ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1));

ALTER TABLE attachments ADD COLUMN captured_at TEXT;
ALTER TABLE attachments ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE attachments ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE attachments ADD COLUMN evidence_flags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE attachments ADD COLUMN signer TEXT;
ALTER TABLE attachments ADD COLUMN clock_offset_ms BIGINT;
ALTER TABLE attachments ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1));

ALTER TABLE certificate_checks ADD COLUMN kind TEXT;
ALTER TABLE certificate_checks ADD COLUMN e_certificate_code TEXT;
ALTER TABLE certificate_checks ADD COLUMN person_id TEXT REFERENCES people (id);
ALTER TABLE certificate_checks ADD COLUMN enterprise_id TEXT REFERENCES enterprises (id);
ALTER TABLE certificate_checks ADD COLUMN note TEXT;
ALTER TABLE certificate_checks ADD COLUMN clock_offset_ms BIGINT;
ALTER TABLE certificate_checks ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0
    CHECK (is_time_doubtful IN (0, 1));
ALTER TABLE certificate_checks DROP CONSTRAINT certificate_checks_result_check;
ALTER TABLE certificate_checks ADD CONSTRAINT certificate_checks_result_check
    CHECK (result IN ('valid', 'expired', 'mismatch', 'not_on_roster', 'unverifiable'));

CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    round1_deadline TEXT,
    round2_deadline TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (starts_on <= ends_on)
);
CREATE INDEX campaigns_seq ON campaigns (server_seq);
