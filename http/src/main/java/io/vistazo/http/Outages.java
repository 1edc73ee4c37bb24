package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.DependencyUnavailable;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one answer to a request that met a dependency that is down ({@link DependencyUnavailable} anywhere in the
 * failure's cause chain): 503 naming the dependency, with {@code Retry-After}, as the Chevereto envelope for
 * the API and as a page (or a file's plain answer) elsewhere, never cached.
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

    /** The API's answer (uploads, the web uploader). */
    static Refusal envelope(DependencyUnavailable outage, String during) {
        LOG.warn("{} refused: {}", during, outage.getMessage());
        return Refusal.unavailable(outage.dependency(), retryAfterSeconds(outage));
    }

    /** Sets the headers of the 503 page for {@code outage} and returns its message. */
    static String page(Exchange exchange, DependencyUnavailable outage, String during) {
        LOG.warn("{} answered 503: {}", during, outage.getMessage());
        exchange.header("Retry-After", Long.toString(retryAfterSeconds(outage)))
                .header("Cache-Control", "no-store");
        return Refusal.unavailable(outage.dependency(), retryAfterSeconds(outage)).getMessage();
    }

    private static long retryAfterSeconds(DependencyUnavailable outage) {
        return RETRY_AFTER_SECONDS.getOrDefault(outage.dependency(), DEFAULT_RETRY_AFTER_SECONDS);
    }
}
