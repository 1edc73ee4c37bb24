package io.vistazo.http;

import io.vistazo.core.port.out.HealthProbe;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The health check. */
final class SiteRoutes implements Router.Routes {

    private static final int RETRY_AFTER_SECONDS = 5;

    private final ApiResponses responses;
    private final List<HealthProbe> health;

    SiteRoutes(ApiResponses responses, List<HealthProbe> health) {
        this.responses = responses;
        this.health = List.copyOf(health);
    }

    @Override
    public void register(Router router) {
        router.get("/health", this::health);
    }

    /**
     * 200 {@code {"status":"ok","dependencies":{"database":"up"}}} when every dependency answers, else 503 with
     * {@code "status":"unavailable"} and the one that does not marked {@code "down"}, for load balancers.
     */
    private void health(Exchange exchange) throws IOException {
        Map<String, Object> dependencies = new LinkedHashMap<>();
        boolean healthy = true;
        for (HealthProbe probe : health) {
            boolean up = probe.healthy();
            dependencies.put(probe.name(), up ? "up" : "down");
            healthy &= up;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", healthy ? "ok" : "unavailable");
        body.put("dependencies", dependencies);
        if (!healthy) {
            exchange.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        responses.json(exchange, healthy ? 200 : 503, body);
    }
}
