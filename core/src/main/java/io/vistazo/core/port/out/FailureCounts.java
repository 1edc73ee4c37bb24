package io.vistazo.core.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Failed attempts (wrong API keys, wrong passwords) counted per client in time buckets, kept where every node of
 * a site sees them, so a client limited on one node is limited on all. Each call is one small statement.
 */
public interface FailureCounts {

    /** The failures of one client in the bucket that starts at {@code start}. */
    record Bucket(Instant start, int failures) {
    }

    /**
     * Adds one failure to the client's bucket starting at {@code bucketStart}, creating it if needed.
     *
     * @param scope what failed ({@code key}, {@code login}): each scope counts on its own
     * @param forgetAt when the bucket no longer matters and may be removed
     */
    void add(String scope, String client, Instant bucketStart, Instant forgetAt);

    /** The client's buckets starting at or after {@code since}, oldest first. */
    List<Bucket> since(String scope, String client, Instant since);

    /** Removes buckets whose forget time is before {@code now}; returns how many. */
    int forgetBefore(Instant now);
}
