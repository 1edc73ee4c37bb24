package io.vistazo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vistazo.app.Vistazo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Hostile request bodies through the real server: the multipart parser, the urlencoded reader and the strict
 * base64 decoder. Every answer must be the JSON envelope with a 2xx or 4xx status, never a 5xx.
 */
class UploadApiFuzzTest {

    private static final String KEY = "fuzz-admin-key-0123456789abcdef";
    private static Vistazo.Server server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = Vistazo.builder().dataDir(Files.createTempDirectory("fuzz-api-")).port(0).engine("jdk")
                .adminKey(KEY).set("max-upload-size", "200 KB").set("video-max-size", "200 KB")
                // Fuzzed sources may spell URLs: nothing may leave this machine.
                .set("url-uploads", "off").start();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @FuzzTest(maxDuration = "20s")
    void multipartBodies(FuzzedDataProvider data) throws Exception {
        allowOnlyOurServer();
        String boundary = data.consumeString(70);
        byte[] body = data.consumeRemainingAsBytes();
        assertCleanAnswer(send("multipart/form-data; boundary=" + boundary, body));
    }

    @FuzzTest(maxDuration = "20s")
    void base64Sources(FuzzedDataProvider data) throws Exception {
        allowOnlyOurServer();
        String source = data.consumeRemainingAsString();
        byte[] body = ("key=" + KEY + "&source=" + java.net.URLEncoder.encode(source, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        assertCleanAnswer(send("application/x-www-form-urlencoded", body));
    }

    /** Jazzer's SSRF detector stays on for everything but this test's own connections to the server. */
    @SuppressWarnings("resource")
    private static void allowOnlyOurServer() {
        int port = server.port();
        BugDetectors.allowNetworkConnections((host, connectPort) -> connectPort == port
                && (host.equals("127.0.0.1") || host.equals("localhost")));
    }

    private static HttpResponse<String> send(String contentType, byte[] body) throws Exception {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/1/upload"))
                    .header("X-API-Key", KEY).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException unsendable) {
            // The client refuses some header values (control characters); nothing reached the server.
            return null;
        }
    }

    private static void assertCleanAnswer(HttpResponse<String> response) {
        if (response == null) {
            return;
        }
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 499);
        assertThat(response.body()).startsWith("{\"status_code\":");
    }
}
