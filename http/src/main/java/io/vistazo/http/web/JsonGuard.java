package io.vistazo.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.http.Exchange;
import io.vistazo.http.Handler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Wraps the web API's handlers: no session answers 401, a change without the session's CSRF token 403. Every
 * refusal (from the use cases or here) is thrown, and answered with the API's JSON error envelope by the route
 * table ({@code Refusals.json}, chosen in {@link WebRoutes}).
 */
final class JsonGuard {

    /** A JSON endpoint for a signed-in user; the body is an empty object when the request had none. */
    @FunctionalInterface
    interface JsonHandler {
        void handle(Exchange exchange, User user, JsonNode body) throws Exception;
    }

    private final WebSessions sessions;
    private final ObjectMapper mapper;

    JsonGuard(WebSessions sessions, ObjectMapper mapper) {
        this.sessions = sessions;
        this.mapper = mapper;
    }

    /** A read: the session suffices. */
    Handler read(JsonHandler handler) {
        return exchange -> guarded(exchange, handler, false);
    }

    /** A change: the session and its CSRF token. */
    Handler change(JsonHandler handler) {
        return exchange -> guarded(exchange, handler, true);
    }

    private void guarded(Exchange exchange, JsonHandler handler, boolean change) throws Exception {
        Optional<User> user = sessions.user(exchange);
        if (user.isEmpty()) {
            throw new Refusal(401, Refusal.Reason.UNAUTHENTICATED, "Sign in first");
        }
        if (change) {
            sessions.checkCsrf(exchange, exchange.header(CookieSessions.CSRF_HEADER));
        }
        handler.handle(exchange, user.get(), change ? body(exchange) : JsonNodeFactory.instance.objectNode());
    }

    private JsonNode body(Exchange exchange) throws IOException {
        String text = new String(Forms.readBody(exchange), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode body = mapper.readTree(text);
            if (!body.isObject()) {
                throw Refusal.invalidValue("The body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException malformed) {
            throw Refusal.invalidValue("The body is not valid JSON");
        }
    }
}
