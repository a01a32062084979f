-- Resumable photo uploads (tus): the server's upload address and the offset it acknowledged last, kept so an
-- upload cut by a network failure, a server restart or a closed laptop resumes from the server's offset.
CREATE TABLE blob_uploads (
    sha256 TEXT PRIMARY KEY REFERENCES blobs (sha256),
    upload_url TEXT NOT NULL,
    acknowledged_offset INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged_offset >= 0),
    updated_at TEXT NOT NULL
);

-- The push batcher reads the frozen batch by state and client_seq.
CREATE INDEX outbox_in_flight ON outbox (batch_id, client_seq) WHERE state = 'in_flight';
