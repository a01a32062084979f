-- Full-text search over hazards (DESIGN.md §3): description, location, project name, criterion text.
-- The trigram tokenizer matches any substring of three or more characters, which suits Chinese text
-- (no word boundaries) without a custom tokenizer, so the sqlite3 shell can still write hazards.
-- The index is kept current by triggers, whatever writes the row (the app, the pull applier, the shell).

CREATE VIRTUAL TABLE hazards_fts USING fts5(
    description, location, project_name, criterion_text,
    tokenize = 'trigram'
);

CREATE TRIGGER hazards_fts_insert AFTER INSERT ON hazards
BEGIN
    INSERT INTO hazards_fts (rowid, description, location, project_name, criterion_text)
    VALUES (NEW.seq, NEW.description, NEW.location,
            (SELECT name FROM projects WHERE id = NEW.project_id),
            (SELECT text FROM criteria_items WHERE code = NEW.criteria_item));
END;

CREATE TRIGGER hazards_fts_update AFTER UPDATE OF description, location, project_id, criteria_item ON hazards
BEGIN
    UPDATE hazards_fts
       SET description = NEW.description,
           location = NEW.location,
           project_name = (SELECT name FROM projects WHERE id = NEW.project_id),
           criterion_text = (SELECT text FROM criteria_items WHERE code = NEW.criteria_item)
     WHERE rowid = NEW.seq;
END;

CREATE TRIGGER hazards_fts_delete AFTER DELETE ON hazards
BEGIN
    DELETE FROM hazards_fts WHERE rowid = OLD.seq;
END;

CREATE TRIGGER hazards_fts_project_renamed AFTER UPDATE OF name ON projects
BEGIN
    UPDATE hazards_fts SET project_name = NEW.name
     WHERE rowid IN (SELECT seq FROM hazards WHERE project_id = NEW.id);
END;
