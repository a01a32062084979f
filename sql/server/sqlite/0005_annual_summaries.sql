-- The year-end work summary (年度工作总结, issue 12): figures and text of a 市县 or park for a year or a campaign
-- period (whole months in China time, first and last inclusive). Scoped by jurisdiction_code like monthly_reports.
CREATE TABLE annual_summaries (
    id TEXT PRIMARY KEY,
    jurisdiction_code TEXT NOT NULL,
    first_month TEXT NOT NULL,
    last_month TEXT NOT NULL,
    label TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    figures TEXT NOT NULL DEFAULT '{}',
    summary_text TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    server_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (jurisdiction_code, first_month, last_month)
);
CREATE INDEX annual_summaries_seq ON annual_summaries (server_seq);
