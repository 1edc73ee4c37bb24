package io.vistazo.http.web;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LimitAttempts;
import io.vistazo.core.port.in.ManageAccounts;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.Optional;

/** {@code /login} (form, then password check, rate-limited per address) and {@code /logout}. */
final class LoginRoutes implements Router.Routes {

    private final CookieSessions sessions;
    private final ManageAccounts accounts;
    private final LimitAttempts failures;
    private final Pages pages;

    LoginRoutes(CookieSessions sessions, ManageAccounts accounts, LimitAttempts failures, Pages pages) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.failures = failures;
        this.pages = pages;
    }

    @Override
    public void register(Router router) {
        router.get("/login", this::form);
        router.post("/login", this::login);
        router.post("/logout", this::logout);
    }

    private void form(Exchange exchange) throws IOException {
        String next = SafeRedirect.target(Forms.query(exchange).get("next"));
        Optional<User> user = sessions.user(exchange);
        if (user.isPresent()) {
            exchange.redirect(303, next);
            return;
        }
        String csrf = sessions.csrfToken(exchange);
        pages.send(exchange, 200, "login.jte", pages.frame(exchange), new LoginView(csrf, next, false, ""));
    }

    private void login(Exchange exchange) throws IOException {
        Forms form = Forms.body(exchange);
        sessions.checkCsrf(exchange, form.get("csrf"));
        String client = exchange.clientIp();
        long wait = failures.secondsUntilAllowed(client);
        if (wait > 0) {
            throw Refusal.tooManyAttempts("failed sign-ins", wait);
        }
        String next = SafeRedirect.target(form.get("next"));
        String name = form.get("name", "");
        Optional<User> user = accounts.verifyPassword(name, form.get("password", ""));
        if (user.isEmpty()) {
            failures.recordFailure(client);
            String csrf = sessions.csrfToken(exchange);
            pages.send(exchange, 401, "login.jte", pages.frame(exchange), new LoginView(csrf, next, true, name));
            return;
        }
        sessions.signIn(exchange, user.get());
        exchange.redirect(303, next);
    }

    private void logout(Exchange exchange) throws IOException {
        sessions.checkCsrf(exchange, Forms.body(exchange).get("csrf"));
        sessions.signOut(exchange);
        exchange.redirect(303, "/login");
    }
}
