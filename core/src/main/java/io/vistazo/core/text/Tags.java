package io.vistazo.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code tags} parameter ({@code docs/chevereto-compat.md} §3.14). Tags with a forbidden character are skipped, as
 * Chevereto does; a tag that is too long, or more tags than one media may have, are refused, so that nothing
 * the user typed is lost without a word.
 */
public final class Tags {

    /** The longest tag, in characters (Chevereto's column holds 32). */
    public static final int MAX_LENGTH = 32;
    /** The most tags one media may have. */
    public static final int MAX_TAGS = 100;
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("\\s+");
    private static final Pattern FORBIDDEN_CHARS = Pattern.compile("[,/#]");

    private Tags() {
    }

    /**
     * Split on commas, trim, de-duplicate, drop empties and tags with {@code , / #}.
     *
     * @throws IllegalArgumentException, with a message for the user, for a tag over {@value #MAX_LENGTH}
     *                                  characters or more than {@value #MAX_TAGS} tags
     */
    public static List<String> parse(String value) {
        if (value == null) {
            return List.of();
        }
        String collapsed = WHITESPACE_RUNS.matcher(value).replaceAll(" ");
        List<String> tags = Arrays.stream(collapsed.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty() && !FORBIDDEN_CHARS.matcher(tag).find())
                .distinct()
                .toList();
        for (String tag : tags) {
            if (tag.codePointCount(0, tag.length()) > MAX_LENGTH) {
                throw new IllegalArgumentException("Tags are at most " + MAX_LENGTH + " characters long: "
                        + tag.substring(0, tag.offsetByCodePoints(0, MAX_LENGTH)) + "…");
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("A media may have at most " + MAX_TAGS + " tags, not " + tags.size());
        }
        return tags;
    }
}
