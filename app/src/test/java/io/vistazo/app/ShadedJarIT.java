package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boots the real artifact, {@code app/target/vistazo.jar}, as a user would, and uploads one image. */
class ShadedJarIT {

    private static final String END = "\u0000end";
    private static final Pattern READY = Pattern.compile("Vistazo is ready at (http://\\S+)");

    @Test
    void theRunnableJarStartsAndAcceptsAnUpload(@TempDir Path dataDir) throws Exception {
        Path jar = Path.of(System.getProperty("vistazo.jar", "target/vistazo.jar"));
        assertThat(jar).exists();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0", "--bind", "127.0.0.1", "--data", dataDir.toString())
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread drain = new Thread(() -> drainInto(process, lines), "jar-output");
        drain.setDaemon(true);
        drain.start();
        try {
            String adminKey = null;
            String baseUrl = null;
            StringBuilder log = new StringBuilder();
            while (baseUrl == null) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null || line.equals(END)) {
                    break;
                }
                log.append(line).append('\n');
                if (line.strip().startsWith("chv_")) {
                    adminKey = line.strip();
                }
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    baseUrl = ready.group(1);
                }
            }
            assertThat(baseUrl).as(log.toString()).isNotNull();
            assertThat(adminKey).as(log.toString()).isNotNull();
            assertThat(Files.exists(dataDir.resolve("vistazo.db"))).isTrue();

            MultipartBody body = new MultipartBody().file("source", "photo.jpg", "image/jpeg",
                    Fixtures.bytes("photo.jpg"));
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/1/upload"))
                    .header("Content-Type", body.contentType()).header("X-API-Key", adminKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            JsonNode image = new ObjectMapper().readTree(response.body()).path("image");
            HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(URI.create(image.path("url").asText()))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.body()).isEqualTo(Fixtures.bytes("photo.jpg"));
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Reads the process output on its own thread so that a full pipe can never block the server. */
    private static void drainInto(Process process, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (java.io.IOException e) {
            lines.add("output closed: " + e.getMessage());
        }
        lines.add(END);
    }
}
