package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.media.testing.Fixtures;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A request body too slow overall, on a server of its own with a short request timeout (Jetty only, see below). */
class RequestTimeoutTest {

    /**
     * Our own deadline on request bodies. On the JDK engine the server's request timeout, set once per process,
     * decides when the connection ends: SlowClientsIT covers both engines in their own JVMs.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aBodyTricklingPastTheRequestTimeoutIsAnswered408(@TempDir Path dataDir) throws Exception {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY, "request-timeout", "3")) {
            MultipartBody body = new MultipartBody().file("source", "a.png", "image/png", Fixtures.bytes("alpha.png"));
            byte[] bytes = body.bytes();
            try (RawClient slow = new RawClient(server.server.port())) {
                slow.send("POST /api/1/upload HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + TestServer.ADMIN_KEY
                        + "\r\nContent-Type: " + body.contentType() + "\r\nContent-Length: " + bytes.length
                        + "\r\n\r\n");
                long start = System.nanoTime();
                Thread trickle = new Thread(() -> trickle(slow, bytes), "trickle");
                trickle.setDaemon(true);
                trickle.start();
                assertThat(slow.readHeaders(10_000)).startsWith("HTTP/1.1 408");
                assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(8);
            }
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        }
    }

    /** Ten bytes every 200 ms: never idle long enough for an idle timeout, far too slow overall. */
    private static void trickle(RawClient client, byte[] bytes) {
        try {
            for (int i = 0; i < bytes.length; i += 10) {
                client.send(java.util.Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + 10)));
                Thread.sleep(200);
            }
        } catch (java.io.IOException | InterruptedException stopped) {
            // The server hung up, or the test ended.
        }
    }
}
