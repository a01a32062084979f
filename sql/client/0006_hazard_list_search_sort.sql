-- Search for 1–2 character words (issue 3; docs/performance.md). FTS5 trigram (0003) cannot match fewer than three
-- characters, and the LIKE fallback scanned every row (1.5–1.9 s at province scale). Two-character Chinese words
-- ("塔吊") are what inspectors type most, so they get their own index: hazard_grams holds, for every hazard, each
-- pair of neighbouring characters of the four searched texts as one ASCII token "<code point>x<code point>", and
-- the last character of each text as "<code point>x". Then
--   a two-character word ab  is the single token   "<a>x<b>"
--   a one-character word a   is the prefix query   "<a>x" *
-- which finds exactly the rows where LIKE '%ab%' / '%a%' matches (tokens never span two texts; the text is folded
-- with lower(), which like LIKE folds ASCII letters only). detail=none: only rowids are stored (11 MB).
--
-- Everything here is built-in SQL, so any writer (the app, the pull applier, the sqlite3 shell) keeps it current.
-- The tokens are computed by a view over the texts hazards_fts already stores (its content table,
-- hazards_fts_content: c0..c3 = description, location, project_name, criterion_text); hazard_grams uses that view
-- as its external content, so a DELETE recomputes the very tokens that were inserted, and FTS5's 'rebuild' and
-- 'integrity-check' work. (A view over the hazards_fts virtual table itself is not enough: FTS5 fails to scan it,
-- "SQL logic error".) To make the order of the two indexes' maintenance certain, 0003's triggers are replaced by
-- ones that update both, in order.

-- Character positions 1..1000; texts are walked in chunks of 1000 characters (so up to 1,000,000 per text).
CREATE TABLE search_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE k (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 1000)
INSERT INTO search_positions (n) SELECT n FROM k;

CREATE VIEW hazard_search_bigrams (seq, bigrams) AS
SELECT f.id,
       (SELECT group_concat(unicode(substr(c.chunk, i.n, 1)) || 'x'
                                || coalesce(unicode(substr(c.chunk, i.n + 1, 1)), ''), ' ')
          FROM (SELECT substr(t.text, (k.n - 1) * 1000 + 1, 1001) AS chunk,
                       min(1000, length(t.text) - (k.n - 1) * 1000) AS size
                  FROM (SELECT lower(f.c0) AS text
                        UNION ALL SELECT lower(f.c1)
                        UNION ALL SELECT lower(f.c2)
                        UNION ALL SELECT lower(f.c3)) t
                  JOIN search_positions k ON k.n <= (length(t.text) + 999) / 1000) c
          JOIN search_positions i ON i.n <= c.size)
  FROM hazards_fts_content f;

CREATE VIRTUAL TABLE hazard_grams USING fts5(
    bigrams,
    content = 'hazard_search_bigrams', content_rowid = 'seq',
    tokenize = 'ascii', detail = none
);
INSERT INTO hazard_grams (hazard_grams) VALUES ('rebuild');
INSERT INTO hazard_grams (hazard_grams) VALUES ('optimize');

DROP TRIGGER hazards_fts_insert;
DROP TRIGGER hazards_fts_update;
DROP TRIGGER hazards_fts_delete;
DROP TRIGGER hazards_fts_project_renamed;

CREATE TRIGGER hazards_fts_insert AFTER INSERT ON hazards
BEGIN
    INSERT INTO hazards_fts (rowid, description, location, project_name, criterion_text)
    VALUES (NEW.seq, NEW.description, NEW.location,
            (SELECT name FROM projects WHERE id = NEW.project_id),
            (SELECT text FROM criteria_items WHERE code = NEW.criteria_item));
    INSERT INTO hazard_grams (rowid, bigrams) SELECT seq, bigrams FROM hazard_search_bigrams WHERE seq = NEW.seq;
END;

-- The external-content DELETE reads the old tokens from the view, so it must run before hazards_fts changes.
CREATE TRIGGER hazards_fts_update AFTER UPDATE OF description, location, project_id, criteria_item ON hazards
BEGIN
    DELETE FROM hazard_grams WHERE rowid = OLD.seq;
    UPDATE hazards_fts
       SET description = NEW.description,
           location = NEW.location,
           project_name = (SELECT name FROM projects WHERE id = NEW.project_id),
           criterion_text = (SELECT text FROM criteria_items WHERE code = NEW.criteria_item)
     WHERE rowid = NEW.seq;
    INSERT INTO hazard_grams (rowid, bigrams) SELECT seq, bigrams FROM hazard_search_bigrams WHERE seq = NEW.seq;
END;

CREATE TRIGGER hazards_fts_delete AFTER DELETE ON hazards
BEGIN
    DELETE FROM hazard_grams WHERE rowid = OLD.seq;
    DELETE FROM hazards_fts WHERE rowid = OLD.seq;
END;

CREATE TRIGGER hazards_fts_project_renamed AFTER UPDATE OF name ON projects
BEGIN
    DELETE FROM hazard_grams WHERE rowid IN (SELECT seq FROM hazards WHERE project_id = NEW.id);
    UPDATE hazards_fts SET project_name = NEW.name
     WHERE rowid IN (SELECT seq FROM hazards WHERE project_id = NEW.id);
    INSERT INTO hazard_grams (rowid, bigrams)
    SELECT seq, bigrams FROM hazard_search_bigrams WHERE seq IN (SELECT seq FROM hazards WHERE project_id = NEW.id);
END;

-- Sorting the hazard list by 市县 (issue 3): 海口 alone holds a quarter of all hazards, so ORDER BY
-- jurisdiction_code, seq had to sort 68,000 hazards for the first window. The list sorts by 市县, then project,
-- then seq instead: walking this index, each project's few hazards are sorted on their own and the walk stops after
-- one window. char(31) sorts below every character of the parts, so the order is that of the three columns.
CREATE INDEX projects_jurisdiction_sort ON projects (jurisdiction_code || char(31) || name || char(31) || id);
