-- Vistazo schema, version 5: what every node of one site must share. Standard SQL that SQLite and PostgreSQL
-- both accept; times are epoch milliseconds.

-- Failed attempts (wrong API keys, wrong passwords) per scope, client address and time bucket, counted by an
-- upsert, so a client limited on one node is limited on all. The sweeper removes buckets past forget_at.
CREATE TABLE failure_buckets (
    scope        TEXT    NOT NULL,
    client       TEXT    NOT NULL,
    bucket_start BIGINT  NOT NULL,
    failures     INTEGER NOT NULL,
    forget_at    BIGINT  NOT NULL,
    PRIMARY KEY (scope, client, bucket_start)
);

CREATE INDEX failure_buckets_forget_at ON failure_buckets (forget_at);

-- The nodes serving the site, under an id each picks at start, with the time of its last heartbeat. A node
-- silent for long enough is gone, and any node may remove what its interrupted uploads left.
CREATE TABLE nodes (
    id         TEXT   PRIMARY KEY,
    started_at BIGINT NOT NULL,
    last_seen  BIGINT NOT NULL
);

-- Journal entries name the node writing them; entries from before this version have none and belong to no one.
ALTER TABLE upload_journal ADD COLUMN node_id TEXT;

CREATE INDEX upload_journal_node ON upload_journal (node_id);
