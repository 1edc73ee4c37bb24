package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import io.vistazo.http.ApiResponses.Format;
import java.io.IOException;

/**
 * How a group of routes answers a {@link Refusal}: one a handler threw, or the one {@link Failures} made of a
 * failure nobody expected. The {@link RouteTable} is the one place that catches both and hands them to the
 * group's answer, chosen when the group is registered ({@link Router#routes(Refusals, Router.Routes)}); handlers
 * just throw.
 */
@FunctionalInterface
public interface Refusals {

    /** Answers {@code refusal}; called only while nothing has been sent. */
    void answer(Exchange exchange, Refusal refusal) throws IOException;

    /**
     * An error page in the visitor's language, with the status {@link RefusalStatus} gives the refusal. A refusal
     * that says when to try again gets {@code Retry-After} and is not stored by caches.
     */
    static Refusals pages(ErrorPages pages) {
        return (exchange, refusal) -> {
            if (refusal.retryAfterSeconds() > 0) {
                exchange.header("Retry-After", Long.toString(refusal.retryAfterSeconds()))
                        .header("Cache-Control", "no-store");
            }
            pages.send(exchange, RefusalStatus.of(refusal), refusal.getMessage());
        };
    }

    /** Chevereto's JSON error envelope, whatever the request asked for: the web interface's JSON routes, oEmbed. */
    static Refusals json(ApiResponses responses) {
        return (exchange, refusal) -> responses.error(exchange, Format.JSON, refusal);
    }
}
