package io.vistazo.core.text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code expiration} parameter ({@code docs/chevereto-compat.md} §3.16). */
public final class Expirations {

    private static final long MIN_SECONDS = 300;
    private static final long MAX_SECONDS = 31_536_000;
    private static final Pattern SECONDS = Pattern.compile("\\d+");
    // P[n]Y[n]M[n]W[n]DT[n]H[n]M[n]S with at least one part after P, and after T when present. Covers the presets.
    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
                    + "(?:T(?=\\d)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
    private static final ChronoUnit[] ISO_UNITS = {
        ChronoUnit.YEARS, ChronoUnit.MONTHS, ChronoUnit.WEEKS, ChronoUnit.DAYS,
        ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS,
    };
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private Expirations() {
    }

    /**
     * Digits are seconds; presets and other ISO-8601 durations are converted to seconds (calendar-based from the
     * epoch, so P1M = 31 days); seconds are clamped to [300, 31536000]; unparseable or empty gives empty.
     *
     * @return the expiry instant, never less than 5 minutes after {@code now}
     */
    public static Optional<Instant> parse(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        return seconds(value.strip())
                .map(seconds -> Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, seconds)))
                .map(now::plusSeconds);
    }

    private static Optional<Long> seconds(String value) {
        if (SECONDS.matcher(value).matches()) {
            return Optional.of(boundedNumber(value));
        }
        Matcher iso = ISO_DURATION.matcher(value);
        return iso.matches() ? Optional.of(isoSeconds(iso)) : Optional.empty();
    }

    private static long isoSeconds(Matcher iso) {
        LocalDateTime end = EPOCH;
        for (int part = 0; part < ISO_UNITS.length; part++) {
            String digits = iso.group(part + 1);
            if (digits != null) {
                end = end.plus(boundedNumber(digits), ISO_UNITS[part]);
            }
        }
        return EPOCH.until(end, ChronoUnit.SECONDS);
    }

    /**
     * Every unit is at least a second, so numbers above the maximum clamp the same way; bounding them keeps
     * huge input from overflowing.
     */
    private static long boundedNumber(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        return significant.length() > 9 ? MAX_SECONDS : Math.min(MAX_SECONDS, Long.parseLong(significant));
    }
}
