package io.vistazo.core.text;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Chevereto's {@code how_long_ago} in English ({@code docs/chevereto-compat.md} §3.10). */
public final class TimeAgo {

    private static final String MOMENTS_AGO = "moments ago";
    private static final int DAYS_PER_WEEK = 7;

    private TimeAgo() {
    }

    /** {@code "moments ago"}, {@code "1 second ago"}, {@code "3 weeks ago"}… from UTC date-times. */
    public static String between(LocalDateTime thenGmt, LocalDateTime nowGmt) {
        if (!thenGmt.isBefore(nowGmt)) {
            return MOMENTS_AGO;
        }
        return elapsed(thenGmt, nowGmt).stream()
                .filter(amount -> amount.count() > 0)
                .findFirst()
                .map(amount -> amount.phrase() + " ago")
                .orElse(MOMENTS_AGO);
    }

    /** The difference as years, months, weeks, days, hours, minutes and seconds, largest first. */
    private static List<Amount> elapsed(LocalDateTime then, LocalDateTime now) {
        long years = then.until(now, ChronoUnit.YEARS);
        LocalDateTime afterYears = then.plusYears(years);
        long months = afterYears.until(now, ChronoUnit.MONTHS);
        Duration rest = Duration.between(afterYears.plusMonths(months), now);
        long days = rest.toDays();
        return List.of(
                new Amount(years, "year"),
                new Amount(months, "month"),
                new Amount(days / DAYS_PER_WEEK, "week"),
                new Amount(days % DAYS_PER_WEEK, "day"),
                new Amount(rest.toHoursPart(), "hour"),
                new Amount(rest.toMinutesPart(), "minute"),
                new Amount(rest.toSecondsPart(), "second"));
    }

    private record Amount(long count, String unit) {

        String phrase() {
            return count + " " + unit + (count == 1 ? "" : "s");
        }
    }
}
