package io.vistazo.storage;

import io.vistazo.core.domain.Media;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the rows of a site moved in from elsewhere (Chevereto) under their own ids, so every link keeps
 * resolving. Each row is written at most once ({@code ON CONFLICT DO NOTHING}, or skipped when its id is taken),
 * so an interrupted import is finished by running it again. {@link #finish()} moves every id counter past the
 * imported ids, so new uploads, users and keys never collide with them.
 */
public final class ImportedRows {

    /** The setting that marks a site as the target of an import, so only that import may continue into it. */
    public static final String IMPORT_MARK = "imported_from";

    private static final List<String> CONTENT_TABLES = List.of("media", "albums", "categories", "tags");

    private final Database database;

    private ImportedRows(Database database) {
        this.database = database;
    }

    public static ImportedRows into(Database database) {
        return new ImportedRows(database);
    }

    /** An account as imported; {@code passwordHash} may be a foreign hash (bcrypt), replaced at first sign-in. */
    public record Account(long id, String name, String role, String email, String displayName, boolean isPrivate,
                          String status, String passwordHash, String createdGmt) {
    }

    /**
     * Why the site is not fresh, or empty when it is: a fresh site has no media, albums, categories or tags and at
     * most the one account the first start created.
     */
    public Optional<String> notFresh() {
        return database.sql().read(handle -> {
            List<String> found = new ArrayList<>();
            for (String table : CONTENT_TABLES) {
                long rows = count(handle, table);
                if (rows > 0) {
                    found.add(rows + " " + table);
                }
            }
            long users = count(handle, "users");
            if (users > 1) {
                found.add(users + " users");
            }
            return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
        });
    }

    /** The account the first start created (with its keys and sessions), removed before the imported ones come. */
    public Optional<String> removeFirstStartAccount() {
        Optional<String> removed = database.sql().write(handle -> {
            Optional<String> name = handle.createQuery("SELECT name FROM users ORDER BY id LIMIT 1")
                    .map(Rows.FIRST_STRING).findOne();
            if (name.isPresent() && count(handle, "users") == 1) {
                handle.execute("DELETE FROM web_sessions");
                handle.execute("DELETE FROM api_keys");
                handle.execute("DELETE FROM users");
                return name;
            }
            return Optional.empty();
        });
        database.forgetRecentAccounts();
        return removed;
    }

    public String setting(String name) {
        return database.sql().read(handle -> handle.createQuery("SELECT value FROM settings WHERE name = :name")
                .bind("name", name).map(Rows.FIRST_STRING).findOne().orElse(null));
    }

    /** Sets (or replaces) one setting row, such as the ID codec's {@code crypt_salt}. */
    public void putSetting(String name, String value) {
        database.sql().useWrite(handle -> {
            handle.createUpdate("DELETE FROM settings WHERE name = :name").bind("name", name).execute();
            handle.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value)")
                    .bind("name", name).bind("value", value).execute();
        });
    }

    public void putAccount(Account account) {
        database.sql().useWrite(handle -> handle.createUpdate("INSERT INTO users (id, name, role, created_gmt, "
                        + "password_hash, email, display_name, private, status) VALUES (:id, :name, :role, :created, "
                        + ":hash, :email, :display, :private, :status) ON CONFLICT DO NOTHING")
                .bind("id", account.id()).bind("name", account.name()).bind("role", account.role())
                .bind("created", account.createdGmt()).bind("hash", account.passwordHash())
                .bind("email", account.email()).bind("display", account.displayName())
                .bind("private", account.isPrivate()).bind("status", account.status())
                .execute());
        database.forgetRecentAccounts();
    }

    /** A key stored as the foreign hash it had (bcrypt); the first successful use replaces it with ours. */
    public void putKey(long id, long userId, String name, String hash, String createdGmt, boolean revoked) {
        database.sql().useWrite(handle -> handle.createUpdate("INSERT INTO api_keys (id, user_id, name, hash, "
                        + "created_gmt, revoked) VALUES (:id, :user, :name, :hash, :created, :revoked) "
                        + "ON CONFLICT DO NOTHING")
                .bind("id", id).bind("user", userId).bind("name", name).bind("hash", hash)
                .bind("created", createdGmt).bind("revoked", revoked)
                .execute());
        database.forgetRecentAccounts();
    }

    public void putCategory(long id, String name, String urlKey, String description) {
        database.sql().useWrite(handle -> handle.createUpdate("INSERT INTO categories (id, name, url_key, "
                        + "description) VALUES (:id, :name, :key, :description) ON CONFLICT DO NOTHING")
                .bind("id", id).bind("name", name).bind("key", urlKey).bind("description", description)
                .execute());
    }

    /** @param privacy {@code public}, {@code private} or {@code unlisted} */
    public void putAlbum(long id, long userId, String name, String description, String privacy, String createdGmt) {
        database.sql().useWrite(handle -> handle.createUpdate("INSERT INTO albums (id, user_id, name, description, "
                        + "privacy, created_gmt) VALUES (:id, :user, :name, :description, :privacy, :created) "
                        + "ON CONFLICT DO NOTHING")
                .bind("id", id).bind("user", userId).bind("name", name).bind("description", description)
                .bind("privacy", privacy).bind("created", createdGmt)
                .execute());
    }

    /** A media row with what only an import brings: its likes count. */
    public record ImportedMedia(Media media, long likes) {
    }

    /** The ids of the media rows there are (an interrupted import's), to skip them. */
    public Set<Long> mediaIds() {
        return database.sql().read(handle -> new HashSet<>(handle.createQuery("SELECT id FROM media")
                .map(Rows.FIRST_LONG).list()));
    }

    /** Media rows under their own ids, with their tags and likes, in one transaction. */
    public void putMedia(List<ImportedMedia> rows) {
        database.sql().useWrite(handle -> {
            for (ImportedMedia row : rows) {
                MediaRows.bindAll(handle.createUpdate(MediaRows.INSERT), row.media()).bind("delete_hash",
                        (String) null).execute();
                SqlMediaRepository.insertTags(handle, row.media().id(), row.media().tags());
                handle.createUpdate("UPDATE media SET likes = :likes WHERE id = :id")
                        .bind("likes", row.likes()).bind("id", row.media().id()).execute();
            }
        });
    }

    /**
     * Moves every id counter past the imported ids: the next upload, account or key gets a fresh id.
     *
     * @param usedMediaIds the highest media id the old site ever gave (rows skipped or deleted there included), so
     *                     no old link ever points to a new upload
     */
    public void finish(long usedMediaIds) {
        database.sql().useWrite(handle -> {
            long highest = Math.max(usedMediaIds, handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM media")
                    .map(Rows.FIRST_LONG).one());
            long counted = handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM media_sequence")
                    .map(Rows.FIRST_LONG).one();
            if (highest > counted) {
                handle.createUpdate("INSERT INTO media_sequence (id) VALUES (:id)").bind("id", highest).execute();
            }
            for (String table : List.of("users", "api_keys", "categories", "albums", "media_sequence", "tags")) {
                database.sql().dialect().advanceIdentity(handle, table);
            }
        });
    }

    private static long count(org.jdbi.v3.core.Handle handle, String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).map(Rows.FIRST_LONG).one();
    }
}
