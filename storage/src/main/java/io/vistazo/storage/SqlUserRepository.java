package io.vistazo.storage;

import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.UserRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Accounts. An account found by id is kept for a moment with its status (see {@link RecentRows}): every
 * authenticated request asks for it.
 */
final class SqlUserRepository implements UserRepository {

    private static final String BANNED = "banned";
    private static final String SELECT = "SELECT id, name, role FROM users";

    /** An account and whether it is disabled, as one lookup by id reads them. */
    private record Account(User user, boolean disabled) {
    }

    private static final RowMapper<User> USER = (rs, ctx) -> new User(
            rs.getLong("id"),
            rs.getString("name"),
            Role.valueOf(rs.getString("role")));

    private final SqlAccess sql;
    private final RecentRows<Long, Account> byId;

    /** @param rereadAfter how long an account found is kept before it is read again (zero: not kept) */
    SqlUserRepository(SqlAccess sql, Duration rereadAfter) {
        this.sql = sql;
        this.byId = new RecentRows<>(rereadAfter);
    }

    /** @throws IllegalArgumentException when the name is taken, also by another node at the same moment */
    @Override
    public User create(String name, Role role) {
        return sql.writeUnique("user name already taken: " + name, handle -> {
            if (findByName(handle, name).isPresent()) {
                throw new IllegalArgumentException("user name already taken: " + name);
            }
            long id = handle.createQuery("INSERT INTO users (name, role) VALUES (:name, :role) RETURNING id")
                    .bind("name", name)
                    .bind("role", role.name())
                    .map(Rows.FIRST_LONG)
                    .one();
            return new User(id, name, role);
        });
    }

    @Override
    public Optional<User> findById(long id) {
        return account(id).map(Account::user);
    }

    private Optional<Account> account(long id) {
        return byId.get(id, () -> sql.read(handle -> handle.createQuery(
                        "SELECT id, name, role, status FROM users WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Account(USER.map(rs, ctx), BANNED.equals(rs.getString("status"))))
                .findOne()));
    }

    @Override
    public Optional<User> findByName(String name) {
        return sql.read(handle -> findByName(handle, name));
    }

    @Override
    public long count() {
        return sql.read(handle -> handle.createQuery("SELECT COUNT(*) FROM users").map(Rows.FIRST_LONG).one());
    }

    @Override
    public List<User> list() {
        return sql.read(handle -> handle.createQuery(SELECT + " ORDER BY name").map(USER).list());
    }

    @Override
    public boolean delete(long userId) {
        return RecentRows.forgettingAfter(() -> sql.write(handle -> {
            handle.createUpdate("UPDATE media SET album_id = NULL "
                    + "WHERE album_id IN (SELECT id FROM albums WHERE user_id = :id)").bind("id", userId).execute();
            handle.createUpdate("UPDATE media SET user_id = NULL WHERE user_id = :id").bind("id", userId).execute();
            handle.createUpdate("DELETE FROM albums WHERE user_id = :id").bind("id", userId).execute();
            handle.createUpdate("DELETE FROM api_keys WHERE user_id = :id").bind("id", userId).execute();
            return handle.createUpdate("DELETE FROM users WHERE id = :id").bind("id", userId).execute() > 0;
        }), byId);
    }

    @Override
    public void setPasswordHash(long userId, String hash) {
        sql.useWrite(handle -> handle.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash)
                .bind("id", userId)
                .execute());
    }

    @Override
    public Optional<String> passwordHash(long userId) {
        return sql.read(handle -> handle.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId)
                .map(Rows.FIRST_STRING)
                .findOne()
                .flatMap(Optional::ofNullable));
    }

    @Override
    public void setRole(long userId, Role role) {
        RecentRows.forgettingAfter(() -> sql.write(handle -> handle
                .createUpdate("UPDATE users SET role = :role WHERE id = :id")
                .bind("role", role.name())
                .bind("id", userId)
                .execute()), byId);
    }

    /** Stored in the {@code status} column an import from Chevereto fills: {@code banned} or {@code valid}. */
    @Override
    public void setDisabled(long userId, boolean disabled) {
        RecentRows.forgettingAfter(() -> sql.write(handle -> handle
                .createUpdate("UPDATE users SET status = :status WHERE id = :id")
                .bind("status", disabled ? BANNED : "valid")
                .bind("id", userId)
                .execute()), byId);
    }

    @Override
    public boolean isDisabled(long userId) {
        return account(userId).map(Account::disabled).orElse(false);
    }

    /** After a write to the accounts made elsewhere in this process (an import). */
    void forgetRecent() {
        byId.forgetAll();
    }

    private static Optional<User> findByName(Handle handle, String name) {
        return handle.createQuery(SELECT + " WHERE name = :name")
                .bind("name", name)
                .map(USER)
                .findOne();
    }
}
