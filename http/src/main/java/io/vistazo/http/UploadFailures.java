package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.DependencyUnavailable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the upload endpoints do when an upload fails: the same for the API and the web uploader. */
final class UploadFailures {

    private static final Logger LOG = LoggerFactory.getLogger(UploadFailures.class);
    /** Like Tomcat's swallow limit: refused bodies are read this far before we answer, then the connection closes. */
    private static final long DISCARD_LIMIT_BYTES = 8_000_000;

    private UploadFailures() {
    }

    /**
     * A refusal may come before the body was read: what is left is read (within a bound) so the connection can
     * serve the client's next request; a client too slow to send it is not waited for.
     */
    static void finishBody(Exchange exchange, Refusal error) {
        if (error.reason() == Refusal.Reason.TIMED_OUT) {
            exchange.header("Connection", "close");
        } else {
            exchange.discardBody(DISCARD_LIMIT_BYTES);
        }
    }

    /**
     * A full disk, an unreachable database or an object store that is down is the operator's to fix and the
     * client's to retry (507, 503); anything else is our bug.
     */
    static Refusal unexpected(Exception failure) {
        DependencyUnavailable outage = Outages.of(failure);
        if (outage != null) {
            return Outages.envelope(outage, "upload");
        }
        if (DiskFull.causedBy(failure)) {
            LOG.warn("upload refused: the data folder is full ({})", failure.getMessage());
            return Refusal.noSpace();
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {} during upload", incident, failure);
        return new Refusal(500, Refusal.Reason.INTERNAL, "Internal error, incident " + incident);
    }
}
