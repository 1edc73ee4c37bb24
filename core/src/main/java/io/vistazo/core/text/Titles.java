package io.vistazo.core.text;

/** Title rules: 100-character cap and the 28-character {@code title_truncated}. */
public final class Titles {

    private Titles() {
    }

    /** Cut to 100 code points. */
    public static String cap(String title) {
        throw new UnsupportedOperationException("stub");
    }

    /** Unchanged up to 28 code points, else the first 25 right-trimmed plus {@code ...}. */
    public static String truncate(String title) {
        throw new UnsupportedOperationException("stub");
    }

    /** HTML-escapes {@code & < > " '}. */
    public static String escapeHtml(String text) {
        throw new UnsupportedOperationException("stub");
    }
}
