package io.vistazo.http;

import io.vistazo.core.text.Titles;
import java.io.IOException;

/** Minimal server-rendered pages: one layout, escaped text, strict security headers. */
final class Html {

    /** Path of the site style sheet: pages carry no inline style or script. */
    static final String CSS_PATH = "/assets/site.css";

    static final String CSS = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
            + "padding:0 1rem;color:#222}img,video{max-width:100%;height:auto}"
            + "input{width:100%;font-family:monospace}label{display:block;margin-top:.8rem;font-weight:600}"
            + "button{font-size:1rem;padding:.5rem 1rem}";

    private Html() {
    }

    static String escape(String text) {
        return text == null ? "" : Titles.escapeHtml(text);
    }

    /** A whole page; {@code head} and {@code body} are already-escaped HTML. */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " - Vistazo</title><link rel=\"stylesheet\" href=\"" + CSS_PATH + "\">"
                + head
                + "</head><body>" + body + "</body></html>";
    }

    static void send(Exchange exchange, int status, String html) throws IOException {
        exchange.header("Content-Security-Policy", "default-src 'none'; img-src 'self' data:; media-src 'self'; "
                        + "style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-cache");
        exchange.send(status, "text/html; charset=UTF-8", html);
    }

    static void message(Exchange exchange, int status, String title, String text) throws IOException {
        send(exchange, status, page(title, "", "<h1>" + escape(title) + "</h1><p>" + escape(text) + "</p>"));
    }

    /** The default error page for everything outside the API. */
    static final ErrorPages ERROR_PAGES = (exchange, status, message) ->
            message(exchange, status, StatusText.of(status), message);
}
