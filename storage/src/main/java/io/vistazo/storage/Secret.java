package io.vistazo.storage;

import java.util.Objects;

/**
 * A password or other credential: its {@link #toString()} never shows it, so it can sit in records and log lines
 * that print their fields. Only {@link #reveal()} gives the value, at the place that sends it.
 */
public final class Secret {

    private static final Secret NONE = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return value == null || value.isEmpty() ? NONE : new Secret(value);
    }

    public static Secret none() {
        return NONE;
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value.isEmpty() ? "(none)" : "********";
    }
}
