-- Vistazo schema, version 7: one-use sign-up invites. Only the SHA-256 of an invite's code is stored, so the
-- link is shown once, at creation. Times are epoch milliseconds; an invite is open while used_at and revoked_at
-- are both null.
CREATE TABLE invites (
    code_hash  TEXT    PRIMARY KEY,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT  NOT NULL,
    used_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    used_at    BIGINT,
    revoked_at BIGINT
);

CREATE INDEX invites_created_at ON invites (created_at);
