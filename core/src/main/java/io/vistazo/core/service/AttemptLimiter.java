package io.vistazo.core.service;

import io.vistazo.core.port.in.LimitAttempts;
import io.vistazo.core.port.out.FailureCounts;
import io.vistazo.core.port.out.FailureCounts.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Counts failed attempts (wrong API keys, wrong passwords) per client over a sliding window, and says how long a
 * client that reached the limit must wait. Failures are counted in {@link #BUCKETS_PER_WINDOW} buckets per window
 * in the shared database, so every node sees them; a failure counts until one window after the start of its
 * bucket (so at most the window, at least the window less one bucket), and a wait never exceeds the window. A
 * check is one read, a failure one upsert.
 */
public final class AttemptLimiter implements LimitAttempts {

    static final int BUCKETS_PER_WINDOW = 12;

    private final String scope;
    private final int maxFailures;
    private final Duration window;
    private final Duration bucket;
    private final FailureCounts counts;
    private final Clock clock;

    /**
     * @param scope what is counted ({@code key}, {@code login}); limiters of different scopes count apart
     * @param maxFailures failures allowed within the window; 0 turns the limit off
     */
    public AttemptLimiter(String scope, int maxFailures, Duration window, FailureCounts counts, Clock clock) {
        if (maxFailures < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("need maxFailures >= 0 and a positive window");
        }
        this.scope = scope;
        this.maxFailures = maxFailures;
        this.window = window;
        this.bucket = window.dividedBy(BUCKETS_PER_WINDOW).isZero() ? Duration.ofMillis(1)
                : window.dividedBy(BUCKETS_PER_WINDOW);
        this.counts = counts;
        this.clock = clock;
    }

    /** 0 when the client may try now, else the whole seconds until enough failures left the window. */
    @Override
    public long secondsUntilAllowed(String client) {
        if (maxFailures == 0) {
            return 0;
        }
        Instant now = clock.instant();
        List<Bucket> buckets = counts.since(scope, client, oldestCounted(now));
        int total = buckets.stream().mapToInt(Bucket::failures).sum();
        for (Bucket oldest : buckets) {
            if (total < maxFailures) {
                break;
            }
            total -= oldest.failures();
            if (total < maxFailures) {
                return Math.max(1, ceilSeconds(Duration.between(now, leavesAt(oldest.start()))));
            }
        }
        return 0;
    }

    @Override
    public void recordFailure(String client) {
        if (maxFailures == 0) {
            return;
        }
        Instant start = bucketStart(clock.instant());
        counts.add(scope, client, start, leavesAt(start));
    }

    /** The start of the bucket {@code at} falls in: buckets are aligned to the epoch, so every node agrees. */
    Instant bucketStart(Instant at) {
        long millis = bucket.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
    }

    /** A bucket's failures count until one window after the bucket's start. */
    private Instant leavesAt(Instant bucketStart) {
        return bucketStart.plus(window);
    }

    /** The earliest bucket start still counted at {@code now}. */
    private Instant oldestCounted(Instant now) {
        return now.minus(window).plusMillis(1);
    }

    static long ceilSeconds(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }
}
