package io.vistazo.core.service;

import java.time.Duration;

/**
 * How long what one node remembers in memory may lag behind a change another node made in the shared database:
 * a media deleted, expired or made private on one node is no longer served by any other after this bound.
 */
public final class SharedState {

    /** The most any in-memory cache (file bytes, file owners' facts) trusts itself without asking again. */
    public static final Duration CACHE_BOUND = Duration.ofSeconds(5);

    private SharedState() {
    }
}
