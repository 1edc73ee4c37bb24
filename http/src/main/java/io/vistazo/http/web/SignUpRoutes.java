package io.vistazo.http.web;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.in.SignUp;
import io.vistazo.http.Exchange;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /signup}: visitors make their own account when {@code signup} is {@code invite} (from an admin's link)
 * or {@code open}; with {@code off} the page does not exist. A new account is signed in at once.
 */
final class SignUpRoutes implements Router.Routes {

    private static final String HOME = "/signup";

    private final CookieSessions sessions;
    private final SignUp signUp;
    private final Pages pages;

    SignUpRoutes(WebServices services, Pages pages) {
        this.sessions = services.sessions();
        this.signUp = services.account().signUp();
        this.pages = pages;
    }

    @Override
    public void register(Router router) {
        router.get(HOME, this::form);
        router.post(HOME, this::submit);
    }

    private void form(Exchange exchange) throws IOException {
        requireOpen();
        if (sessions.user(exchange).isPresent()) {
            exchange.redirect(303, "/my");
            return;
        }
        String invite = Forms.query(exchange).get("invite", "");
        boolean needsInvite = signUp.mode() == SignUp.Mode.INVITE && !signUp.inviteOpen(invite);
        send(exchange, needsInvite ? 403 : 200, new AccountViews.SignUpForm(null, invite, needsInvite, "",
                needsInvite && !invite.isEmpty() ? "account.signup.bad_invite" : null));
    }

    private void submit(Exchange exchange) throws IOException {
        requireOpen();
        Forms form = Forms.body(exchange);
        sessions.checkCsrf(exchange, form.get("csrf"));
        String name = form.get("name", "");
        String invite = form.get("invite", "");
        String password = form.get("password", "");
        if (!password.equals(form.get("confirm", ""))) {
            refuse(exchange, invite, name, "account.password.mismatch");
            return;
        }
        SignUp.Result result = signUp.signUp(name, password, invite, exchange.clientIp());
        switch (result.outcome()) {
            case CREATED -> {
                sessions.signIn(exchange, result.user().orElseThrow());
                exchange.redirect(303, "/my");
            }
            case RATE_LIMITED -> {
                throw Refusal.tooManyAttempts("sign-ups", result.retryAfterSeconds());
            }
            case CLOSED -> throw Refusal.notFound();
            case WEAK -> refuse(exchange, invite, name, "account.weak."
                    + result.weakness().orElseThrow().name().toLowerCase(Locale.ROOT));
            default -> refuse(exchange, invite, name, "account.signup."
                    + result.outcome().name().toLowerCase(Locale.ROOT));
        }
    }

    private void refuse(Exchange exchange, String invite, String name, String refusal) throws IOException {
        send(exchange, 400, new AccountViews.SignUpForm(null, invite, false, name, refusal));
    }

    private void requireOpen() {
        if (signUp.mode() == SignUp.Mode.OFF) {
            throw Refusal.notFound();
        }
    }

    /** Fills in the form's CSRF token, starting an anonymous session when the visitor has none. */
    private void send(Exchange exchange, int status, AccountViews.SignUpForm view) throws IOException {
        String csrf = sessions.csrfToken(exchange);
        pages.send(exchange, status, "signup.jte", pages.frame(exchange), new AccountViews.SignUpForm(csrf,
                view.invite(), view.needsInvite(), view.name(), view.refusal()));
    }
}
