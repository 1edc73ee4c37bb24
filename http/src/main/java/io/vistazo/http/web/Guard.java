package io.vistazo.http.web;

import io.vistazo.core.domain.UploadError;
import io.vistazo.core.domain.User;
import io.vistazo.http.Exchange;
import io.vistazo.http.Handler;
import io.vistazo.http.HttpError;
import io.vistazo.http.RefusalStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Wraps the handlers of signed-in pages: visitors who are not signed in go to the sign-in form, posted forms must
 * carry the session's CSRF token, and refusals from the use cases become error pages with their status.
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
            refusalsAsPages(() -> handler.handle(exchange, user.get()));
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
            refusalsAsPages(() -> handler.handle(exchange, user.get(), form));
        };
    }

    private static void toSignIn(Exchange exchange) throws Exception {
        String here = exchange.rawPath() + (exchange.rawQuery() == null ? "" : "?" + exchange.rawQuery());
        boolean post = exchange.method().equals("POST");
        exchange.redirect(303, "/login?next=" + URLEncoder.encode(post ? "/my" : here, StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Runs the work, its refusals turned into error pages with the status of their reason. */
    static void refusalsAsPages(Work work) throws Exception {
        try {
            work.run();
        } catch (UploadError refused) {
            throw new HttpError(RefusalStatus.of(refused), refused.getMessage());
        }
    }
}
