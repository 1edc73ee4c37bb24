package io.vistazo.storage;

import io.vistazo.core.port.out.AlbumRepository;
import java.util.Optional;

/** Albums. Beyond the port, {@link #create} lets the application add albums until core has a use case for it. */
public final class SqliteAlbumRepository implements AlbumRepository {

    private final SqlAccess sql;

    SqliteAlbumRepository(SqlAccess sql) {
        this.sql = sql;
    }

    /**
     * @param privacy Chevereto's privacy value ({@code public}, {@code private}, {@code private_but_link}…)
     * @return the new album's id
     */
    public long create(long ownerId, String name, String description, String privacy) {
        return sql.write(handle -> {
            handle.createUpdate("INSERT INTO albums (user_id, name, description, privacy) "
                            + "VALUES (:user, :name, :description, :privacy)")
                    .bind("user", ownerId)
                    .bind("name", name)
                    .bind("description", description)
                    .bind("privacy", privacy)
                    .execute();
            return SqlAccess.lastInsertId(handle);
        });
    }

    @Override
    public Optional<Long> ownerOf(long albumId) {
        return sql.read(handle -> handle.createQuery("SELECT user_id FROM albums WHERE id = :id")
                .bind("id", albumId)
                .map(Rows.FIRST_LONG)
                .findOne());
    }
}
