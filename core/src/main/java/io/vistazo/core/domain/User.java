package io.vistazo.core.domain;

/** An account that owns API keys and uploads. */
public record User(long id, String name, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
