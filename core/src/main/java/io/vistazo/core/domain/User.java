package io.vistazo.core.domain;

/** An account that owns API keys, albums and uploads, or one of the two stand-ins that own nothing. */
public record User(long id, String name, Role role) {

    /** Who uploads with the guest key. Never stored. */
    public static final User GUEST = new User(0, "guest", Role.GUEST);

    /** The operator at the server's command line: may administer everything, owns nothing. Never stored. */
    public static final User CONSOLE = new User(0, "console", Role.ADMIN);

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isGuest() {
        return role == Role.GUEST;
    }

    /** Whether this is a stored account rather than the guest or the console. */
    public boolean isAccount() {
        return id > 0;
    }

    /** The owner id media and albums record for this user; null for the guest and the console. */
    public Long ownerId() {
        return isAccount() ? id : null;
    }

    /** Whether this user may change what {@code ownerId} owns: only its owner or an admin. */
    public boolean mayManage(Long ownerId) {
        return isAdmin() || isAccount() && ownerId != null && ownerId == id;
    }
}
