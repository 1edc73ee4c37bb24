package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import io.vistazo.storage.testing.PostgresServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real PostgreSQL server stopped under a running Vistazo: uploads, pages and the JSON routes answer 503 with
 * {@code Retry-After}, each in its own way (envelope, page, JSON), {@code /health} names the database, and once
 * the server is back the node serves again on its own.
 */
class PostgresOutageTest {

    @TempDir
    Path dataDir;

    @Test
    void whileTheDatabaseIsDownRequestsAnswer503AndTheNodeRecoversByItself() {
        try (PostgresServer postgres = PostgresServer.start()) {
            TestDatabases.use(dataDir, postgres.newDatabase());
            try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY)) {
                JsonNode before = server.upload("before.png", Fixtures.bytes("alpha.png"));
                String viewer = before.path("image").path("url_viewer").asText();
                assertThat(server.get(viewer).statusCode()).isEqualTo(200);
                HttpResponse<byte[]> healthy = server.get("/health");
                assertThat(healthy.statusCode()).isEqualTo(200);
                assertThat(TestServer.json(healthy).path("dependencies").path("database").asText()).isEqualTo("up");
                Browser ana = Browser.signedIn(server, WebUsers.add(dataDir, "ana", "user"), WebUsers.PASSWORD);

                postgres.pause();

                HttpResponse<byte[]> upload = Uploads.as(server, TestServer.ADMIN_KEY, "during.png",
                        Fixtures.bytes("alpha.png"));
                assertThat(upload.statusCode()).isEqualTo(503);
                assertThat(upload.headers().firstValue("Retry-After")).isPresent();
                JsonNode envelope = TestServer.json(upload);
                assertThat(envelope.path("status_code").asInt()).isEqualTo(503);
                assertThat(envelope.path("error").path("message").asText()).contains("database");
                assertThat(envelope.path("status_txt").asText()).isEqualTo("Service Unavailable");

                HttpResponse<byte[]> page = server.get(viewer);
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).isPresent();

                // The JSON routes answer their envelope for an outage too, never an HTML page.
                assertJsonOutage(ana.json("GET", "/web/api/media", null, null));
                assertJsonOutage(server.get("/oembed?url=" + URLEncoder.encode(viewer, StandardCharsets.UTF_8)));

                HttpResponse<byte[]> unhealthy = server.get("/health");
                assertThat(unhealthy.statusCode()).isEqualTo(503);
                JsonNode health = TestServer.json(unhealthy);
                assertThat(health.path("status").asText()).isEqualTo("unavailable");
                assertThat(health.path("dependencies").path("database").asText()).isEqualTo("down");

                postgres.resume();

                waitUntil(() -> server.get("/health").statusCode() == 200, Duration.ofSeconds(30));
                assertThat(server.get(viewer).statusCode()).isEqualTo(200);
                JsonNode after = server.upload("after.png", Fixtures.bytes("alpha.png"));
                assertThat(after.path("status_code").asInt()).isEqualTo(200);
                assertThat(server.get(after.path("image").path("url_viewer").asText()).statusCode()).isEqualTo(200);
            }
        }
    }

    private static void assertJsonOutage(HttpResponse<byte[]> response) {
        String what = response.uri().getPath() + ": " + Browser.text(response);
        assertThat(response.statusCode()).as(what).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).as(what).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/json; charset=UTF-8");
        JsonNode envelope = TestServer.json(response);
        assertThat(envelope.path("status_code").asInt()).as(what).isEqualTo(503);
        assertThat(envelope.path("error").path("message").asText()).as(what)
                .isEqualTo("The database is temporarily unavailable, try again shortly");
    }

    private static void waitUntil(BooleanSupplier condition, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition still false after " + limit).isBefore(deadline);
            Thread.onSpinWait();
        }
    }
}
