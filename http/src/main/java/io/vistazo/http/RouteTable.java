package io.vistazo.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.vistazo.core.domain.Refusal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The immutable route index and the only {@link HttpHandler}: finds the route, answers 404 or 405 with
 * {@code Allow}, serves HEAD from GET, and is the one error path: a {@link Refusal} a handler throws, or the one
 * {@link Failures} makes of any other failure (503 for an unreachable dependency, 500 with an incident id for a
 * bug), is answered by the route group's {@link Refusals} (the API's envelope, the web JSON, or an error page in
 * the visitor's language) unless the answer already went out. The exchange is always closed.
 */
public final class RouteTable implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RouteTable.class);

    /** @param refusals how refusals of this route are answered; null for the error pages */
    record Route(String method, RoutePattern pattern, Handler handler, Refusals refusals) {

        /** E.g. {@code GET /image/{slug}}, for the log. */
        String name() {
            return method + " " + pattern.text();
        }
    }

    private final List<Route> routes;
    private final ErrorPages errorPages;
    private final Refusals pages;
    private final TrustedProxies proxies;

    RouteTable(List<Route> routes, ErrorPages errorPages, TrustedProxies proxies) {
        this.routes = List.copyOf(routes);
        this.errorPages = errorPages;
        this.pages = Refusals.pages(errorPages);
        this.proxies = proxies;
    }

    @Override
    public void handle(HttpExchange http) {
        try {
            dispatch(http);
        } finally {
            http.close();
        }
    }

    private void dispatch(HttpExchange http) {
        // Every answer, JSON included, is to be taken for the type it says it is.
        http.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        String method = http.getRequestMethod();
        List<String> segments = RoutePattern.split(http.getRequestURI().getRawPath());
        boolean head = method.equals("HEAD");
        String lookup = head ? "GET" : method;
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params;
            try {
                params = route.pattern().match(segments);
            } catch (IllegalArgumentException badEncoding) {
                fail(new Exchange(http, Map.of(), head, proxies), 400, "Bad request");
                return;
            }
            if (params == null) {
                continue;
            }
            if (route.method().equals(lookup)) {
                run(route, new Exchange(http, params, head, proxies));
                return;
            }
            allowed.add(route.method());
        }
        Exchange exchange = new Exchange(http, Map.of(), head, proxies);
        if (allowed.isEmpty()) {
            fail(exchange, 404, "Not found");
        } else {
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            exchange.header("Allow", String.join(", ", new ArrayList<>(allowed)));
            fail(exchange, 405, "Method not allowed");
        }
    }

    private void run(Route route, Exchange exchange) {
        try {
            route.handler().handle(exchange);
            if (!exchange.sent()) {
                exchange.sendHeaders(204, 0);
            }
        } catch (Refusal refusal) {
            answer(route, exchange, refusal);
        } catch (Exception | Error e) {
            answer(route, exchange, Failures.refusalFor(e, route.name(), exchange.sent()));
        }
    }

    /** The one place refusals become answers: the route group's own, else the error pages. */
    private void answer(Route route, Exchange exchange, Refusal refusal) {
        if (exchange.sent()) {
            return;
        }
        Refusals answer = route.refusals() == null ? pages : route.refusals();
        try {
            answer.answer(exchange, refusal);
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not answer the refusal {}", refusal.getMessage(), e);
        }
    }

    private void fail(Exchange exchange, int status, String message) {
        if (exchange.sent()) {
            return;
        }
        try {
            errorPages.send(exchange, status, message);
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not send the {} page", status, e);
        }
    }
}
