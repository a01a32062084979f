-- Pulled server rows that break a local constraint (UNIQUE, FOREIGN KEY, CHECK, NOT NULL, a trigger's RAISE) are
-- held here instead of blocking every later page (docs/sync-protocol.md, "Held pulled rows"): the row as it came
-- over the wire, the constraint in SQLite's words, when it was first held and last tried, and how often it was
-- tried. One entry per record (a newer server version replaces the held one); an entry goes once the row applies.
CREATE TABLE held_pulled_rows (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    server_seq INTEGER NOT NULL,
    row_json TEXT NOT NULL CHECK (json_valid(row_json)),
    broken_constraint TEXT NOT NULL,
    first_held_at TEXT NOT NULL,
    last_tried_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    PRIMARY KEY (entity, entity_id)
);
