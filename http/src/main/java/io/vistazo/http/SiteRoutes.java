package io.vistazo.http;

import java.util.Map;

/** Health check and static assets. */
final class SiteRoutes implements Router.Routes {

    private final ApiResponses responses;

    SiteRoutes(ApiResponses responses) {
        this.responses = responses;
    }

    @Override
    public void register(Router router) {
        router.get("/health", exchange -> responses.json(exchange, 200, Map.of("status", "ok")));
        router.get(Html.CSS_PATH, exchange -> {
            exchange.header("Cache-Control", "public, max-age=86400");
            exchange.send(200, "text/css; charset=UTF-8", Html.CSS);
        });
    }
}
