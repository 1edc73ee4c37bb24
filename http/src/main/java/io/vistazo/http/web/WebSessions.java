package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.http.Exchange;
import java.util.Optional;

/** The signed-in visitor of a web request, and the CSRF token of their session. */
public interface WebSessions {

    /** The signed-in user, if any. */
    Optional<User> user(Exchange exchange);

    /** The session's CSRF token, starting an anonymous session (a cookie) when the visitor has none. */
    String csrfToken(Exchange exchange);

    /** Refuses with 403 a state-changing request whose token does not match its session's. */
    void checkCsrf(Exchange exchange, String token);
}
