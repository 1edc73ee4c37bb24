package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expired media answer 404 everywhere from the moment they expire, and the sweeper deletes their files and rows:
 * at start-up and then every interval. Expiry is at least five minutes away, so the tests move it into the past in
 * the database, as if that time had passed.
 */
class ExpirationTest {

    @TempDir
    Path dataDir;

    private static TestServer start(Path dataDir, HttpEngine engine, String sweepInterval) {
        return TestServer.start(dataDir, engine, "sweep-interval", sweepInterval);
    }

    private static JsonNode upload(TestServer server, String name, String... fields) {
        return Uploads.image(Uploads.as(server, TestServer.ADMIN_KEY, name, Fixtures.bytes("alpha.png"), fields));
    }

    /** As if the media's expiry had passed a second ago. */
    private void expire(JsonNode image) {
        int changed = TestDatabase.update(dataDir, "UPDATE media SET expires_at = ? WHERE name = ?",
                Instant.now().minusSeconds(1).toEpochMilli(), image.path("name").asText());
        assertThat(changed).isEqualTo(1);
    }

    private long rowsNamed(JsonNode image) {
        return TestDatabase.number(dataDir, "SELECT COUNT(*) FROM media WHERE name = ?", image.path("name").asText());
    }

    /** The URL's status once it is {@code expected}, or its last status when {@code limit} ran out. */
    private static int statusWithin(TestServer server, String url, int expected, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int status = server.get(url).statusCode();
        while (status != expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            status = server.get(url).statusCode();
        }
        return status;
    }

    private static List<String> publicUrls(JsonNode image) {
        return List.of(image.path("url_viewer").asText(), image.path("url_short").asText(),
                image.path("url").asText(), image.path("thumb").path("url").asText());
    }

    @Test
    void expiredMediaAre404BeforeTheSweepAndGoneFromDiskAndDatabaseAfterARestart() {
        JsonNode expiring;
        JsonNode lasting;
        try (TestServer server = start(dataDir, HttpEngine.JETTY, "1h")) {
            expiring = upload(server, "expiring.png", "expiration", "PT5M");
            lasting = upload(server, "lasting.png");
            HttpResponse<byte[]> file = server.get(expiring.path("url").asText());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElseThrow())
                    .as("an expiring file is cached no longer than it lives").matches("public, max-age=(29\\d|300)");

            expire(expiring);

            // The row was changed behind the server's back, as another process would: file answers may take up to
            // a second to notice; pages notice at once.
            for (String url : publicUrls(expiring)) {
                assertThat(statusWithin(server, url, 404, Duration.ofSeconds(3))).as(url).isEqualTo(404);
            }
            for (String url : publicUrls(lasting)) {
                assertThat(server.get(url).statusCode()).as(url).isIn(200, 302);
            }
            assertThat(rowsNamed(expiring)).as("not swept yet").isEqualTo(1);
            assertThat(server.storedFiles()).hasSize(4);
        }

        try (TestServer restarted = start(dataDir, HttpEngine.JDK, "1h")) {
            assertThat(rowsNamed(expiring)).as("swept at start-up").isZero();
            assertThat(restarted.storedFiles()).hasSize(2).allMatch(file -> file.contains("lasting"));
            assertThat(rowsNamed(lasting)).isEqualTo(1);
            String samePathNewPort = lasting.path("url").asText().replaceFirst("^http://[^/]+", "");
            assertThat(restarted.get(samePathNewPort).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theRunningSweeperDeletesExpiredMediaWithinItsInterval() throws InterruptedException {
        try (TestServer server = start(dataDir, HttpEngine.JDK, "200ms")) {
            JsonNode expiring = upload(server, "soon.png", "expiration", "300");
            JsonNode lasting = upload(server, "kept.png", "expiration", "P1D");

            expire(expiring);

            awaitTrue(() -> rowsNamed(expiring) == 0 && server.storedFiles().size() == 2, Duration.ofSeconds(10));
            assertThat(server.storedFiles()).allMatch(file -> file.contains("kept"));
            assertThat(rowsNamed(lasting)).isEqualTo(1);
            assertThat(server.get(lasting.path("url_viewer").asText()).statusCode()).isEqualTo(200);
        }
    }

    /** Polls a condition every 50 ms until it holds, failing after {@code limit}. */
    private static void awaitTrue(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition still false after " + limit);
            }
            Thread.sleep(50);
        }
    }
}
