package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder on a small tmpfs that fills up: uploads fail with a clear JSON error and leave nothing behind,
 * reads keep working, and uploads succeed again once space is back. Needs root to mount (CI runs as root).
 */
class DiskFullIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aFullDiskRefusesUploadsCleanlyAndRecovers(@TempDir Path mountPoint) throws Exception {
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mountPoint.toString()) == 0,
                "mounting a tmpfs needs root");
        try {
            Path data = mountPoint.resolve("data");
            try (JarProcess jar = JarProcess.start(data, List.of())) {
                JsonNode first = upload(jar, "first.jpg").path("image");
                Path filler = mountPoint.resolve("filler");
                fillDisk(filler);

                List<HttpResponse<byte[]>> refused = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    refused.add(send(jar, "full" + i + ".jpg"));
                }
                for (HttpResponse<byte[]> response : refused) {
                    assertThat(response.statusCode()).isEqualTo(507);
                    JsonNode error = JSON.readTree(response.body()).path("error");
                    assertThat(error.path("code").asInt()).isEqualTo(104);
                    assertThat(error.path("message").asText()).isEqualTo("No space left on storage");
                }
                assertThat(get(first.path("url").asText()).statusCode()).isEqualTo(200);
                assertThat(get(jar.baseUrl() + "/health").statusCode()).isEqualTo(200);
                assertThat(storedFiles(data)).as("only the first upload's chain, no half-written files")
                        .hasSize(3).allMatch(name -> name.contains("first"));
                assertThat(leftovers(data.resolve("tmp"))).isEmpty();

                Files.delete(filler);
                assertThat(upload(jar, "after.jpg").path("image").path("name").asText()).isEqualTo("after");
            }
        } finally {
            run("umount", "-l", mountPoint.toString());
        }
    }

    private JsonNode upload(JarProcess jar, String name) throws Exception {
        HttpResponse<byte[]> response = send(jar, name);
        assertThat(response.statusCode()).as(() -> new String(response.body(), StandardCharsets.UTF_8) + "\n"
                + jar.log()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<byte[]> send(JarProcess jar, String name) throws Exception {
        MultipartBody body = new MultipartBody().file("source", name, "image/jpeg", Fixtures.bytes("photo.jpg"));
        return client.send(HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/api/1/upload"))
                .header("Content-Type", body.contentType()).header("X-API-Key", jar.adminKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Writes until the file system refuses. */
    private static void fillDisk(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // Expected: no space left on device.
        }
    }

    private static List<String> storedFiles(Path data) throws IOException {
        Path images = data.resolve("images");
        if (!Files.exists(images)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(images)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
        }
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
