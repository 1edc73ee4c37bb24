package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import java.io.IOException;

/**
 * How a group of routes answers a refusal: an {@link Refusal} of a use case, or an {@link HttpError} of the
 * HTTP edge itself. The {@link RouteTable} is the one place that catches them and hands them to the group's answer,
 * chosen when the group is registered ({@link Router#routes(Refusals, Router.Routes)}); handlers just throw.
 */
public interface Refusals {

    void refused(Exchange exchange, Refusal refusal) throws IOException;

    void failed(Exchange exchange, HttpError error) throws IOException;

    /** An error page in the visitor's language, with the status {@link RefusalStatus} gives the refusal. */
    static Refusals pages(ErrorPages pages) {
        return new Refusals() {
            @Override
            public void refused(Exchange exchange, Refusal refusal) throws IOException {
                pages.send(exchange, RefusalStatus.of(refusal), refusal.getMessage());
            }

            @Override
            public void failed(Exchange exchange, HttpError error) throws IOException {
                pages.send(exchange, error.status(), error.getMessage());
            }
        };
    }

    /** Chevereto's JSON error envelope for both: the API's and the web interface's JSON routes. */
    static Refusals json(ApiResponses responses) {
        return new Refusals() {
            @Override
            public void refused(Exchange exchange, Refusal refusal) throws IOException {
                responses.jsonError(exchange, refusal);
            }

            @Override
            public void failed(Exchange exchange, HttpError error) throws IOException {
                responses.jsonError(exchange, error);
            }
        };
    }

    /** The JSON envelope for refusals of a use case, error pages for the edge's own (a path that is no media). */
    static Refusals jsonRefusals(ApiResponses responses, ErrorPages pages) {
        Refusals json = json(responses);
        Refusals html = pages(pages);
        return new Refusals() {
            @Override
            public void refused(Exchange exchange, Refusal refusal) throws IOException {
                json.refused(exchange, refusal);
            }

            @Override
            public void failed(Exchange exchange, HttpError error) throws IOException {
                html.failed(exchange, error);
            }
        };
    }
}
