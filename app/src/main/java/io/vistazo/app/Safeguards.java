package io.vistazo.app;

import io.vistazo.core.port.out.FailureCounts;
import io.vistazo.core.port.out.UploadHistory;
import io.vistazo.core.service.AttemptLimiter;
import io.vistazo.core.service.Authenticator;
import io.vistazo.core.service.DuplicateGuard;
import io.vistazo.core.service.FloodGuard;
import io.vistazo.core.service.FloodLimits;
import io.vistazo.core.service.KeyGate;
import io.vistazo.core.service.UploadGuards;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings that protect a server from its users and from time: the guest key, flood limits, duplicates,
 * failed-key limits and how often expired media are swept. The README's configuration table lists the same names.
 *
 * @param guestKey the key that uploads as the guest; null (the default) means no guest uploads
 * @param keyFailuresPerMinute invalid API keys one address may send per minute before it must wait; 0 = no limit
 * @param heartbeatInterval how often this node tells the others it is alive (see {@link NodeLife})
 * @param nodeId this node's name among the nodes of the site, or null for a random one at every start
 */
record Safeguards(String guestKey, FloodLimits flood, DuplicateGuard.Policy duplicates, int keyFailuresPerMinute,
                  Duration sweepInterval, Duration heartbeatInterval, String nodeId) {

    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

    static Safeguards from(Settings settings) {
        FloodLimits defaults = FloodLimits.chevereto();
        FloodLimits flood = new FloodLimits(
                settings.getInt("flood-per-minute", defaults.perMinute()),
                settings.getInt("flood-per-hour", defaults.perHour()),
                settings.getInt("flood-per-day", defaults.perDay()),
                settings.getInt("flood-per-week", defaults.perWeek()),
                settings.getInt("flood-per-month", defaults.perMonth()),
                floodAdmins(settings.get("flood-admins", "limited")));
        return new Safeguards(
                settings.get("guest-key").orElse(null),
                flood,
                DuplicateGuard.Policy.parse(settings.get("duplicates", "allow")),
                settings.getInt("key-failures-per-minute", 20),
                parseDuration(settings.get("sweep-interval", "60s")),
                parseDuration(settings.get("heartbeat-interval", "10s")),
                nodeId(settings.get("node-id").orElse(null)));
    }

    UploadGuards guards(Authenticator authenticator, UploadHistory history, FailureCounts failures, Clock clock) {
        AttemptLimiter keyFailures = new AttemptLimiter("key", keyFailuresPerMinute, Duration.ofMinutes(1), failures,
                clock);
        return new UploadGuards(new KeyGate(authenticator, guestKey, keyFailures),
                new FloodGuard(flood, history, clock), new DuplicateGuard(duplicates, history, clock));
    }

    /** A node id names a folder under tmp/, so it is kept to letters, digits, {@code -} and {@code _}. */
    private static String nodeId(String value) {
        if (value != null && !NODE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("node-id must be 1 to 64 letters, digits, - or _, not " + value);
        }
        return value;
    }

    /** Whether admins' keys obey flood limits ({@code limited}, as in Chevereto's API) or skip them. */
    private static boolean floodAdmins(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "limited" -> false;
            case "exempt" -> true;
            default -> throw new IllegalArgumentException("flood-admins must be limited or exempt, not " + value);
        };
    }

    /** {@code 60s}, {@code 5m}, {@code 1h}, {@code 250ms}; a bare number is seconds. Must be positive. */
    static Duration parseDuration(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration: " + text + " (try 60s, 5m or 250ms)");
        }
        long number = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2).toLowerCase(Locale.ROOT);
        Duration duration = switch (unit) {
            case "ms" -> Duration.ofMillis(number);
            case "m" -> Duration.ofMinutes(number);
            case "h" -> Duration.ofHours(number);
            default -> Duration.ofSeconds(number);
        };
        if (duration.isZero()) {
            throw new IllegalArgumentException("a duration must be positive: " + text);
        }
        return duration;
    }
}
