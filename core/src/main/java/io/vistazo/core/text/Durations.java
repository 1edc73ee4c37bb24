package io.vistazo.core.text;

import java.util.Locale;

/** Video durations as {@code duration_time}. */
public final class Durations {

    private static final int SECONDS_PER_MINUTE = 60;

    private Durations() {
    }

    /** {@code MM:SS} with zero-padded minutes not capped at 60 (73 → {@code "01:13"}); {@code ""} for 0. */
    public static String minutesSeconds(int seconds) {
        if (seconds <= 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%02d:%02d", seconds / SECONDS_PER_MINUTE, seconds % SECONDS_PER_MINUTE);
    }
}
