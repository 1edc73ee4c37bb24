package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.DependencyUnavailable;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one function that turns a failure no handler expected into the {@link Refusal} its route group answers,
 * and logs it once. A dependency that is down (503 with {@code Retry-After}) or a full disk (507) is the
 * operator's to fix and the client's to retry; an I/O failure (a file that could not be read, a request body its
 * client cut off) is one line in the log and a plain 500; anything else is our bug: a 500 with an incident id,
 * logged with its stack trace under that id.
 */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /**
     * @param during the route, e.g. {@code POST /api/{version}/{action}}, for the log
     * @param answered whether the answer had already gone out: then the refusal is not sent, only logged
     */
    static Refusal refusalFor(Throwable failure, String during, boolean answered) {
        DependencyUnavailable outage = Outages.of(failure);
        if (outage != null) {
            return Outages.refusal(outage, during);
        }
        if (DiskFull.causedBy(failure)) {
            LOG.warn("{} refused: the data folder is full ({})", during, failure.getMessage());
            return Refusal.noSpace();
        }
        if (failure instanceof IOException) {
            if (answered) {
                LOG.debug("client went away during {}", during, failure);
            } else {
                LOG.warn("{} failed before answering: {}", during, failure.toString());
            }
            return new Refusal(500, Refusal.Reason.INTERNAL, "Internal error");
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {} in {}", incident, during, failure);
        return new Refusal(500, Refusal.Reason.INTERNAL, "Internal error, incident " + incident);
    }
}
