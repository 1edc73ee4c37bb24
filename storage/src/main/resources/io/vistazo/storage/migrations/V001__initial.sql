-- Vistazo schema, version 1.
-- Types and syntax stay within what PostgreSQL also accepts wherever that costs nothing; the exceptions are
-- "INTEGER PRIMARY KEY" (SQLite's rowid alias) and media_sequence's AUTOINCREMENT.
-- Timestamps ending in _gmt and media.date are 'yyyy-MM-dd HH:mm:ss' text (Chevereto's format);
-- media.expires_at is epoch milliseconds so the sweeper can compare numbers.

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    role        TEXT    NOT NULL,
    created_gmt TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE api_keys (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    name        TEXT    NOT NULL,
    hash        TEXT    UNIQUE,
    created_gmt TEXT    NOT NULL,
    revoked     BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE INDEX api_keys_user ON api_keys (user_id);

CREATE TABLE albums (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    name        TEXT    NOT NULL,
    description TEXT,
    privacy     TEXT    NOT NULL DEFAULT 'public',
    created_gmt TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX albums_user ON albums (user_id);

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    url_key     TEXT    NOT NULL UNIQUE,
    description TEXT
);

-- Ids are handed out before the row exists (file naming needs them), so they come from here, not from media.
CREATE TABLE media_sequence (
    id INTEGER PRIMARY KEY AUTOINCREMENT
);

CREATE TABLE media (
    id                INTEGER PRIMARY KEY,
    format            TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    extension         TEXT    NOT NULL,
    storage_key       TEXT    NOT NULL,
    storage_mode      TEXT    NOT NULL,
    size              BIGINT  NOT NULL,
    width             INTEGER NOT NULL,
    height            INTEGER NOT NULL,
    date              TEXT    NOT NULL,
    date_gmt          TEXT    NOT NULL,
    title             TEXT,
    description       TEXT,
    nsfw              BOOLEAN NOT NULL DEFAULT FALSE,
    md5               TEXT,
    source_md5        TEXT,
    original_filename TEXT,
    original_exifdata TEXT,
    views             BIGINT  NOT NULL DEFAULT 0,
    category_id       INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    album_id          INTEGER REFERENCES albums (id) ON DELETE SET NULL,
    user_id           INTEGER REFERENCES users (id),
    chain             INTEGER NOT NULL,
    thumb_size        BIGINT  NOT NULL DEFAULT 0,
    medium_size       BIGINT  NOT NULL DEFAULT 0,
    frame_size        BIGINT  NOT NULL DEFAULT 0,
    expires_at        BIGINT,
    animated          BOOLEAN NOT NULL DEFAULT FALSE,
    is_360            BOOLEAN NOT NULL DEFAULT FALSE,
    duration          INTEGER NOT NULL DEFAULT 0,
    uploader_ip       TEXT,
    delete_hash       TEXT
);

CREATE INDEX media_storage_key ON media (storage_key);
-- Hash-layout rows share their key (identical bytes stored once); date folders never may.
CREATE UNIQUE INDEX media_datefolder_key ON media (storage_key) WHERE storage_mode = 'datefolder';
CREATE INDEX media_expires_at ON media (expires_at);
CREATE INDEX media_user ON media (user_id);
CREATE INDEX media_album ON media (album_id);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE
);

CREATE TABLE media_tags (
    media_id INTEGER NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (media_id, position),
    UNIQUE (media_id, tag_id)
);

CREATE INDEX media_tags_tag ON media_tags (tag_id);

CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
