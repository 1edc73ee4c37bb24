package io.vistazo.http;

import io.vistazo.http.web.Templates;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The security headers of every page, and a bare fallback error page. */
public final class Html {

    private Html() {
    }

    /** The policy of pages without script. */
    public static final String CSP = "default-src 'none'; img-src 'self' data:; media-src 'self'; "
            + "style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** The policy of pages that run this site's own script files (never inline ones), such as the viewer. */
    public static final String CSP_OWN_SCRIPTS = CSP.replace("default-src 'none';", "default-src 'none'; "
            + "script-src 'self';");

    /** The headers of every page: its policy (unless it has its own), no framing, no sniffing, short referrers. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Content-Type-Options", "nosniff");

    public static void send(Exchange exchange, int status, String html) throws IOException {
        send(exchange, status, html, CSP);
    }

    /** A page with its own Content-Security-Policy (one that runs this site's scripts, say) and the other headers. */
    public static void send(Exchange exchange, int status, String html, String csp) throws IOException {
        SECURITY_HEADERS.forEach(exchange::header);
        exchange.header("Content-Security-Policy", csp);
        String cacheControl = exchange.responseHeaders().getFirst("Cache-Control");
        if (cacheControl == null || !cacheControl.contains("no-store")) {
            // Only ever stricter: a page showing a new secret asks for no-store.
            exchange.header("Cache-Control", "no-cache");
        }
        exchange.send(status, "text/html; charset=UTF-8", html);
    }

    /**
     * A bare page with a heading and a line, for the router's fallback error page; the site's pages are
     * templates ({@code io.vistazo.http.web.Pages}).
     */
    static void message(Exchange exchange, int status, String title, String text) throws IOException {
        Map<String, Object> page = new HashMap<>();
        page.put("title", title);
        page.put("text", text);
        send(exchange, status, Templates.render("bare.jte", page));
    }

    /** A plain English error page, for a router without the site's pages (its own tests). */
    static final ErrorPages ERROR_PAGES = (exchange, status, message) ->
            message(exchange, status, StatusText.of(status), message);
}
