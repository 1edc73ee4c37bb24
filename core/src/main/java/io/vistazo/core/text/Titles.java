package io.vistazo.core.text;

/** Title rules: 100-character cap and the 28-character {@code title_truncated}. */
public final class Titles {

    private static final int MAX_LENGTH = 100;
    private static final int TRUNCATE_ABOVE = 28;
    private static final int TRUNCATED_LENGTH = 25;
    private static final String ELLIPSIS = "...";

    private Titles() {
    }

    /** Cut to 100 code points. */
    public static String cap(String title) {
        return title == null ? null : firstCodePoints(title, MAX_LENGTH);
    }

    /** Unchanged up to 28 code points, else the first 25 right-trimmed plus {@code ...}. */
    public static String truncate(String title) {
        if (title == null || codePointLength(title) <= TRUNCATE_ABOVE) {
            return title;
        }
        return firstCodePoints(title, TRUNCATED_LENGTH).stripTrailing() + ELLIPSIS;
    }

    /** HTML-escapes {@code & < > " '}. */
    public static String escapeHtml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.chars().forEach(c -> escaped.append(escape((char) c)));
        return escaped.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#039;";
            default -> String.valueOf(c);
        };
    }

    private static int codePointLength(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String firstCodePoints(String text, int count) {
        if (codePointLength(text) <= count) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, count));
    }
}
