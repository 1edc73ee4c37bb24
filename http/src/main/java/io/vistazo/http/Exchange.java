package io.vistazo.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One request and its response, around the JDK's {@link HttpExchange}. */
public final class Exchange {

    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final boolean head;
    private final TrustedProxies proxies;
    /**
     * Made on first use: most requests keep nothing. Not {@link HttpExchange#setAttribute}: Java 17's own server keeps
     * those in the context, so one request would see what another set.
     */
    private Map<Class<?>, Object> kept;
    private RequestOrigin origin;
    private boolean bodyOpened;
    private boolean sent;

    Exchange(HttpExchange exchange, Map<String, String> pathParams, boolean head, TrustedProxies proxies) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.head = head;
        this.proxies = proxies;
    }

    /** The request method; {@code GET} for a HEAD request served by a GET route. */
    public String method() {
        return head ? "GET" : exchange.getRequestMethod();
    }

    public boolean isHead() {
        return head;
    }

    public String rawPath() {
        return exchange.getRequestURI().getRawPath();
    }

    /** The raw query string, or null. */
    public String rawQuery() {
        return exchange.getRequestURI().getRawQuery();
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The first value of a request header, or null. */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    public InputStream body() {
        bodyOpened = true;
        return exchange.getRequestBody();
    }

    /**
     * Reads and discards what is left of the request body, up to {@code max} bytes, so that a client still
     * sending receives our early answer instead of a connection reset; beyond that the connection is closed.
     * A client that waits for {@code 100 Continue} before sending has sent nothing: reading would ask for the
     * body (Jetty answers {@code 100 Continue} on the first read), so the answer goes out at once and the
     * connection closes after it.
     */
    public void discardBody(long max) {
        if (!bodyOpened && expectsContinue()) {
            header("Connection", "close");
            return;
        }
        byte[] buffer = new byte[8 * 1024];
        long left = max;
        // Not closed here: closing makes the JDK server drain the rest, which is what we decline to wait for.
        InputStream in = exchange.getRequestBody();
        try {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                left -= n;
                if (left < 0) {
                    header("Connection", "close");
                    return;
                }
            }
        } catch (IOException e) {
            header("Connection", "close");
        }
    }

    /** The client's address, through trusted proxies: what limits, views and upload records count by. */
    private boolean expectsContinue() {
        String expect = header("Expect");
        return expect != null && expect.strip().equalsIgnoreCase("100-continue");
    }

    public String clientIp() {
        return origin().clientIp();
    }

    /** Who sent this request and which site they asked for (worked out once per request). */
    public RequestOrigin origin() {
        if (origin == null) {
            InetSocketAddress remote = exchange.getRemoteAddress();
            origin = proxies.origin(remote == null ? null : remote.getAddress(), exchange.getRequestHeaders()::get);
        }
        return origin;
    }

    public Headers responseHeaders() {
        return exchange.getResponseHeaders();
    }

    public Exchange header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
        return this;
    }

    public boolean sent() {
        return sent;
    }

    public void send(int status, String contentType, String body) throws IOException {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public void send(int status, String contentType, byte[] body) throws IOException {
        header("Content-Type", contentType);
        sendHeaders(status, body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Sends status and headers; the caller writes {@code length} bytes to {@link #responseBody()} unless HEAD. */
    public void sendHeaders(int status, long length) throws IOException {
        sent = true;
        if (head || status == 204 || status == 304) {
            if (length > 0) {
                header("Content-Length", Long.toString(length));
            }
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        }
    }

    public OutputStream responseBody() {
        return exchange.getResponseBody();
    }

    /** A redirect with an empty body. */
    public void redirect(int status, String location) throws IOException {
        header("Location", location);
        sendHeaders(status, 0);
    }

    /**
     * Keeps what a handler learnt about the request for the answer to a refusal it may still throw (the API's
     * output format, say), one value per type.
     */
    public <T> void keep(Class<T> type, T value) {
        if (kept == null) {
            kept = new HashMap<>();
        }
        kept.put(type, value);
    }

    /** What was kept under {@code type}, if anything. */
    public <T> Optional<T> kept(Class<T> type) {
        return kept == null ? Optional.empty() : Optional.ofNullable(type.cast(kept.get(type)));
    }

    void close() {
        exchange.close();
    }
}
