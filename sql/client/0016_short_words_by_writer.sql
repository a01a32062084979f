-- Short-word tokens of pulled hazards made by the program, not by SQL (issue 13). The view hazard_search_bigrams
-- (0006) walks every character in SQL, ~1 µs each: 1.2 s of the 2.3 s it took to insert 10,000 pulled hazards with
-- their events, more than PouchDB's whole pull. The pull's writer (PulledRowWriter) computes the same tokens in C++
-- (shortWordTokens) from the texts hazards_fts stores, and writes them itself.
--
-- So that the trigger does not write them a second time, the writer puts the one row of search_tokens_writer in
-- place inside its transaction (after BEGIN) and deletes it before COMMIT: no other connection ever sees the row,
-- a rollback takes it away, and every other writer (the app's own edits, the sqlite3 shell) still gets its tokens
-- from the trigger, as before. hazard_grams stays external content over the view, so a DELETE recomputes the very
-- tokens the writer inserted, and 'integrity-check' compares the two (the tests run it after a pull).
CREATE TABLE search_tokens_writer (id INTEGER PRIMARY KEY CHECK (id = 1));

DROP TRIGGER hazards_fts_insert;
CREATE TRIGGER hazards_fts_insert AFTER INSERT ON hazards
BEGIN
    INSERT INTO hazards_fts (rowid, description, location, project_name, criterion_text)
    VALUES (NEW.seq, NEW.description, NEW.location,
            (SELECT name FROM projects WHERE id = NEW.project_id),
            (SELECT text FROM criteria_items WHERE code = NEW.criteria_item));
    INSERT INTO hazard_grams (rowid, bigrams)
    SELECT seq, bigrams FROM hazard_search_bigrams
     WHERE seq = NEW.seq AND NOT EXISTS (SELECT 1 FROM search_tokens_writer);
END;
