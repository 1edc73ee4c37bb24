package io.vistazo.core.text;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Viewer URL slugs from titles ({@code docs/chevereto-compat.md} §3.5). */
public final class Slugs {

    private static final Pattern DELETED_CHARS = Pattern.compile("[\\\\/~&!'\"?]");
    private static final Pattern SEPARATOR_RUNS = Pattern.compile("[\\s-]+");
    private static final Pattern EDGE_SPACE = Pattern.compile("^ | $");
    // Like PHP strip_tags once quotes are gone: a tag runs to the next '>' or, unclosed, to the end.
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>?");
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private Slugs() {
    }

    /** {@code "Hola señor ¿qué tal?"} → {@code "Hola-se%C3%B1or-%C2%BFqu%C3%A9-tal"}; may be empty. */
    public static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        String text = DELETED_CHARS.matcher(title).replaceAll("");
        text = SEPARATOR_RUNS.matcher(text).replaceAll(" ");
        text = EDGE_SPACE.matcher(text).replaceAll("").replace(' ', '-');
        text = HTML_TAG.matcher(text).replaceAll("");
        return rawUrlEncode(text);
    }

    /** PHP {@code rawurlencode}: RFC 3986 unreserved characters kept, every other UTF-8 byte as {@code %XX}. */
    private static String rawUrlEncode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (isUnreserved(b)) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(HEX_DIGITS[(b >> 4) & 0xF]).append(HEX_DIGITS[b & 0xF]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
                || b == '-' || b == '_' || b == '.' || b == '~';
    }
}
