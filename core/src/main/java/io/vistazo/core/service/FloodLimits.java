package io.vistazo.core.service;

/**
 * How many uploads one client address, and separately one account, may store per window; 0 turns a window off.
 *
 * @param exemptAdmins whether admins' keys skip the limits (Chevereto's API does not exempt them)
 */
public record FloodLimits(int perMinute, int perHour, int perDay, int perWeek, int perMonth, boolean exemptAdmins) {

    public FloodLimits {
        if (perMinute < 0 || perHour < 0 || perDay < 0 || perWeek < 0 || perMonth < 0) {
            throw new IllegalArgumentException("flood limits cannot be negative");
        }
    }

    /** Chevereto's defaults: 50 per minute, 500 per hour, 1000 per day, 5000 per week, 10000 per month. */
    public static FloodLimits chevereto() {
        return new FloodLimits(50, 500, 1000, 5000, 10_000, false);
    }

    public static FloodLimits off() {
        return new FloodLimits(0, 0, 0, 0, 0, false);
    }

    public int limit(FloodWindow window) {
        return switch (window) {
            case MINUTE -> perMinute;
            case HOUR -> perHour;
            case DAY -> perDay;
            case WEEK -> perWeek;
            case MONTH -> perMonth;
        };
    }
}
