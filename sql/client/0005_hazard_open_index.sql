-- The question inspectors ask most (issue 3): open or overdue hazards, major ones, in my 市县. This index
-- answers it from the index alone: status and effective deadline narrow the range, is_major and project_id
-- are checked without reading the hazard rows (scattered across a province-scale file).
CREATE INDEX hazards_list_open ON hazards (status, effective_deadline, is_major, project_id);
