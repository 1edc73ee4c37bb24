package io.vistazo.core.port.out;

import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import java.util.List;
import java.util.Optional;

/** Accounts. */
public interface UserRepository {

    /** @throws IllegalArgumentException when the name is taken */
    User create(String name, Role role);

    Optional<User> findById(long id);

    Optional<User> findByName(String name);

    long count();

    /** Every account, by name. */
    List<User> list();

    /**
     * Deletes the account with its API keys and albums in one transaction; media it still owns are kept without
     * an owner and outside any album. False when there was none.
     */
    boolean delete(long userId);

    /** @param hash the encoded password hash, or null to disable password login */
    void setPasswordHash(long userId, String hash);

    /** The encoded password hash; empty when the account has no password. */
    Optional<String> passwordHash(long userId);

    void setRole(long userId, Role role);

    /** Disables the account (Chevereto's {@code banned} status) or enables it again ({@code valid}). */
    void setDisabled(long userId, boolean disabled);

    /** Whether the account is disabled: its keys, sessions and password are refused. */
    boolean isDisabled(long userId);
}
