-- Receipts carry the content hash of the row as stored after the mutation (protocol ContentHash, sha256 of the
-- record's canonical JSON, docs/sync-protocol.md "Content hash"). Kept with the applied mutation so a duplicate
-- answers the hash of that time, not of the row as it is now. NULL for rejections and older mutations.
ALTER TABLE applied_mutations ADD COLUMN content_hash TEXT CHECK (content_hash IS NULL OR length(content_hash) = 64);
