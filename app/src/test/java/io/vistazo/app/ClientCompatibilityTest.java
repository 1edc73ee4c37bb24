package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests exactly as real clients send them: the seed's curl command and a URL upload. */
class ClientCompatibilityTest {

    @TempDir
    Path dataDir;

    @Test
    void theSeedsCurlCommandUploads(@TempDir Path work) throws Exception {
        Path file = work.resolve("image.jpeg");
        Files.write(file, Fixtures.bytes("photo.jpg"));
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY)) {
            Process curl = new ProcessBuilder("curl", "--silent", "--fail-with-body", "-X", "POST",
                    "-H", "X-API-Key: " + TestServer.ADMIN_KEY,
                    "-H", "Content-Type: multipart/form-data",
                    "-F", "source=@" + file,
                    server.server.baseUrl() + "/api/1/upload")
                    .redirectErrorStream(true).start();
            byte[] output = curl.getInputStream().readAllBytes();
            assertThat(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(curl.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
            JsonNode body = new ObjectMapper().readTree(output);
            assertThat(body.path("image").path("original_filename").asText()).isEqualTo("image.jpeg");
            assertThat(body.path("image").path("extension").asText()).isEqualTo("jpeg");
        }
    }

    @Test
    void urlSourcesAreFetchedFromAllowedHosts() throws IOException {
        HttpServer origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] png = Fixtures.bytes("alpha.png");
        origin.createContext("/pics/cat.png", exchange -> {
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        origin.start();
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "url-upload-allow", "127.0.0.0/8")) {
            String url = "http://127.0.0.1:" + origin.getAddress().getPort() + "/pics/cat.png";
            JsonNode image = TestServer.json(server.get("/api/1/upload/?key=" + TestServer.ADMIN_KEY
                    + "&source=" + URLEncoder.encode(url, StandardCharsets.UTF_8))).path("image");
            assertThat(image.path("original_filename").asText()).isEqualTo("cat.png");
            assertThat(image.path("title").asText()).isEqualTo("cat");
            assertThat(server.get(image.path("url").asText()).body()).isEqualTo(png);
        } finally {
            origin.stop(0);
        }
    }
}
