package io.vistazo.core.domain;

/** What a user may do. */
public enum Role {
    ADMIN,
    USER
}
