package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two file layouts and the naming modes. */
class StorageLayoutTest {

    @TempDir
    Path dataDir;

    private void delete(TestServer server, JsonNode image) {
        int status = server.send(HttpRequest.newBuilder(URI.create(image.path("delete_url").asText()))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode();
        assertThat(status).isEqualTo(200);
    }

    @Test
    void hashLayoutStoresIdenticalBytesOnceAndKeepsThemWhileReferenced() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "storage-mode", "hash")) {
            byte[] png = Fixtures.bytes("alpha.png");
            JsonNode first = server.upload("one.png", png).path("image");
            JsonNode second = server.upload("two.png", png).path("image");

            assertThat(first.path("storage_mode").asText()).isEqualTo("hash");
            String sha = first.path("name").asText();
            assertThat(sha).matches("[0-9a-f]{64}");
            assertThat(first.path("url").asText()).endsWith("/images/" + sha.substring(0, 2) + "/"
                    + sha.substring(2, 4) + "/" + sha + ".png");
            assertThat(second.path("url").asText()).isEqualTo(first.path("url").asText());
            assertThat(second.path("id_encoded").asText()).isNotEqualTo(first.path("id_encoded").asText());
            assertThat(server.storedFiles()).hasSize(2);

            delete(server, first);
            assertThat(server.get(second.path("url").asText()).statusCode()).isEqualTo(200);
            delete(server, second);
            assertThat(server.storedFiles()).isEmpty();
        }
    }

    @Test
    void datefolderKeepsTheOriginalNameAndFallsBackToMixedOnCollision() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY)) {
            byte[] png = Fixtures.bytes("alpha.png");
            JsonNode first = server.upload("Mi foto.png", png).path("image");
            JsonNode second = server.upload("Mi foto.png", png).path("image");
            assertThat(first.path("name").asText()).isEqualTo("Mi-foto");
            assertThat(second.path("name").asText()).matches("Mi-foto[0-9a-f]{16}");
            assertThat(first.path("url").asText()).matches(".*/images/\\d{4}/\\d\\d/\\d\\d/Mi-foto\\.png");
            assertThat(server.storedFiles()).hasSize(4);
        }
    }

    @Test
    void randomAndIdNamingModes() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "file-naming", "random")) {
            assertThat(server.upload("x.png", Fixtures.bytes("alpha.png")).path("image").path("name").asText())
                    .matches("[0-9a-f]{32}");
        }
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "file-naming", "id")) {
            JsonNode image = server.upload("x.png", Fixtures.bytes("alpha.png")).path("image");
            assertThat(image.path("name").asText()).isEqualTo(image.path("id_encoded").asText());
        }
    }

    @Test
    void idCodecSaltAndPaddingAreChosenOnceAndKept() {
        String firstId;
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "id-salt", "abcd1234")) {
            firstId = server.upload("x.png", Fixtures.bytes("alpha.png")).path("image").path("id_encoded").asText();
        }
        // With salt abcd1234 and padding 999, id 1 encodes as nR (chevereto-compat.md §3.1).
        assertThat(firstId).isEqualTo("nR");
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "id-salt", "ignored-later")) {
            assertThat(server.upload("y.png", Fixtures.bytes("alpha.png")).path("image").path("id_encoded").asText())
                    .isEqualTo("Q4");
        }
    }
}
