-- Files being written for uploads whose media row is not stored yet; what a crash leaves here is removed at
-- the next start. Inserting the media row deletes its main key's entries in the same transaction.
CREATE TABLE upload_journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    main_key TEXT NOT NULL,
    member_key TEXT NOT NULL,
    started_gmt TEXT NOT NULL
);

CREATE INDEX upload_journal_main_key ON upload_journal (main_key);
