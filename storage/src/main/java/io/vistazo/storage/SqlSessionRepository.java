package io.vistazo.storage;

import io.vistazo.core.port.out.SessionRepository;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Web sessions in {@code web_sessions}; times are kept to the second. */
final class SqlSessionRepository implements SessionRepository {

    private static final RowMapper<StoredSession> SESSION = (rs, ctx) -> new StoredSession(
            rs.getString("id_hash"),
            rs.getLong("user_id"),
            Rows.instantGmt(rs.getString("created_gmt")),
            Rows.instantGmt(rs.getString("last_seen_gmt")));

    private final SqlAccess sql;

    SqlSessionRepository(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public void create(StoredSession session) {
        sql.useWrite(handle -> handle.createUpdate("INSERT INTO web_sessions (id_hash, user_id, created_gmt, "
                        + "last_seen_gmt) VALUES (:hash, :user, :created, :seen)")
                .bind("hash", session.idHash())
                .bind("user", session.userId())
                .bind("created", Rows.timestampGmt(session.created()))
                .bind("seen", Rows.timestampGmt(session.lastSeen()))
                .execute());
    }

    @Override
    public Optional<StoredSession> find(String idHash) {
        return sql.read(handle -> handle.createQuery("SELECT id_hash, user_id, created_gmt, last_seen_gmt "
                        + "FROM web_sessions WHERE id_hash = :hash")
                .bind("hash", idHash)
                .map(SESSION)
                .findOne());
    }

    @Override
    public void touch(String idHash, Instant lastSeen) {
        sql.useWrite(handle -> handle.createUpdate("UPDATE web_sessions SET last_seen_gmt = :seen "
                        + "WHERE id_hash = :hash")
                .bind("seen", Rows.timestampGmt(lastSeen))
                .bind("hash", idHash)
                .execute());
    }

    @Override
    public void delete(String idHash) {
        sql.useWrite(handle -> handle.createUpdate("DELETE FROM web_sessions WHERE id_hash = :hash")
                .bind("hash", idHash)
                .execute());
    }

    @Override
    public int deleteForUser(long userId) {
        return sql.write(handle -> handle.createUpdate("DELETE FROM web_sessions WHERE user_id = :user")
                .bind("user", userId)
                .execute());
    }

    @Override
    public int deleteIdleSince(Instant instant) {
        // The text timestamps sort like the instants they stand for.
        return sql.write(handle -> handle.createUpdate("DELETE FROM web_sessions WHERE last_seen_gmt < :before")
                .bind("before", Rows.timestampGmt(instant))
                .execute());
    }
}
