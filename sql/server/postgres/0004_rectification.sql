-- Rectification tracking (issue 11): the same columns and value lists as sql/server/sqlite/0004 (which explains
-- each), with PostgreSQL's ALTER in place of SQLite's table rebuilds.

ALTER TABLE hazard_events ADD COLUMN actor_role TEXT
    CHECK (actor_role IS NULL OR actor_role IN ('inspector', 'supervisor', 'province', 'admin'));
ALTER TABLE hazard_events ADD COLUMN notice_id TEXT;
ALTER TABLE hazard_events ADD COLUMN target_event_id TEXT;
ALTER TABLE hazard_events DROP CONSTRAINT hazard_events_kind_check;
ALTER TABLE hazard_events ADD CONSTRAINT hazard_events_kind_check
    CHECK (kind IN ('created', 'notice_issued', 'rectification_reported', 'reinspected_pass', 'reinspected_fail',
                    'closed', 'reopened', 'deadline_extended', 'supervision_listed', 'supervision_lifted',
                    'comment', 'voided', 'withdrawn'));

ALTER TABLE notice_number_blocks DROP CONSTRAINT notice_number_blocks_kind_check;
ALTER TABLE notice_number_blocks ADD CONSTRAINT notice_number_blocks_kind_check
    CHECK (kind IN ('rectification', 'stop_work', 'resume_work', 'reinspection', 'supervision',
                    'enforcement_proposal'));
CREATE INDEX notice_number_blocks_device ON notice_number_blocks (device_id, kind);

ALTER TABLE notices DROP CONSTRAINT notices_kind_check;
ALTER TABLE notices ADD CONSTRAINT notices_kind_check
    CHECK (kind IN ('rectification', 'stop_work', 'resume_work', 'reinspection', 'supervision',
                    'enforcement_proposal'));
ALTER TABLE notices ADD COLUMN scope TEXT CHECK (scope IS NULL OR scope IN ('partial', 'total'));
ALTER TABLE notices ADD COLUMN scope_part TEXT;
ALTER TABLE notices ADD COLUMN inspectors TEXT NOT NULL DEFAULT '[]';
ALTER TABLE notices ADD COLUMN decision TEXT;
ALTER TABLE notices ADD COLUMN requirements TEXT;
ALTER TABLE notices ADD COLUMN legal_basis TEXT;
ALTER TABLE notices ADD COLUMN original_notice_id TEXT REFERENCES notices (id);
ALTER TABLE notices ADD COLUMN enforcement_action_id TEXT;
ALTER TABLE notices ADD COLUMN block_id TEXT;
ALTER TABLE notices ADD COLUMN status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'voided'));
ALTER TABLE notices ADD COLUMN void_reason TEXT;
ALTER TABLE notices ADD COLUMN recipient_signer TEXT;
ALTER TABLE notices ADD COLUMN received_at TEXT;
ALTER TABLE notices ADD COLUMN is_refused INTEGER NOT NULL DEFAULT 0 CHECK (is_refused IN (0, 1));
ALTER TABLE notices ADD COLUMN content_hash TEXT;
ALTER TABLE notices ADD COLUMN pdf_sha256 TEXT;
ALTER TABLE notices ADD COLUMN clock_offset_ms BIGINT;
ALTER TABLE notices ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0 CHECK (is_time_doubtful IN (0, 1));
ALTER TABLE notices ADD CONSTRAINT notices_void_reason_check CHECK (status = 'issued' OR void_reason IS NOT NULL);
CREATE INDEX notices_issued ON notices (issued_at);

ALTER TABLE enforcement_actions DROP CONSTRAINT enforcement_actions_kind_check;
ALTER TABLE enforcement_actions ADD CONSTRAINT enforcement_actions_kind_check
    CHECK (kind IN ('reminder', 'warning_letter', 'interview', 'circular', 'fine', 'stop_work', 'suspension',
                    'qualification_downgrade', 'qualification_revoked', 'licence_suspended', 'revoke_practice',
                    'industry_ban', 'credit_record', 'credit_points', 'judicial_referral', 'enforcement_proposal'));
ALTER TABLE enforcement_actions ADD COLUMN person_id TEXT REFERENCES people (id);
ALTER TABLE enforcement_actions ADD COLUMN violation_code TEXT;
ALTER TABLE enforcement_actions ADD COLUMN points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0);
ALTER TABLE enforcement_actions ADD COLUMN hazard_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE enforcement_actions ADD COLUMN notice_id TEXT;
ALTER TABLE enforcement_actions ADD COLUMN decided_by TEXT;
ALTER TABLE enforcement_actions ADD COLUMN clock_offset_ms BIGINT;
ALTER TABLE enforcement_actions ADD COLUMN is_time_doubtful INTEGER NOT NULL DEFAULT 0
    CHECK (is_time_doubtful IN (0, 1));
UPDATE enforcement_actions SET hazard_ids = '["' || hazard_id || '"]' WHERE hazard_id IS NOT NULL;
CREATE INDEX enforcement_actions_decided ON enforcement_actions (decided_on);

ALTER TABLE incidents ADD COLUMN part TEXT;
ALTER TABLE incidents ADD COLUMN unit_reported_at TEXT;
ALTER TABLE incidents ADD COLUMN emergency_response TEXT;
ALTER TABLE incidents ADD COLUMN cause TEXT;
ALTER TABLE incidents ADD COLUMN investigation TEXT;
ALTER TABLE incidents ADD COLUMN investigation_closed_on TEXT;
ALTER TABLE incidents ADD COLUMN recorded_by TEXT;

ALTER TABLE danger_events ADD COLUMN site_situation TEXT;
ALTER TABLE danger_events ADD COLUMN impact TEXT;
ALTER TABLE danger_events ADD COLUMN reported_at TEXT;
ALTER TABLE danger_events ADD COLUMN platform_reported_at TEXT;
ALTER TABLE danger_events ADD COLUMN response TEXT;
ALTER TABLE danger_events ADD COLUMN recorded_by TEXT;
