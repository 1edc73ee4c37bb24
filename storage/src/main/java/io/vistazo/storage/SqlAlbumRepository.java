package io.vistazo.storage;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.port.out.AlbumRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Albums with their media count; creation times are kept to the second. */
final class SqlAlbumRepository implements AlbumRepository {

    private static final String SELECT = "SELECT a.id, a.user_id, a.name, a.description, a.privacy, a.created_gmt, "
            + "(SELECT COUNT(*) FROM media m WHERE m.album_id = a.id) AS media_count FROM albums a";

    private static final RowMapper<Album> ALBUM = (rs, ctx) -> new Album(
            rs.getLong("id"),
            rs.getLong("user_id"),
            rs.getString("name"),
            rs.getString("description"),
            AlbumPrivacy.parse(rs.getString("privacy")),
            Rows.instantGmt(rs.getString("created_gmt")),
            rs.getInt("media_count"));

    private final SqlAccess sql;

    SqlAlbumRepository(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public Album create(long ownerId, String name, String description, AlbumPrivacy privacy, Instant created) {
        return sql.write(handle -> {
            long id = handle.createQuery("INSERT INTO albums (user_id, name, description, privacy, created_gmt) "
                            + "VALUES (:user, :name, :description, :privacy, :created) RETURNING id")
                    .bind("user", ownerId)
                    .bind("name", name)
                    .bind("description", description)
                    .bind("privacy", privacy.label())
                    .bind("created", Rows.timestampGmt(created))
                    .map(Rows.FIRST_LONG)
                    .one();
            return findById(handle, id).orElseThrow();
        });
    }

    @Override
    public Optional<Long> ownerOf(long albumId) {
        return sql.read(handle -> handle.createQuery("SELECT user_id FROM albums WHERE id = :id")
                .bind("id", albumId)
                .map(Rows.FIRST_LONG)
                .findOne());
    }

    @Override
    public Optional<Album> findById(long albumId) {
        return sql.read(handle -> findById(handle, albumId));
    }

    @Override
    public List<Album> listByUser(long userId) {
        return sql.read(handle -> handle.createQuery(SELECT + " WHERE a.user_id = :user ORDER BY a.id DESC")
                .bind("user", userId)
                .map(ALBUM)
                .list());
    }

    @Override
    public void update(Album album) {
        sql.useWrite(handle -> handle.createUpdate("UPDATE albums SET name = :name, description = :description, "
                        + "privacy = :privacy WHERE id = :id")
                .bind("name", album.name())
                .bind("description", album.description())
                .bind("privacy", album.privacy().label())
                .bind("id", album.id())
                .execute());
    }

    @Override
    public boolean delete(long albumId) {
        return sql.write(handle -> {
            // Explicit so it holds whether or not the connection enforces ON DELETE SET NULL.
            handle.createUpdate("UPDATE media SET album_id = NULL WHERE album_id = :id").bind("id", albumId).execute();
            return handle.createUpdate("DELETE FROM albums WHERE id = :id").bind("id", albumId).execute() > 0;
        });
    }

    private static Optional<Album> findById(Handle handle, long albumId) {
        return handle.createQuery(SELECT + " WHERE a.id = :id")
                .bind("id", albumId)
                .map(ALBUM)
                .findOne();
    }
}
