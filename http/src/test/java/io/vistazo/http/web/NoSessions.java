package io.vistazo.http.web;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.http.Exchange;
import java.util.Optional;

/** The sessions of a site nobody is signed in to, for rendering pages without a session store. */
public final class NoSessions implements WebSessions {

    public static final WebSessions NOBODY = new NoSessions();

    private NoSessions() {
    }

    @Override
    public Optional<User> user(Exchange exchange) {
        return Optional.empty();
    }

    @Override
    public String csrfToken(Exchange exchange) {
        return "";
    }

    @Override
    public void checkCsrf(Exchange exchange, String token) {
        throw Refusal.invalidCsrfToken();
    }
}
