package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.media.testing.SyntheticPhotos;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise: with a 512 MB heap the runnable jar survives 20 concurrent uploads of a 12-megapixel photo.
 * The photo is generated here (about 3 MB) rather than checked in.
 */
class HeapBoundIT {

    private static final int UPLOADS = 20;
    private static final Pattern READY = Pattern.compile("Vistazo is ready at (http://\\S+)");

    @Test
    void twentyConcurrentTwelveMegapixelUploadsFitInHalfAGigabyte(@TempDir Path dataDir) throws Exception {
        Path jar = Path.of(System.getProperty("vistazo.jar", "target/vistazo.jar"));
        assertThat(jar).exists();
        byte[] photo = SyntheticPhotos.jpeg(4000, 3000);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--port", "0", "--bind", "127.0.0.1",
                "--data", dataDir.toString(), "--admin-key", TestServer.ADMIN_KEY)
                .redirectErrorStream(true).start();
        StringBuffer output = new StringBuffer();
        Thread drain = new Thread(() -> drainInto(process, output), "jar-output");
        drain.setDaemon(true);
        drain.start();
        try {
            String baseUrl = awaitReady(output);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<CompletableFuture<HttpResponse<byte[]>>> uploads = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                MultipartBody body = new MultipartBody().file("source", "photo-" + i + ".jpg", "image/jpeg", photo);
                uploads.add(client.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + "/api/1/upload"))
                        .timeout(Duration.ofMinutes(3)).header("Content-Type", body.contentType())
                        .header("X-API-Key", TestServer.ADMIN_KEY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                        HttpResponse.BodyHandlers.ofByteArray()));
            }
            int stored = 0;
            for (CompletableFuture<HttpResponse<byte[]>> upload : uploads) {
                HttpResponse<byte[]> response = upload.get(4, TimeUnit.MINUTES);
                JsonNode answer = json(response);
                if (response.statusCode() == 200) {
                    assertThat(answer.path("image").path("width").asInt()).isEqualTo(4000);
                    stored++;
                } else {
                    // A refusal must still be the clean Chevereto envelope, never a crash page.
                    assertThat(response.statusCode()).as(output.toString()).isBetween(400, 599);
                    assertThat(answer.path("error").path("message").isTextual()).isTrue();
                }
            }
            assertThat(stored).as(output.toString()).isEqualTo(UPLOADS);
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(process.isAlive()).isTrue();
            assertThat(output.toString()).doesNotContain("OutOfMemoryError");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The answer as JSON; anything else (an HTML error page from a dying server) fails the test. */
    private static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("HTTP " + response.statusCode() + " without JSON: "
                    + new String(response.body(), StandardCharsets.UTF_8), e);
        }
    }

    private static String awaitReady(StringBuffer output) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(output);
            if (ready.find()) {
                return ready.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the jar did not start:\n" + output);
    }

    private static void drainInto(Process process, StringBuffer output) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            output.append("output closed: ").append(e.getMessage()).append('\n');
        }
    }
}
