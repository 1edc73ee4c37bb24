package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.DependencyUnavailable;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one answer to a request that met a dependency that is down ({@link DependencyUnavailable} anywhere in the
 * failure's cause chain): a refusal, 503 naming the dependency, with {@code Retry-After}, that each route group
 * answers its way (the Chevereto envelope for the API, a page elsewhere), never cached.
 */
final class Outages {

    private static final Logger LOG = LoggerFactory.getLogger(Outages.class);
    /** A database restart is usually over within seconds; an object store that is down usually takes longer. */
    private static final Map<String, Long> RETRY_AFTER_SECONDS = Map.of(
            DependencyUnavailable.DATABASE, 5L,
            DependencyUnavailable.STORAGE, 30L);
    private static final long DEFAULT_RETRY_AFTER_SECONDS = 30;

    private Outages() {
    }

    /** The outage behind {@code failure}, or null when it is something else. */
    static DependencyUnavailable of(Throwable failure) {
        return DependencyUnavailable.in(failure);
    }

    /** The refusal every route group answers an outage with: 503 naming the dependency, with when to retry. */
    static Refusal refusal(DependencyUnavailable outage, String during) {
        LOG.warn("{} answered 503: {}", during, outage.getMessage());
        return Refusal.unavailable(outage.dependency(), retryAfterSeconds(outage));
    }

    private static long retryAfterSeconds(DependencyUnavailable outage) {
        return RETRY_AFTER_SECONDS.getOrDefault(outage.dependency(), DEFAULT_RETRY_AFTER_SECONDS);
    }
}
