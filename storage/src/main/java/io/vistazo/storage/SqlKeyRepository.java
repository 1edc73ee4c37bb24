package io.vistazo.storage;

import io.vistazo.core.domain.ApiKey;
import io.vistazo.core.port.out.KeyRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** API keys; creation times are kept to the second. */
final class SqlKeyRepository implements KeyRepository {

    private static final String SELECT = "SELECT id, user_id, name, hash, created_gmt, revoked FROM api_keys";

    private static final RowMapper<ApiKey> API_KEY = (rs, ctx) -> new ApiKey(
            rs.getLong("id"),
            rs.getLong("user_id"),
            rs.getString("name"),
            rs.getString("hash"),
            Rows.instantGmt(rs.getString("created_gmt")),
            rs.getBoolean("revoked"));

    private final SqlAccess sql;

    SqlKeyRepository(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public long reserve(long userId, String name, Instant created) {
        return sql.write(handle -> handle.createQuery("INSERT INTO api_keys (user_id, name, created_gmt) "
                        + "VALUES (:user, :name, :created) RETURNING id")
                .bind("user", userId)
                .bind("name", name)
                .bind("created", Rows.timestampGmt(created))
                .map(Rows.FIRST_LONG)
                .one());
    }

    /** @throws IllegalArgumentException when no key has this id, or another key has this hash */
    @Override
    public void setHash(long keyId, String hashHex) {
        int updated = sql.writeUnique("another API key has this hash", handle -> handle
                .createUpdate("UPDATE api_keys SET hash = :hash WHERE id = :id")
                .bind("hash", hashHex)
                .bind("id", keyId)
                .execute());
        if (updated == 0) {
            throw new IllegalArgumentException("no API key with id " + keyId);
        }
    }

    @Override
    public Optional<ApiKey> findById(long keyId) {
        return sql.read(handle -> handle.createQuery(SELECT + " WHERE id = :id")
                .bind("id", keyId)
                .map(API_KEY)
                .findOne());
    }

    @Override
    public Optional<ApiKey> findByHash(String hashHex) {
        return sql.read(handle -> handle.createQuery(SELECT + " WHERE hash = :hash")
                .bind("hash", hashHex)
                .map(API_KEY)
                .findOne());
    }

    @Override
    public List<ApiKey> listByUser(long userId) {
        return sql.read(handle -> handle.createQuery(SELECT + " WHERE user_id = :user ORDER BY id")
                .bind("user", userId)
                .map(API_KEY)
                .list());
    }

    /** Idempotent; an unknown id changes nothing. */
    @Override
    public void revoke(long keyId) {
        sql.useWrite(handle -> handle.createUpdate("UPDATE api_keys SET revoked = TRUE WHERE id = :id")
                .bind("id", keyId)
                .execute());
    }
}
