package io.vistazo.core.text;

/** Chevereto's {@code format_bytes}: decimal units, one decimal, no trailing {@code .0}. */
public final class SizeFormat {

    private SizeFormat() {
    }

    /** 999 → {@code "999 B"}, 1050 → {@code "1.1 KB"}, 3011299 → {@code "3 MB"}. */
    public static String format(long bytes) {
        throw new UnsupportedOperationException("stub");
    }
}
