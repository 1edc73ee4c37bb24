package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boots the real artifact, {@code app/target/vistazo.jar}, as a user would, and uploads one image. */
class ShadedJarIT {

    @Test
    void theRunnableJarStartsAndAcceptsAnUpload(@TempDir Path dataDir) throws Exception {
        try (JarProcess jar = JarProcess.start(dataDir, List.of())) {
            assertThat(jar.adminKey()).as(jar.log()).isNotNull();
            assertThat(Files.exists(dataDir.resolve("vistazo.db"))).isTrue();

            MultipartBody body = new MultipartBody().file("source", "photo.jpg", "image/jpeg",
                    Fixtures.bytes("photo.jpg"));
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/api/1/upload"))
                            .header("Content-Type", body.contentType()).header("X-API-Key", jar.adminKey())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            JsonNode image = new ObjectMapper().readTree(response.body()).path("image");
            HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(URI.create(image.path("url").asText()))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.body()).isEqualTo(Fixtures.bytes("photo.jpg"));
        }
    }
}
