package io.vistazo.http.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A test origin on 127.0.0.1 that counts every request it receives, so tests can prove a refusal happened
 * before any connection.
 */
final class LoopbackServer implements AutoCloseable {

    static final byte[] PHOTO = randomBytes(5_000);
    static final int BIG_BYTES = 2_000_000;
    static final long SLOW_BODY_LIFETIME_MILLIS = 10_000;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final AtomicInteger requests = new AtomicInteger();

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    int requestCount() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            route(exchange, exchange.getRequestURI().getRawPath());
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        if (path.startsWith("/files/")) {
            send(exchange, 200, PHOTO);
        } else if (path.startsWith("/hops/")) {
            hop(exchange, Integer.parseInt(path.substring("/hops/".length())));
        } else if (path.startsWith("/status/")) {
            redirect(exchange, Integer.parseInt(path.substring("/status/".length())), "/files/photo.png");
        } else if (path.equals("/to")) {
            redirect(exchange, 302, exchange.getRequestURI().getQuery());
        } else if (path.equals("/no-location")) {
            send(exchange, 302, new byte[0]);
        } else if (path.equals("/big")) {
            send(exchange, 200, new byte[BIG_BYTES]);
        } else if (path.equals("/big-chunked")) {
            sendChunked(exchange, new byte[BIG_BYTES]);
        } else if (path.equals("/gzip")) {
            sendGzip(exchange, PHOTO);
        } else if (path.equals("/gzip-bomb")) {
            sendGzip(exchange, new byte[BIG_BYTES]);
        } else if (path.equals("/slow")) {
            drip(exchange);
        } else if (path.equals("/stall")) {
            stall(exchange);
        } else if (path.equals("/agent")) {
            String agent = String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"));
            send(exchange, 200, agent.getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code /hops/n} redirects n times, alternating relative and absolute locations, then serves the photo. */
    private void hop(HttpExchange exchange, int remaining) throws IOException {
        if (remaining <= 1) {
            redirect(exchange, 302, "/files/photo.png");
        } else if (remaining % 2 == 0) {
            redirect(exchange, 302, String.valueOf(remaining - 1));
        } else {
            redirect(exchange, 301, url("/hops/" + (remaining - 1)).toString());
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, status, new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            writeQuietly(exchange.getResponseBody(), body);
        }
    }

    private static void sendChunked(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        writeQuietly(exchange.getResponseBody(), body);
    }

    private static void sendGzip(HttpExchange exchange, byte[] body) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(body);
        }
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        send(exchange, 200, compressed.toByteArray());
    }

    /** One byte every 50 ms, stopping by itself after {@link #SLOW_BODY_LIFETIME_MILLIS}. */
    private static void drip(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SLOW_BODY_LIFETIME_MILLIS);
        try {
            while (System.nanoTime() < end) {
                body.write('x');
                body.flush();
                Thread.sleep(50);
            }
        } catch (IOException e) {
            // The client gave up.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Headers and a first byte, then silence until {@link #SLOW_BODY_LIFETIME_MILLIS} have passed. */
    private static void stall(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        try {
            body.write('x');
            body.flush();
            Thread.sleep(SLOW_BODY_LIFETIME_MILLIS);
        } catch (IOException e) {
            // The client gave up.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeQuietly(OutputStream out, byte[] body) {
        try {
            out.write(body);
        } catch (IOException e) {
            // The client aborted once it had seen enough.
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
