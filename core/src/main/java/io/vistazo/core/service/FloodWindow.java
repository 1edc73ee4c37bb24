package io.vistazo.core.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The periods flood limits count uploads over, shortest first, as Chevereto names them in its message. */
public enum FloodWindow {
    MINUTE(Duration.ofMinutes(1)),
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(30));

    private final Duration length;

    FloodWindow(Duration length) {
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    /** Upload times are stored to the second, so the window starts at the whole second at or before now − length. */
    Instant start(Instant now) {
        return now.minus(length).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Seconds until one more upload fits: the window must have moved past the {@code limit}-th newest upload,
     * whose stored time is {@code limitthNewest}. Because {@link #start} rounds down, that upload leaves the
     * window a whole second after it is {@code length} old.
     */
    long retryAfterSeconds(Instant limitthNewest, Instant now) {
        Instant free = limitthNewest.plus(length).plusSeconds(1);
        return Math.max(1, AttemptLimiter.ceilSeconds(Duration.between(now, free)));
    }

    /** {@code 50 images per minute}. */
    static String describe(int limit, FloodWindow window) {
        return limit + (limit == 1 ? " image" : " images") + " per " + window.name().toLowerCase(Locale.ROOT);
    }
}
