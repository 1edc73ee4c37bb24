package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.http.ErrorPages;
import io.vistazo.http.Exchange;
import io.vistazo.http.Html;
import io.vistazo.http.Router;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the page templates ({@link Templates}) inside the one layout, and serves the site's style sheet. Every
 * {@code ${...}} in a template is escaped for where it stands (text, attribute, URL), so no page escapes by hand.
 */
public final class Pages {

    private final StaticAsset styles = StaticAsset.load("site.css", "text/css; charset=UTF-8");
    private final StaticAsset viewerScript = StaticAsset.load("viewer.js", "text/javascript; charset=UTF-8");
    private final WebSessions sessions;
    private final String siteName;
    private final boolean signUpOpen;

    /**
     * @param siteName the name in the header and titles ({@code site-name})
     * @param signUpOpen whether anyone may make an account ({@code signup=open}): the header and the sign-in page
     *                   then offer visitors to
     */
    public Pages(WebSessions sessions, String siteName, boolean signUpOpen) {
        this.sessions = sessions;
        this.siteName = siteName;
        this.signUpOpen = signUpOpen;
    }

    /** Serves the style sheet and the viewer's script at their hashed paths. */
    void register(Router router) {
        styles.register(router);
        viewerScript.register(router);
    }

    /** The hashed path of the viewer page's script (its copy buttons). */
    public String viewerScript() {
        return viewerScript.path();
    }

    /** The layout's view of this request: its visitor, session and language. */
    public PageFrame frame(Exchange exchange) {
        Optional<User> user = sessions.user(exchange);
        // Only the sign-out form needs it: visitors of public pages get no session cookie.
        String csrf = user.isPresent() ? sessions.csrfToken(exchange) : "";
        // After the session calls: they replace every Set-Cookie, and this may add the language cookie.
        Language language = Language.of(exchange);
        exchange.header("Vary", "Accept-Language, Cookie");
        return new PageFrame(Messages.of(language), siteName, user, csrf, styles.path(), exchange.rawPath(),
                signUpOpen);
    }

    /**
     * The error pages of everything outside the API, inside the layout and in the visitor's language. The server's
     * own message (English, and often the only thing that says what was wrong with a form) is shown to English
     * readers; others read the explanation of the status. A failing session store does not stop the page: it is
     * then shown as to a visitor who is not signed in.
     */
    public ErrorPages errorPages() {
        return (exchange, status, message) -> {
            PageFrame frame;
            try {
                // The sign-in link leads home: an error page does not repeat the address it refused.
                frame = frame(exchange).returningTo("/");
            } catch (RuntimeException sessionsDown) {
                frame = new PageFrame(Messages.of(Language.of(exchange)), siteName, Optional.empty(), "",
                        styles.path(), "/");
            }
            String key = frame.messages().has("error." + status + ".title") ? "error." + status : "error.other";
            boolean saysMore = message != null && !message.isBlank()
                    && !message.equalsIgnoreCase(frame.t(key + ".title"));
            String detail = frame.language() == Language.EN && saysMore ? message : null;
            send(exchange, status, "error.jte", frame, new ErrorView(status, key + ".title", key + ".text", detail));
        };
    }

    /** Renders {@code template} with its parameters {@code page} (the frame) and {@code view}, and sends it. */
    public void send(Exchange exchange, int status, String template, PageFrame frame, Object view)
            throws IOException {
        Html.send(exchange, status, render(template, frame, view));
    }

    /** As {@link #send(Exchange, int, String, PageFrame, Object)}, under a policy of the page's own. */
    public void send(Exchange exchange, int status, String template, PageFrame frame, Object view, String csp)
            throws IOException {
        Html.send(exchange, status, render(template, frame, view), csp);
    }

    String render(String template, PageFrame frame, Object view) {
        return Templates.render(template, Map.of("page", frame, "view", view));
    }
}
