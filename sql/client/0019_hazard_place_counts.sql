-- How many hazards each 市县 and park holds, kept exact by triggers (issue 13's hazard-list budget: p95 ≤ 50 ms at
-- province scale). The list's count for a place alone ("市县: 海口市") counted 81,422 hazards through one seek into
-- hazards_project for each of the place's 5,218 projects: 40–65 ms, the one scenario over budget. With this table it
-- is one row. A project's hazards count for its 市县 and for its park, once if the two codes are the same: exactly
-- `project_id IN (SELECT id FROM projects WHERE jurisdiction_code = ? OR park_code = ?)`, what HazardQuery filters on.

-- The counts computed from the rows: what the table must equal at every commit (tests compare them), and how it is
-- filled here and after a bulk load (BulkLoad::rebuild, which drops and recreates every trigger).
CREATE VIEW hazard_place_totals AS
SELECT place_code, count(*) AS hazards FROM (
    SELECT p.jurisdiction_code AS place_code FROM hazards h JOIN projects p ON p.id = h.project_id
    UNION ALL
    SELECT p.park_code FROM hazards h JOIN projects p ON p.id = h.project_id
    WHERE p.park_code IS NOT NULL AND p.park_code IS NOT p.jurisdiction_code
)
GROUP BY place_code;

CREATE TABLE hazard_place_counts (
    place_code TEXT PRIMARY KEY,
    hazards INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO hazard_place_counts (place_code, hazards) SELECT place_code, hazards FROM hazard_place_totals;

-- A hazard whose project is not here yet counts when the project arrives (projects insert, below).
CREATE TRIGGER hazard_place_counts_hazard_insert AFTER INSERT ON hazards
BEGIN
    INSERT INTO hazard_place_counts (place_code, hazards)
    SELECT jurisdiction_code, 1 FROM projects WHERE id = NEW.project_id
    UNION SELECT park_code, 1 FROM projects WHERE id = NEW.project_id AND park_code IS NOT NULL
    ON CONFLICT (place_code) DO UPDATE SET hazards = hazards + 1;
END;

CREATE TRIGGER hazard_place_counts_hazard_delete AFTER DELETE ON hazards
BEGIN
    UPDATE hazard_place_counts SET hazards = hazards - 1
    WHERE place_code IN (SELECT jurisdiction_code FROM projects WHERE id = OLD.project_id
                         UNION SELECT park_code FROM projects WHERE id = OLD.project_id);
END;

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

CREATE TRIGGER hazard_place_counts_project_insert AFTER INSERT ON projects
BEGIN
    INSERT INTO hazard_place_counts (place_code, hazards)
    SELECT place_code, n FROM (SELECT count(*) AS n FROM hazards WHERE project_id = NEW.id),
        (SELECT NEW.jurisdiction_code AS place_code UNION SELECT NEW.park_code WHERE NEW.park_code IS NOT NULL)
    WHERE n > 0
    ON CONFLICT (place_code) DO UPDATE SET hazards = hazards + excluded.hazards;
END;

CREATE TRIGGER hazard_place_counts_project_delete AFTER DELETE ON projects
BEGIN
    UPDATE hazard_place_counts SET hazards = hazards - (SELECT count(*) FROM hazards WHERE project_id = OLD.id)
    WHERE place_code IN (SELECT OLD.jurisdiction_code UNION SELECT OLD.park_code);
END;

-- A project moved to another 市县 or park takes its hazards along.
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
