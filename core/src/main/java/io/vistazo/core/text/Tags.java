package io.vistazo.core.text;

import java.util.List;

/** The {@code tags} parameter ({@code chevereto-compat.md} §3.14). */
public final class Tags {

    private Tags() {
    }

    /** Split on commas, trim, de-duplicate, drop empties and invalid tags (over 32 chars, or with , / #). */
    public static List<String> parse(String value) {
        throw new UnsupportedOperationException("stub");
    }
}
