-- Vistazo schema, version 6: what a site imported from Chevereto (vistazo import chevereto) brings along that
-- had no place before: an account's e-mail, display name, private flag and status, and a media's likes count.
ALTER TABLE users ADD COLUMN email TEXT;
ALTER TABLE users ADD COLUMN display_name TEXT;
ALTER TABLE users ADD COLUMN private BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN status TEXT NOT NULL DEFAULT 'valid';
ALTER TABLE media ADD COLUMN likes BIGINT NOT NULL DEFAULT 0;
