package io.vistazo.core.port.in;

/** Why a password chosen at sign-up or on a change is refused; the web shows a message for each. */
public enum PasswordWeakness {
    /** Shorter than the minimum. */
    TOO_SHORT,
    /** Longer than the maximum. */
    TOO_LONG,
    /** Equal to the user name or containing it. */
    CONTAINS_NAME,
    /** On the list of the most common passwords. */
    COMMON
}
