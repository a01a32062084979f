-- Server receipts carry a content hash: sha256 of the record's canonical JSON as the server stored it after
-- applying the mutation (protocol ContentHash). The Sync page shows it next to server_seq, and a client can
-- recompute it from its own copy to see that both sides hold the same bytes.
ALTER TABLE outbox ADD COLUMN content_hash TEXT CHECK (content_hash IS NULL OR length(content_hash) = 64);
