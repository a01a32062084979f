-- Indexes for the hazard list (issue 3): every column of the list sorts in SQL, and windows continue after
-- the last row shown (keyset pagination on (sort expression, seq)). An index on one expression carries the
-- rowid (seq) as its tail, so each one below serves ORDER BY <expression>, seq in both directions without a
-- temporary sort, at 300,000 hazards. Nullable columns are sorted through coalesce(…, '') so the key is
-- never NULL; the list's SQL uses the very same expressions.

CREATE INDEX hazards_list_status ON hazards (status);
CREATE INDEX hazards_list_major ON hazards (is_major);
CREATE INDEX hazards_list_description ON hazards (description);
CREATE INDEX hazards_list_criteria ON hazards (coalesce(criteria_item, ''));
CREATE INDEX hazards_list_found_at ON hazards (found_at);
CREATE INDEX hazards_list_found_by ON hazards (found_by);
CREATE INDEX hazards_list_deadline ON hazards (coalesce(effective_deadline, ''));
CREATE INDEX hazards_list_measure ON hazards (measure);

-- The project list sorts by name; the hazard list sorted by project walks projects in name order.
CREATE INDEX projects_name ON projects (name);
