package io.vistazo.storage;

import io.vistazo.core.port.out.InviteRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Sign-up invites in {@code invites}; times in epoch milliseconds. */
final class SqlInviteRepository implements InviteRepository {

    private static final String COLUMNS = "code_hash, created_by, created_at, used_by, used_at, revoked_at";
    private static final RowMapper<StoredInvite> INVITE = (rs, ctx) -> new StoredInvite(
            rs.getString("code_hash"),
            Rows.nullableLong(rs, "created_by"),
            Instant.ofEpochMilli(rs.getLong("created_at")),
            Rows.nullableLong(rs, "used_by"),
            instantOrNull(Rows.nullableLong(rs, "used_at")),
            instantOrNull(Rows.nullableLong(rs, "revoked_at")));

    private final SqlAccess sql;

    SqlInviteRepository(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public void create(String codeHash, long createdBy, Instant createdAt) {
        sql.useWrite(handle -> handle.createUpdate("INSERT INTO invites (code_hash, created_by, created_at) "
                        + "VALUES (:hash, :by, :at)")
                .bind("hash", codeHash)
                .bind("by", createdBy == 0 ? null : createdBy)
                .bind("at", createdAt.toEpochMilli())
                .execute());
    }

    @Override
    public Optional<StoredInvite> find(String codeHash) {
        return sql.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM invites WHERE code_hash = :hash")
                .bind("hash", codeHash)
                .map(INVITE)
                .findOne());
    }

    @Override
    public List<StoredInvite> list() {
        return sql.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM invites "
                        + "ORDER BY created_at DESC, code_hash")
                .map(INVITE)
                .list());
    }

    @Override
    public boolean use(String codeHash, long userId, Instant at) {
        return sql.write(handle -> handle.createUpdate("UPDATE invites SET used_by = :user, used_at = :at "
                        + "WHERE code_hash = :hash AND used_at IS NULL AND revoked_at IS NULL")
                .bind("user", userId)
                .bind("at", at.toEpochMilli())
                .bind("hash", codeHash)
                .execute()) == 1;
    }

    @Override
    public boolean revoke(String codeHash, Instant at) {
        return sql.write(handle -> handle.createUpdate("UPDATE invites SET revoked_at = :at "
                        + "WHERE code_hash = :hash AND used_at IS NULL AND revoked_at IS NULL")
                .bind("at", at.toEpochMilli())
                .bind("hash", codeHash)
                .execute()) == 1;
    }

    private static Instant instantOrNull(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
