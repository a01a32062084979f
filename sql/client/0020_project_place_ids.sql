-- The ids of a place's projects from an index alone (issue 13's 台账 and hazard-list budgets). The hazard list and
-- the ledgers filter a 市县 or park as `project_id IN (SELECT id FROM projects WHERE jurisdiction_code = ? OR
-- park_code = ?)`; with projects_jurisdiction (jurisdiction_code, status) and projects_park (park_code) SQLite read
-- each project's row for its id: 5,218 rows for 海口市 at province scale. These indexes hold the id.
CREATE INDEX projects_place_ids ON projects (jurisdiction_code, id);
CREATE INDEX projects_park_ids ON projects (park_code, id) WHERE park_code IS NOT NULL;
