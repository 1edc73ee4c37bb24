package io.vistazo.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects routes, then freezes them into the one {@link RouteTable} mounted at {@code /}. Duplicate method and
 * pattern pairs are refused at build time.
 */
public final class Router {

    private final List<RouteTable.Route> routes = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** The answer to refusals of the routes being added; null for the table's error pages. */
    private Refusals refusals;

    public Router() {
        // Routes are added through the verb methods.
    }

    /** A bundle of related routes. */
    @FunctionalInterface
    public interface Routes {
        void register(Router router);
    }

    public Router get(String pattern, Handler handler) {
        return add("GET", pattern, handler);
    }

    public Router post(String pattern, Handler handler) {
        return add("POST", pattern, handler);
    }

    public Router delete(String pattern, Handler handler) {
        return add("DELETE", pattern, handler);
    }

    /** Registers the handler for GET and POST alike. */
    public Router getAndPost(String pattern, Handler handler) {
        return get(pattern, handler).post(pattern, handler);
    }

    public Router add(String method, String pattern, Handler handler) {
        String upper = method.toUpperCase(Locale.ROOT);
        if (!seen.add(upper + " " + pattern)) {
            throw new IllegalStateException("duplicate route " + upper + " " + pattern);
        }
        routes.add(new RouteTable.Route(upper, new RoutePattern(pattern), handler, refusals));
        return this;
    }

    public Router routes(Routes bundle) {
        bundle.register(this);
        return this;
    }

    /** A bundle whose refusals are answered this way (JSON, say) rather than with error pages. */
    public Router routes(Refusals answer, Routes bundle) {
        Refusals outer = refusals;
        refusals = answer;
        try {
            bundle.register(this);
        } finally {
            refusals = outer;
        }
        return this;
    }

    /** The routes, answering with these error pages and reading client addresses through these proxies. */
    public RouteTable build(ErrorPages errorPages, TrustedProxies proxies) {
        return new RouteTable(routes, errorPages, proxies);
    }
}
