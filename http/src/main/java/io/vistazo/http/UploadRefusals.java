package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import io.vistazo.http.ApiResponses.Format;
import java.io.IOException;

/**
 * How the upload endpoints (the API and the web uploader) answer a refusal: what is left of the request body is
 * read first (clients such as ShareX take a connection reset for a failure of their own), then Chevereto's envelope
 * goes out in the format the request asked for ({@link ApiRoutes} keeps it on the exchange), JSON when it asked for
 * none.
 */
final class UploadRefusals implements Refusals {

    /** Like Tomcat's swallow limit: refused bodies are read this far before we answer, then the connection closes. */
    private static final long DISCARD_LIMIT_BYTES = 8_000_000;

    private final ApiResponses responses;

    UploadRefusals(ApiResponses responses) {
        this.responses = responses;
    }

    @Override
    public void answer(Exchange exchange, Refusal refusal) throws IOException {
        finishBody(exchange, refusal);
        responses.error(exchange, exchange.kept(Format.class).orElse(Format.JSON), refusal);
    }

    /**
     * A refusal may come before the body was read: what is left is read (within a bound) so the connection can
     * serve the client's next request; a client too slow to send it is not waited for.
     */
    private static void finishBody(Exchange exchange, Refusal refusal) {
        if (refusal.reason() == Refusal.Reason.TIMED_OUT) {
            exchange.header("Connection", "close");
        } else {
            exchange.discardBody(DISCARD_LIMIT_BYTES);
        }
    }
}
