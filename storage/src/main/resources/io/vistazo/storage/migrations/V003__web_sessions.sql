-- Vistazo schema, version 3: signed-in web sessions. Only the SHA-256 of a session's id is stored; removing an
-- account ends its sessions.
CREATE TABLE web_sessions (
    id_hash       TEXT    PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_gmt   TEXT    NOT NULL,
    last_seen_gmt TEXT    NOT NULL
);

CREATE INDEX web_sessions_last_seen ON web_sessions (last_seen_gmt);
CREATE INDEX web_sessions_user ON web_sessions (user_id);
