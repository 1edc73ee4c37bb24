package io.vistazo.core.text;

import java.time.Instant;
import java.util.Optional;

/** The {@code expiration} parameter ({@code chevereto-compat.md} §3.16). */
public final class Expirations {

    private Expirations() {
    }

    /**
     * Digits are seconds; presets and other ISO-8601 durations are converted to seconds (calendar-based from the
     * epoch, so P1M = 31 days); seconds are clamped to [300, 31536000]; unparseable or empty gives empty.
     *
     * @return the expiry instant, never less than 5 minutes after {@code now}
     */
    public static Optional<Instant> parse(String value, Instant now) {
        throw new UnsupportedOperationException("stub");
    }
}
