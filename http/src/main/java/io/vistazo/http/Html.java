package io.vistazo.http;

import io.vistazo.core.text.Titles;
import java.io.IOException;
import java.util.Map;

/** Minimal server-rendered pages: one layout, escaped text, strict security headers. */
public final class Html {

    /** Path of the site style sheet: pages carry no inline style or script. */
    public static final String CSS_PATH = "/assets/site.css";

    static final String CSS = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
            + "padding:0 1rem;color:#222}img,video{max-width:100%;height:auto}"
            + "input{width:100%;font-family:monospace}label{display:block;margin-top:.8rem;font-weight:600}"
            + "button{font-size:1rem;padding:.5rem 1rem}"
            // Signed-in pages, listings and viewers (NSFW media stay blurred for visitors until clicked).
            + "nav.site{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}form.inline{display:inline}"
            + "textarea,select{width:100%;font:inherit}label.check{font-weight:400}label.check input{width:auto}"
            + "ul.grid{list-style:none;padding:0;display:grid;gap:.5rem;"
            + "grid-template-columns:repeat(auto-fill,minmax(10rem,1fr))}ul.grid img{display:block;width:100%}"
            + "img.nsfw,details.nsfw summary img{filter:blur(1.5rem)}details.nsfw summary{cursor:pointer}"
            + "details.nsfw[open] summary{display:none}table{border-collapse:collapse;width:100%}"
            + "td,th{padding:.3rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
            + "td img{max-width:6rem}.notice{background:#eef8ee;padding:.5rem}.error{color:#a00}";

    private Html() {
    }

    public static String escape(String text) {
        return text == null ? "" : Titles.escapeHtml(text);
    }

    /** A whole page; {@code head} and {@code body} are already-escaped HTML. */
    public static String page(String title, String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " - Vistazo</title><link rel=\"stylesheet\" href=\"" + CSS_PATH + "\">"
                + head
                + "</head><body>" + body + "</body></html>";
    }

    /** The policy of pages without script. */
    public static final String CSP = "default-src 'none'; img-src 'self' data:; media-src 'self'; "
            + "style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

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

    public static void message(Exchange exchange, int status, String title, String text) throws IOException {
        send(exchange, status, page(title, "", "<h1>" + escape(title) + "</h1><p>" + escape(text) + "</p>"));
    }

    /** The default error page for everything outside the API. */
    static final ErrorPages ERROR_PAGES = (exchange, status, message) ->
            message(exchange, status, StatusText.of(status), message);
}
