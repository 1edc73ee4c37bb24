package io.vistazo.core.port.in;

import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import java.util.List;
import java.util.Optional;

/**
 * Accounts: admins create, list and remove them; a password (optional) is what the web login checks. Every change
 * takes the acting user; the command line acts as {@link User#CONSOLE}.
 */
public interface ManageAccounts {

    /** @param password null for an account that only uses API keys */
    User create(User actor, String name, Role role, String password);

    List<User> list(User actor);

    Optional<User> find(String name);

    /** The named account, or a "not found" refusal. */
    User require(String name);

    /**
     * Removes the account, its keys and its albums; its media are deleted with their files when asked, else kept
     * without an owner. The last admin cannot be removed.
     *
     * @return how many media were deleted
     */
    int remove(User actor, String name, boolean deleteMedia);

    /** A user sets their own password; an admin anyone's. Null removes it (no web login). */
    void setPassword(User actor, User target, String password);

    /**
     * The user whose name and password these are, for the web login. Callers limit failed attempts
     * ({@link LimitAttempts}).
     */
    Optional<User> verifyPassword(String name, String password);

    /**
     * An account as the admin pages list it.
     *
     * @param disabled whether its keys, sessions and password are refused
     */
    record AccountView(User user, boolean disabled) {
    }

    /**
     * The accounts whose name contains {@code search} (any case; blank for all), by name, from {@code offset},
     * at most {@code limit} of them. Admins only.
     */
    List<AccountView> search(User actor, String search, int offset, int limit);

    /** Gives the named account another role; the last admin stays an admin. */
    User changeRole(User actor, String name, Role role);

    /** Sets a new random password on the named account and returns it: the only time it is shown. Admins only. */
    String resetPassword(User actor, String name);

    /**
     * Disables the named account (its sessions and keys stop working, its password is refused) or enables it
     * again. The last enabled admin cannot be disabled.
     */
    void setDisabled(User actor, String name, boolean disabled);
}
