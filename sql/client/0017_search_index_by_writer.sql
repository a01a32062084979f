-- A pulled page's new hazards enter both search indexes in one statement each, at the end of the page (issue 13).
-- hazards_fts and hazard_grams are FTS5 tables, and FTS5 writes its pending terms out as a new segment at every
-- statement savepoint: with the rows indexed by this trigger, every following statement of the page (each pulled
-- row's INSERT opens one) flushed the previous hazard's terms on its own, a quarter of the whole apply time. The
-- pull's writer (PulledRowWriter) now indexes the hazards it inserted just before COMMIT, so a page is searchable
-- the moment it commits, as before. While its search_tokens_writer row is in place (0016), this trigger leaves new
-- hazards to it; every other writer (the app's own edits, the sqlite3 shell) is indexed here, as before.
DROP TRIGGER hazards_fts_insert;
CREATE TRIGGER hazards_fts_insert AFTER INSERT ON hazards
WHEN NOT EXISTS (SELECT 1 FROM search_tokens_writer)
BEGIN
    INSERT INTO hazards_fts (rowid, description, location, project_name, criterion_text)
    VALUES (NEW.seq, NEW.description, NEW.location,
            (SELECT name FROM projects WHERE id = NEW.project_id),
            (SELECT text FROM criteria_items WHERE code = NEW.criteria_item));
    INSERT INTO hazard_grams (rowid, bigrams) SELECT seq, bigrams FROM hazard_search_bigrams WHERE seq = NEW.seq;
END;
