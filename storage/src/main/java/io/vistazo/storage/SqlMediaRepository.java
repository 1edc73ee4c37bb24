package io.vistazo.storage;

import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaEdit;
import io.vistazo.core.domain.Page;
import io.vistazo.core.port.out.MediaRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Media rows and their tags. Dates are stored to the second and the expiration to the millisecond, so a row read
 * back may be that much coarser than the one inserted.
 */
final class SqlMediaRepository implements MediaRepository {

    private static final String SELECT = "SELECT " + MediaRows.COLUMNS + " FROM media";

    private final SqlAccess sql;

    SqlMediaRepository(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public long nextId() {
        return sql.dialect().nextMediaId(sql);
    }

    /** On PostgreSQL a row without tags is one statement, which ends its upload's journal entry too. */
    @Override
    public void insert(Media media, String deleteSecretHash) {
        if (media.tags().isEmpty() && sql.dialect().writesInWith()) {
            sql.writeAlone(handle -> MediaRows.bindAll(handle.createUpdate(
                            "WITH ended AS (" + SqlUploadJournal.END_ALL + ") " + MediaRows.INSERT), media)
                    .bind("delete_hash", deleteSecretHash)
                    .bind("main", media.storageKey())
                    .execute());
            return;
        }
        sql.useWrite(handle -> insertIn(handle, media, deleteSecretHash));
    }

    @Override
    public boolean insertSharing(Media media, String deleteSecretHash, BooleanSupplier filesPresent) {
        return sql.write(handle -> {
            sql.dialect().lockStorageKey(handle, media.storageKey());
            if (!filesPresent.getAsBoolean()) {
                return false;
            }
            insertIn(handle, media, deleteSecretHash);
            return true;
        });
    }

    private static void insertIn(Handle handle, Media media, String deleteSecretHash) {
        MediaRows.bindAll(handle.createUpdate(MediaRows.INSERT), media)
                .bind("delete_hash", deleteSecretHash)
                .execute();
        insertTags(handle, media.id(), media.tags());
        SqlUploadJournal.endIn(handle, media.storageKey());
    }

    /** Any write in this process counts; media writes from another process (the CLI) are not seen. */
    @Override
    public long version() {
        return sql.writeCount();
    }

    @Override
    public Optional<Media> findById(long id) {
        return sql.readSnapshot(handle -> handle.createQuery(SELECT + " WHERE id = :id")
                .bind("id", id)
                .map(withTags(handle))
                .findOne());
    }

    @Override
    public boolean keyTaken(String storageKey) {
        return sql.read(handle -> handle.createQuery("SELECT 1 FROM media WHERE storage_key = :key LIMIT 1")
                .bind("key", storageKey)
                .map(Rows.FIRST_INT)
                .findOne()
                .isPresent());
    }

    /** One statement on the storage key index, whatever the number of keys. */
    @Override
    public Set<String> keysTaken(List<String> storageKeys) {
        if (storageKeys.isEmpty()) {
            return Set.of();
        }
        return sql.read(handle -> Set.copyOf(handle.createQuery(
                        "SELECT DISTINCT storage_key FROM media WHERE storage_key IN (<keys>)")
                .bindList("keys", storageKeys)
                .map(Rows.FIRST_STRING)
                .list()));
    }

    @Override
    public int countByKey(String storageKey) {
        return sql.read(handle -> countByKeyIn(handle, storageKey));
    }

    @Override
    public Optional<String> deleteSecretHash(long id) {
        return sql.read(handle -> handle.createQuery("SELECT delete_hash FROM media WHERE id = :id")
                .bind("id", id)
                .map(Rows.FIRST_STRING)
                .findOne());
    }

    @Override
    public boolean update(long id, MediaEdit edit) {
        return sql.write(handle -> {
            int updated = handle.createUpdate("UPDATE media SET title = :title, description = :description, "
                            + "album_id = :album, category_id = :category, nsfw = :nsfw, expires_at = :expires "
                            + "WHERE id = :id")
                    .bind("title", edit.title())
                    .bind("description", edit.description())
                    .bind("album", edit.albumId())
                    .bind("category", edit.categoryId())
                    .bind("nsfw", edit.nsfw())
                    .bind("expires", edit.expiresAt() == null ? null : edit.expiresAt().toEpochMilli())
                    .bind("id", id)
                    .execute();
            if (updated == 0) {
                return false;
            }
            handle.createUpdate("DELETE FROM media_tags WHERE media_id = :id").bind("id", id).execute();
            insertTags(handle, id, edit.tags());
            return true;
        });
    }

    @Override
    public boolean delete(long id) {
        return sql.write(handle -> deleteIn(handle, id));
    }

    @Override
    public boolean deleteSharing(long id, String storageKey, Runnable whenLast) {
        return sql.write(handle -> {
            sql.dialect().lockStorageKey(handle, storageKey);
            if (!deleteIn(handle, id)) {
                return false;
            }
            if (countByKeyIn(handle, storageKey) == 0) {
                whenLast.run();
            }
            return true;
        });
    }

    @Override
    public boolean removeIfUnused(String storageKey, Runnable remove) {
        return sql.write(handle -> {
            sql.dialect().lockStorageKey(handle, storageKey);
            if (countByKeyIn(handle, storageKey) > 0) {
                return false;
            }
            remove.run();
            return true;
        });
    }

    private static int countByKeyIn(Handle handle, String storageKey) {
        return handle.createQuery("SELECT COUNT(*) FROM media WHERE storage_key = :key")
                .bind("key", storageKey)
                .map(Rows.FIRST_INT)
                .one();
    }

    private static boolean deleteIn(Handle handle, long id) {
        // Explicit so it holds whether or not the connection enforces ON DELETE CASCADE (sqlite3 shells do not).
        handle.createUpdate("DELETE FROM media_tags WHERE media_id = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM media_views WHERE media_id = :id").bind("id", id).execute();
        return handle.createUpdate("DELETE FROM media WHERE id = :id").bind("id", id).execute() > 0;
    }

    @Override
    public List<Media> expired(Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return sql.readSnapshot(handle -> handle.createQuery(SELECT
                        + " WHERE expires_at IS NOT NULL AND expires_at <= :now ORDER BY expires_at, id LIMIT :limit")
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map(withTags(handle))
                .list());
    }

    /** A range on the storage key index; the prefix ends in an ASCII character (callers pass {@code stem.}). */
    @Override
    public List<Media> findByKeyPrefix(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        String upper = prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
        return sql.readSnapshot(handle -> handle.createQuery(SELECT
                        + " WHERE storage_key >= :lower AND storage_key < :upper ORDER BY id")
                .bind("lower", prefix)
                .bind("upper", upper)
                .map(withTags(handle))
                .list());
    }

    @Override
    public List<Media> list(Query query, Page page) {
        Map<String, Object> bindings = new LinkedHashMap<>();
        String where = whereClause(query, bindings);
        return sql.readSnapshot(handle -> {
            var select = handle.createQuery(SELECT + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size())
                    .bind("offset", page.offset());
            bindings.forEach(select::bind);
            return select.map(withTags(handle)).list();
        });
    }

    /** Only the filters the query sets, each with its own named parameter. */
    private static String whereClause(Query query, Map<String, Object> bindings) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.userId() != null) {
            where.append(" AND user_id = :user");
            bindings.put("user", query.userId());
        }
        if (query.albumId() != null) {
            where.append(" AND album_id = :album");
            bindings.put("album", query.albumId());
        }
        if (query.categoryId() != null) {
            where.append(" AND category_id = :category");
            bindings.put("category", query.categoryId());
        }
        if (query.tag() != null) {
            where.append(" AND id IN (SELECT mt.media_id FROM media_tags mt JOIN tags t ON t.id = mt.tag_id"
                    + " WHERE t.name = :tag)");
            bindings.put("tag", query.tag());
        }
        if (query.publicOnly()) {
            where.append(" AND (album_id IS NULL OR album_id IN (SELECT id FROM albums WHERE privacy = 'public'))");
        }
        if (query.visibleAt() != null) {
            where.append(" AND (expires_at IS NULL OR expires_at > :now)");
            bindings.put("now", query.visibleAt().toEpochMilli());
        }
        return where.toString();
    }

    /** Tags come from a second query on the same handle, so they share the caller's snapshot. */
    private static RowMapper<Media> withTags(Handle handle) {
        return (rs, ctx) -> MediaRows.read(rs, tagsOf(handle, rs.getLong("id")));
    }

    private static List<String> tagsOf(Handle handle, long mediaId) {
        return handle.createQuery("SELECT t.name FROM media_tags mt JOIN tags t ON t.id = mt.tag_id "
                        + "WHERE mt.media_id = :id ORDER BY mt.position")
                .bind("id", mediaId)
                .map(Rows.FIRST_STRING)
                .list();
    }

    static void insertTags(Handle handle, long mediaId, List<String> tags) {
        int position = 0;
        for (String tag : new LinkedHashSet<>(tags)) {
            handle.createUpdate("INSERT INTO tags (name) VALUES (:name) ON CONFLICT (name) DO NOTHING")
                    .bind("name", tag)
                    .execute();
            long tagId = handle.createQuery("SELECT id FROM tags WHERE name = :name")
                    .bind("name", tag)
                    .map(Rows.FIRST_LONG)
                    .one();
            handle.createUpdate("INSERT INTO media_tags (media_id, tag_id, position) VALUES (:media, :tag, :position)")
                    .bind("media", mediaId)
                    .bind("tag", tagId)
                    .bind("position", position++)
                    .execute();
        }
    }
}
