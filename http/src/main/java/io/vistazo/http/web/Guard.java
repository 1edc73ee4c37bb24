package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.http.Exchange;
import io.vistazo.http.Handler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Wraps the handlers of signed-in pages: visitors who are not signed in go to the sign-in form, posted forms must
 * carry the session's CSRF token. Refusals from the use cases are thrown on: the route table answers them with
 * error pages with their status.
 */
final class Guard {

    /** A page for a signed-in user. */
    @FunctionalInterface
    interface PageHandler {
        void handle(Exchange exchange, User user) throws Exception;
    }

    /** A posted form of a signed-in user, its CSRF token already checked. */
    @FunctionalInterface
    interface FormHandler {
        void handle(Exchange exchange, User user, Forms form) throws Exception;
    }

    private final WebSessions sessions;

    Guard(WebSessions sessions) {
        this.sessions = sessions;
    }

    Handler page(PageHandler handler) {
        return exchange -> {
            Optional<User> user = sessions.user(exchange);
            if (user.isEmpty()) {
                toSignIn(exchange);
                return;
            }
            handler.handle(exchange, user.get());
        };
    }

    Handler form(FormHandler handler) {
        return exchange -> {
            Forms form = Forms.body(exchange);
            sessions.checkCsrf(exchange, form.get("csrf"));
            Optional<User> user = sessions.user(exchange);
            if (user.isEmpty()) {
                toSignIn(exchange);
                return;
            }
            handler.handle(exchange, user.get(), form);
        };
    }

    private static void toSignIn(Exchange exchange) throws Exception {
        String here = exchange.rawPath() + (exchange.rawQuery() == null ? "" : "?" + exchange.rawQuery());
        boolean post = exchange.method().equals("POST");
        exchange.redirect(303, "/login?next=" + URLEncoder.encode(post ? "/my" : here, StandardCharsets.UTF_8));
    }

}
