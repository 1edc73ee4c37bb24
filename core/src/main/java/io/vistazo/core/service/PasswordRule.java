package io.vistazo.core.service;

import io.vistazo.core.port.in.PasswordWeakness;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The strength rule for passwords people choose (sign-up, change): long enough, not the user name nor containing
 * it, and not one of the most common passwords (the list shipped as {@value #COMMON_LIST}, compared without case).
 */
public final class PasswordRule {

    static final String COMMON_LIST = "common-passwords.txt";
    /** Shorter names would refuse too much by containment; they are still refused when equal. */
    private static final int MIN_NAME_FOR_CONTAINS = 3;

    private final Set<String> common;

    private PasswordRule(Set<String> common) {
        this.common = common;
    }

    /** The rule with the shipped list of common passwords. */
    public static PasswordRule standard() {
        try (InputStream in = PasswordRule.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the core module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordRule(reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why {@code password} is refused for the account {@code name}, or empty when it is strong enough. */
    public Optional<PasswordWeakness> weakness(String name, String password) {
        String given = password == null ? "" : password;
        if (given.length() < Names.MIN_PASSWORD) {
            return Optional.of(PasswordWeakness.TOO_SHORT);
        }
        if (given.length() > Names.MAX_PASSWORD) {
            return Optional.of(PasswordWeakness.TOO_LONG);
        }
        String lower = given.toLowerCase(Locale.ROOT);
        String user = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!user.isEmpty() && (lower.equals(user) || user.length() >= MIN_NAME_FOR_CONTAINS && lower.contains(user))) {
            return Optional.of(PasswordWeakness.CONTAINS_NAME);
        }
        if (common.contains(lower)) {
            return Optional.of(PasswordWeakness.COMMON);
        }
        return Optional.empty();
    }

    /** How many common passwords the rule knows, for its test. */
    int commonCount() {
        return common.size();
    }
}
