package io.vistazo.storage;

import io.vistazo.core.domain.ApiKey;
import io.vistazo.core.port.out.KeyRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * API keys; creation times are kept to the second. Keys found by id or hash are kept for a moment (see
 * {@link RecentRows}): every authenticated request looks its key up.
 */
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
    private final RecentRows<Long, ApiKey> byId;
    private final RecentRows<String, ApiKey> byHash;

    /** @param rereadAfter how long a key found is kept before it is read again (zero: not kept) */
    SqlKeyRepository(SqlAccess sql, Duration rereadAfter) {
        this.sql = sql;
        this.byId = new RecentRows<>(rereadAfter);
        this.byHash = new RecentRows<>(rereadAfter);
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
        int updated = RecentRows.forgettingAfter(() -> sql.writeUnique("another API key has this hash", handle -> handle
                .createUpdate("UPDATE api_keys SET hash = :hash WHERE id = :id")
                .bind("hash", hashHex)
                .bind("id", keyId)
                .execute()), byId, byHash);
        if (updated == 0) {
            throw new IllegalArgumentException("no API key with id " + keyId);
        }
    }

    @Override
    public Optional<ApiKey> findById(long keyId) {
        return byId.get(keyId, () -> sql.read(handle -> handle.createQuery(SELECT + " WHERE id = :id")
                .bind("id", keyId)
                .map(API_KEY)
                .findOne()));
    }

    @Override
    public Optional<ApiKey> findByHash(String hashHex) {
        return byHash.get(hashHex, () -> sql.read(handle -> handle.createQuery(SELECT + " WHERE hash = :hash")
                .bind("hash", hashHex)
                .map(API_KEY)
                .findOne()));
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
        RecentRows.forgettingAfter(() -> sql.write(handle -> handle
                .createUpdate("UPDATE api_keys SET revoked = TRUE WHERE id = :id")
                .bind("id", keyId)
                .execute()), byId, byHash);
    }

    /** After a write to the keys made elsewhere in this process (an import). */
    void forgetRecent() {
        byId.forgetAll();
        byHash.forgetAll();
    }
}
