package io.vistazo.http.web;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageSessions;
import io.vistazo.http.Exchange;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sessions in a {@value #COOKIE} cookie ({@code HttpOnly; SameSite=Lax; Path=/}, {@code Secure} when the site is
 * https by {@code public-url} or the request came over https through a trusted proxy).
 * Every visitor who needs a form gets a random id, stored server-side (hashed) only once they sign in. The CSRF
 * token is an HMAC of that id under a server secret, so it needs no storage, changes when the session does
 * (sign-in, sign-out) and cannot be derived by anyone who cannot read the cookie.
 */
public final class CookieSessions implements WebSessions {

    public static final String COOKIE = "vistazo_session";
    /** The header JSON requests carry their token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final ManageSessions sessions;
    private final SecretKeySpec csrfKey;
    private final boolean secure;

    /**
     * @param csrfSecret a server secret kept across restarts, so tokens in open pages stay valid
     * @param secure whether the site is served over https by configuration, for the cookie's {@code Secure}
     */
    public CookieSessions(ManageSessions sessions, String csrfSecret, boolean secure) {
        if (csrfSecret == null || csrfSecret.length() < 32) {
            throw new IllegalArgumentException("the CSRF secret must have at least 32 characters");
        }
        this.sessions = sessions;
        this.csrfKey = new SecretKeySpec(csrfSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.secure = secure;
    }

    @Override
    public Optional<User> user(Exchange exchange) {
        String id = currentId(exchange);
        Optional<User> user = sessions.resume(id);
        if (user.isPresent() && !cookieSetIn(exchange)) {
            // Renewing the cookie keeps an active visitor signed in as long as the server keeps the session.
            setCookie(exchange, id);
        }
        return user;
    }

    @Override
    public String csrfToken(Exchange exchange) {
        String id = currentId(exchange);
        if (id == null) {
            id = sessions.newId();
            setCookie(exchange, id);
        }
        return token(id);
    }

    @Override
    public void checkCsrf(Exchange exchange, String token) {
        String id = currentId(exchange);
        boolean valid = id != null && token != null && MessageDigest.isEqual(
                token(id).getBytes(StandardCharsets.US_ASCII), token.strip().getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            throw Refusal.invalidCsrfToken();
        }
    }

    /** Signs the user in under a new id (never the one the visitor came with, against session fixation). */
    public void signIn(Exchange exchange, User user) {
        sessions.end(presentedId(exchange));
        setCookie(exchange, sessions.start(user));
    }

    /** Ends the session and hands the visitor a fresh anonymous id. */
    public void signOut(Exchange exchange) {
        sessions.end(presentedId(exchange));
        setCookie(exchange, sessions.newId());
    }

    /** The id this response sets, else the one the request presented, else null. */
    private String currentId(Exchange exchange) {
        String set = Cookies.valueIn(exchange.responseHeaders().get("Set-Cookie"), COOKIE);
        return sessions.wellFormed(set) ? set : presentedId(exchange);
    }

    private String presentedId(Exchange exchange) {
        List<String> values = Cookies.requestValues(exchange.header("Cookie"), COOKIE);
        return values.stream().filter(sessions::wellFormed).findFirst().orElse(null);
    }

    private static boolean cookieSetIn(Exchange exchange) {
        return Cookies.valueIn(exchange.responseHeaders().get("Set-Cookie"), COOKIE) != null;
    }

    /** Replaces this response's session cookie, leaving any other cookie it sets alone. */
    private void setCookie(Exchange exchange, String id) {
        List<String> present = exchange.responseHeaders().get("Set-Cookie");
        List<String> setCookies = present == null ? new ArrayList<>() : new ArrayList<>(present);
        setCookies.removeIf(header -> header.startsWith(COOKIE + "="));
        setCookies.add(COOKIE + "=" + id + "; Path=/; Max-Age=" + sessions.idle().toSeconds()
                + "; HttpOnly; SameSite=Lax" + (secure || exchange.origin().secure() ? "; Secure" : ""));
        exchange.responseHeaders().put("Set-Cookie", setCookies);
    }

    private String token(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(csrfKey);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
