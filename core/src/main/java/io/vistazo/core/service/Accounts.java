package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageAccounts;
import io.vistazo.core.port.out.ForeignHashes;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.UserRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts: admins create, list and remove them; a password (optional) is what the web login checks. Every method
 * takes the acting user; the command line acts as {@link User#CONSOLE}.
 */
public final class Accounts implements ManageAccounts {

    private final UserRepository users;
    private final DeleteMediaService deleter;
    private final PasswordHasher hasher;
    private final ForeignHashes foreign;

    public Accounts(UserRepository users, DeleteMediaService deleter, PasswordHasher hasher) {
        this(users, deleter, hasher, ForeignHashes.NONE);
    }

    /** @param foreign checks passwords imported with another program's hashes, replaced by ours when they match */
    public Accounts(UserRepository users, DeleteMediaService deleter, PasswordHasher hasher, ForeignHashes foreign) {
        this.foreign = foreign;
        this.users = users;
        this.deleter = deleter;
        this.hasher = hasher;
    }

    /** @param password null for an account that only uses API keys */
    @Override
    public User create(User actor, String name, Role role, String password) {
        Permissions.requireAdmin(actor, "create users");
        String validName = Names.userName(name);
        if (role == Role.GUEST) {
            throw Refusal.invalidValue("A user's role is admin or user");
        }
        String hash = password == null ? null : hasher.hash(Names.password(password));
        User created;
        try {
            created = users.create(validName, role);
        } catch (IllegalArgumentException taken) {
            throw Refusal.invalidValue("User name already taken: " + validName);
        }
        if (hash != null) {
            users.setPasswordHash(created.id(), hash);
        }
        return created;
    }

    @Override
    public List<User> list(User actor) {
        Permissions.requireAdmin(actor, "list users");
        return users.list();
    }

    @Override
    public Optional<User> find(String name) {
        return name == null ? Optional.empty() : users.findByName(name.strip());
    }

    @Override
    public User require(String name) {
        return find(name).orElseThrow(() -> Refusal.notFound("User " + name));
    }

    /**
     * Removes the account, its keys and its albums. Its media are deleted with their files when asked, else kept
     * without an owner. The last admin cannot be removed.
     *
     * @return how many media were deleted
     */
    @Override
    public int remove(User actor, String name, boolean deleteMedia) {
        Permissions.requireAdmin(actor, "remove users");
        User target = require(name);
        requireAnotherAdmin(target, "remove");
        int deleted = deleteMedia ? deleter.deleteAll(MediaRepository.Query.all().byUser(target.id())) : 0;
        users.delete(target.id());
        return deleted;
    }

    /** A user sets their own password; an admin anyone's. Null removes it (no web login). */
    @Override
    public void setPassword(User actor, User target, String password) {
        if (!actor.mayManage(target.id())) {
            throw Refusal.forbidden("Only admins may set other users' passwords");
        }
        users.setPasswordHash(target.id(), password == null ? null : hasher.hash(Names.password(password)));
    }

    /**
     * The user whose name and password these are, for the web login. Unknown names cost as much time as wrong
     * passwords. Callers limit failed attempts (see {@link AttemptLimiter}).
     */
    @Override
    public Optional<User> verifyPassword(String name, String password) {
        String given = password == null ? "" : password;
        Optional<User> user = find(name);
        Optional<String> hash = user.flatMap(found -> users.passwordHash(found.id()));
        if (hash.isEmpty()) {
            hasher.burn(given);
            return Optional.empty();
        }
        if (users.isDisabled(user.get().id())) {
            hasher.burn(given);
            return Optional.empty();
        }
        if (foreign.recognizes(hash.get())) {
            if (!foreign.matches(given, hash.get())) {
                return Optional.empty();
            }
            users.setPasswordHash(user.get().id(), hasher.hash(given));
            return user;
        }
        return hasher.verify(given, hash.get()) ? user : Optional.empty();
    }

    @Override
    public List<AccountView> search(User actor, String search, int offset, int limit) {
        Permissions.requireAdmin(actor, "list users");
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return users.list().stream()
                .filter(user -> user.name().toLowerCase(Locale.ROOT).contains(needle))
                .skip(Math.max(0, offset))
                .limit(Math.max(0, limit))
                .map(user -> new AccountView(user, users.isDisabled(user.id())))
                .toList();
    }

    @Override
    public User changeRole(User actor, String name, Role role) {
        Permissions.requireAdmin(actor, "change roles");
        if (role == null || role == Role.GUEST) {
            throw Refusal.invalidValue("A user's role is admin or user");
        }
        User target = require(name);
        if (role != Role.ADMIN) {
            requireAnotherAdmin(target, "demote");
        }
        users.setRole(target.id(), role);
        return new User(target.id(), target.name(), role);
    }

    @Override
    public String resetPassword(User actor, String name) {
        Permissions.requireAdmin(actor, "reset passwords");
        User target = require(name);
        String password = hasher.randomPassword();
        users.setPasswordHash(target.id(), hasher.hash(password));
        return password;
    }

    @Override
    public void setDisabled(User actor, String name, boolean disabled) {
        Permissions.requireAdmin(actor, "disable users");
        User target = require(name);
        if (disabled) {
            requireAnotherAdmin(target, "disable");
        }
        users.setDisabled(target.id(), disabled);
    }

    /** Refuses to take away the admin role from the last enabled admin (to remove, demote or disable it). */
    private void requireAnotherAdmin(User target, String action) {
        if (!target.isAdmin() || users.isDisabled(target.id())) {
            return;
        }
        long enabledAdmins = users.list().stream()
                .filter(user -> user.isAdmin() && !users.isDisabled(user.id()))
                .count();
        if (enabledAdmins <= 1) {
            throw Refusal.invalidValue("Cannot " + action + " the last admin");
        }
    }
}
