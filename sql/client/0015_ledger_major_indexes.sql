-- The 台账 page's first window (issue 13's budget: p95 ≤ 50 ms at province scale). The major-hazard ledger and the
-- running list (未销号清单) read major hazards in found_at order; without these indexes SQLite walked
-- hazards_list_major (every major hazard, open or not) and sorted all of them with their joins before the first
-- window (43–85 ms, the running list the worst). Partial indexes hold only the rows a ledger can list, in its order
-- (found_at; rows found in the same second are sorted by seq as they come), so the window stops after 200 rows.
-- project_id, status and is_major make them covering for the ledger's count (the join to projects, the status terms):
-- 8,060 running hazards are counted in ~4 ms instead of ~25 ms.
-- LedgerReader names them (INDEXED BY): without ANALYZE statistics SQLite prefers hazards_list_major. Their WHERE
-- terms are written exactly as LedgerReader writes its conditions, which is what lets SQLite use them.
CREATE INDEX hazards_ledger_major ON hazards (found_at, project_id, status, is_major) WHERE is_major = 1;
CREATE INDEX hazards_ledger_running ON hazards (found_at, project_id, status, is_major)
    WHERE is_major = 1 AND status IN ('open', 'rectifying', 'reported', 'verified');
