package io.vistazo.http.web;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.http.Exchange;
import io.vistazo.http.Handler;

/**
 * Wraps the handlers of the admin pages: to anyone but a signed-in admin they do not exist (404, as private things
 * are, also for a posted form before its token is looked at); admins' forms must carry the session's CSRF token.
 * Refusals become error pages where every page's do: in the route table.
 */
final class AdminGuard {

    private final WebSessions sessions;

    AdminGuard(WebSessions sessions) {
        this.sessions = sessions;
    }

    Handler page(Guard.PageHandler handler) {
        return exchange -> {
            User admin = admin(exchange);
            handler.handle(exchange, admin);
        };
    }

    Handler form(Guard.FormHandler handler) {
        return exchange -> {
            Forms form = Forms.body(exchange);
            User admin = admin(exchange);
            sessions.checkCsrf(exchange, form.get("csrf"));
            handler.handle(exchange, admin, form);
        };
    }

    private User admin(Exchange exchange) {
        return sessions.user(exchange).filter(User::isAdmin).orElseThrow(Refusal::notFound);
    }
}
