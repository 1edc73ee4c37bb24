package io.vistazo.core.domain;

/** Who may upload by URL: the operator's {@code url-uploads} setting. */
public enum UrlUploads {
    OFF,
    ADMIN,
    USERS;

    /** Whether this user may upload by URL; the guest never may. */
    public boolean allows(User user) {
        return switch (this) {
            case OFF -> false;
            case ADMIN -> user.isAdmin();
            case USERS -> user.isAccount();
        };
    }
}
