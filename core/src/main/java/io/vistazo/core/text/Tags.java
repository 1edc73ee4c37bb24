package io.vistazo.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code tags} parameter ({@code chevereto-compat.md} §3.14). */
public final class Tags {

    private static final int MAX_LENGTH = 32;
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("\\s+");
    private static final Pattern FORBIDDEN_CHARS = Pattern.compile("[,/#]");

    private Tags() {
    }

    /** Split on commas, trim, de-duplicate, drop empties and invalid tags (over 32 chars, or with , / #). */
    public static List<String> parse(String value) {
        if (value == null) {
            return List.of();
        }
        String collapsed = WHITESPACE_RUNS.matcher(value).replaceAll(" ");
        return Arrays.stream(collapsed.split(","))
                .map(String::strip)
                .filter(Tags::isValid)
                .distinct()
                .toList();
    }

    /** A tag made only of forbidden characters ({@code "///"}) contains one, so it fails too. */
    private static boolean isValid(String tag) {
        return !tag.isEmpty()
                && tag.codePointCount(0, tag.length()) <= MAX_LENGTH
                && !FORBIDDEN_CHARS.matcher(tag).find();
    }
}
