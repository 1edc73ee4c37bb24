package io.vistazo.core.text;

/** Video durations as {@code duration_time}. */
public final class Durations {

    private Durations() {
    }

    /** {@code MM:SS} with zero-padded minutes not capped at 60 (73 → {@code "01:13"}); {@code ""} for 0. */
    public static String minutesSeconds(int seconds) {
        throw new UnsupportedOperationException("stub");
    }
}
