package io.vistazo.core.domain;

/** What a user may do. */
public enum Role {
    ADMIN,
    USER,
    /** Whoever uploads with the guest key: no account. Never stored. */
    GUEST
}
