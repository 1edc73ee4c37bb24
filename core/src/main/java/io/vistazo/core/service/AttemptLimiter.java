package io.vistazo.core.service;

import io.vistazo.core.port.in.LimitAttempts;
import io.vistazo.core.port.out.FailureCounts;
import io.vistazo.core.port.out.FailureCounts.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts (wrong API keys, wrong passwords) per client over a sliding window, and says how long a
 * client that reached the limit must wait. Failures are counted in {@link #BUCKETS_PER_WINDOW} buckets per window
 * in the shared database, so every node sees them; a failure counts until one window after the start of its
 * bucket (so at most the window, at least the window less one bucket), and a wait never exceeds the window. A
 * check is one read, a failure one upsert; {@link #secondsUntilAllowedSeenRecently} spares the read for clients that
 * had no failures a moment ago.
 */
public final class AttemptLimiter implements LimitAttempts {

    static final int BUCKETS_PER_WINDOW = 12;
    private static final int MAX_REMEMBERED_CLIENTS = 10_000;

    private final String scope;
    private final int maxFailures;
    private final Duration window;
    private final Duration bucket;
    private final FailureCounts counts;
    private final Clock clock;
    /** Clients found without failures, and when: {@link #secondsUntilAllowedSeenRecently} lets them by unread. */
    private final Map<String, Instant> seenClean = new ConcurrentHashMap<>();

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
        return waitFor(counts.since(scope, client, oldestCounted(now)), now);
    }

    /**
     * As {@link #secondsUntilAllowed}, except that a client this node found without any failure less than
     * {@link SharedState#REREAD_AFTER} ago is allowed without a read: failures other nodes count meanwhile are seen
     * within that time, this node's own at once. For the path every request of a client that does not fail takes
     * (a valid API key); a failure itself must be judged by {@link #secondsUntilAllowed}, which always reads.
     */
    public long secondsUntilAllowedSeenRecently(String client) {
        if (maxFailures == 0) {
            return 0;
        }
        Instant now = clock.instant();
        Instant seen = seenClean.get(client);
        if (seen != null && !now.isBefore(seen) && now.isBefore(seen.plus(SharedState.REREAD_AFTER))) {
            return 0;
        }
        List<Bucket> buckets = counts.since(scope, client, oldestCounted(now));
        if (!buckets.isEmpty()) {
            seenClean.remove(client);
            return waitFor(buckets, now);
        }
        if (seenClean.size() >= MAX_REMEMBERED_CLIENTS) {
            seenClean.clear();
        }
        seenClean.put(client, now);
        return 0;
    }

    /** The wait the client's counted buckets (oldest first) impose at {@code now}. */
    private long waitFor(List<Bucket> buckets, Instant now) {
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
        seenClean.remove(client);
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
