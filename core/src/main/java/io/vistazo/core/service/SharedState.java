package io.vistazo.core.service;

import java.time.Duration;

/**
 * How long what one node remembers in memory may lag behind a change another node made in the shared database:
 * a media deleted, expired or made private on one node is no longer served by any other after this bound.
 */
public final class SharedState {

    /** The most any in-memory cache (file bytes, file owners' facts) trusts itself without asking again. */
    public static final Duration CACHE_BOUND = Duration.ofSeconds(5);

    /**
     * How long a node trusts what it read of rows other nodes may change on every request's path (the owners of a
     * served file, an API key and its user, a client seen without failed attempts) before it reads them again:
     * well within {@link #CACHE_BOUND}. What the node changes itself it forgets at once.
     */
    public static final Duration REREAD_AFTER = Duration.ofSeconds(1);

    private SharedState() {
    }
}
