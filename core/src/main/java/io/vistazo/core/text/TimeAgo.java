package io.vistazo.core.text;

import java.time.LocalDateTime;

/** Chevereto's {@code how_long_ago} in English ({@code chevereto-compat.md} §3.10). */
public final class TimeAgo {

    private TimeAgo() {
    }

    /** {@code "moments ago"}, {@code "1 second ago"}, {@code "3 weeks ago"}… from UTC date-times. */
    public static String between(LocalDateTime thenGmt, LocalDateTime nowGmt) {
        throw new UnsupportedOperationException("stub");
    }
}
