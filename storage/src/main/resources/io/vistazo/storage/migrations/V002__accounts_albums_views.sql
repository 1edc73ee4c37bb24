-- Vistazo schema, version 2: web login passwords, album privacy values, per-day view counting, and the indexes
-- flood limits, duplicate checks and listings read.

-- An encoded PBKDF2 hash (see PasswordHasher), NULL for accounts that only use API keys.
ALTER TABLE users ADD COLUMN password_hash TEXT;

-- Album privacy is one of public, private, unlisted, and Chevereto's names map onto them.
UPDATE albums SET privacy = 'unlisted' WHERE privacy = 'private_but_link';
UPDATE albums SET privacy = 'private' WHERE privacy NOT IN ('public', 'private', 'unlisted');

-- One row per visitor (a salted digest, never an address), media and UTC day ('yyyy-MM-dd'): a view counts once
-- per visitor per day. Days before yesterday are deleted by the sweeper.
CREATE TABLE media_views (
    media_id INTEGER NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    visitor  TEXT    NOT NULL,
    day      TEXT    NOT NULL,
    PRIMARY KEY (media_id, visitor, day)
);

CREATE INDEX media_views_day ON media_views (day);

-- Flood limits count recent uploads per address and per account, duplicates look up recent md5s per address.
CREATE INDEX media_uploader_ip_date ON media (uploader_ip, date_gmt);
CREATE INDEX media_user_date ON media (user_id, date_gmt);
CREATE INDEX media_category ON media (category_id);
