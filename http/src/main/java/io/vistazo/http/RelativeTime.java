package io.vistazo.http;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * How long ago something happened, as a message key and a count, so each language words it: the largest whole
 * unit, from minutes to years ({@code viewer.ago.hours.many} with 3 is "3 hours ago"); under a minute is "just now".
 */
record RelativeTime(String key, long count) {

    private static final List<ChronoUnit> UNITS = List.of(ChronoUnit.YEARS, ChronoUnit.MONTHS, ChronoUnit.WEEKS,
            ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES);

    /** From UTC date-times; a time in the future (clocks apart) is "just now" too. */
    static RelativeTime between(LocalDateTime thenGmt, LocalDateTime nowGmt) {
        if (Duration.between(thenGmt, nowGmt).toMinutes() < 1) {
            return new RelativeTime("viewer.ago.now", 0);
        }
        for (ChronoUnit unit : UNITS) {
            long count = thenGmt.until(nowGmt, unit);
            if (count > 0) {
                String name = unit.name().toLowerCase(Locale.ROOT);
                return new RelativeTime("viewer.ago." + name + (count == 1 ? ".one" : ".many"), count);
            }
        }
        throw new IllegalStateException("a minute or more has a unit");
    }
}
