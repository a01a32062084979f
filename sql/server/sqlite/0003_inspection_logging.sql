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
ALTER TABLE attachments ADD COLUMN latitude REAL;
ALTER TABLE attachments ADD COLUMN longitude REAL;
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
-- SQLite cannot alter a CHECK constraint: the table is rebuilt with the new list (columns in the order above).
CREATE TABLE certificate_checks_v3 (
    id TEXT PRIMARY KEY,
    inspection_id TEXT REFERENCES inspections (id),
    certificate_id TEXT REFERENCES certificates (id),
    number TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('valid', 'expired', 'mismatch', 'not_on_roster', 'unverifiable')),
    checked_at TEXT NOT NULL,
    checked_by TEXT NOT NULL,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    kind TEXT,
    e_certificate_code TEXT,
    person_id TEXT REFERENCES people (id),
    enterprise_id TEXT REFERENCES enterprises (id),
    note TEXT,
    clock_offset_ms BIGINT,
    is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1))
);
INSERT INTO certificate_checks_v3 SELECT * FROM certificate_checks;
DROP TABLE certificate_checks;
ALTER TABLE certificate_checks_v3 RENAME TO certificate_checks;
CREATE INDEX certificate_checks_inspection ON certificate_checks (inspection_id);
CREATE INDEX certificate_checks_seq ON certificate_checks (server_seq);

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
