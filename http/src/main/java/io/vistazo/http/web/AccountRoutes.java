package io.vistazo.http.web;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ChangePassword;
import io.vistazo.core.port.in.LimitAttempts;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /my/account}: the signed-in user changes their password. A wrong current password counts as a failed
 * sign-in (the same limiter), and a change ends every other session of the user.
 */
final class AccountRoutes implements Router.Routes {

    private static final String HOME = "/my/account";

    private final Pages pages;
    private final Guard guard;
    private final CookieSessions sessions;
    private final ChangePassword passwords;
    private final LimitAttempts failures;

    AccountRoutes(WebServices services, Pages pages) {
        this.pages = pages;
        this.guard = new Guard(services.sessions());
        this.sessions = services.sessions();
        this.passwords = services.account().passwords();
        this.failures = services.loginFailures();
    }

    @Override
    public void register(Router router) {
        router.get(HOME, guard.page(this::show));
        router.post(HOME + "/password", guard.form(this::changePassword));
    }

    private void show(Exchange exchange, User user) throws IOException {
        boolean changed = "password".equals(Forms.query(exchange).get("done"));
        send(exchange, 200, null, changed);
    }

    private void changePassword(Exchange exchange, User user, Forms form) throws IOException {
        String client = exchange.clientIp();
        long wait = failures.secondsUntilAllowed(client);
        if (wait > 0) {
            throw Refusal.tooManyAttempts("failed attempts", wait);
        }
        String next = form.get("password", "");
        if (!next.equals(form.get("confirm", ""))) {
            send(exchange, 400, "account.password.mismatch", false);
            return;
        }
        ChangePassword.Result result = passwords.change(user, form.get("current", ""), next);
        switch (result.outcome()) {
            case CHANGED -> {
                sessions.signIn(exchange, user);
                exchange.redirect(303, HOME + "?done=password");
            }
            case WRONG_CURRENT -> {
                failures.recordFailure(client);
                send(exchange, 403, "account.password.wrong_current", false);
            }
            case WEAK -> send(exchange, 400, weaknessKey(result), false);
            default -> throw new IllegalStateException("unknown outcome " + result.outcome());
        }
    }

    /** The message key of a weak password's reason, shared with the sign-up page. */
    static String weaknessKey(ChangePassword.Result result) {
        return "account.weak." + result.weakness().orElseThrow().name().toLowerCase(Locale.ROOT);
    }

    private void send(Exchange exchange, int status, String refusal, boolean changed) throws IOException {
        PageFrame frame = pages.frame(exchange);
        pages.send(exchange, status, "myAccount.jte", frame, new AccountView(frame.csrf(), refusal, changed));
    }
}
