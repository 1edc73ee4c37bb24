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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes of the shaded jar on one data folder and one database. Node A is killed with SIGKILL in the middle
 * of a stream of uploads while node B runs: B serves every upload A acknowledged, and once B sees A gone its sweep
 * removes what A's interrupted uploads left, so {@code vistazo check} finds nothing out of place.
 */
class MultiNodeIT {

    private static final int UPLOADERS = 4;
    private static final int SUCCESSES_BEFORE_KILL = 16;
    /** A is gone three missed beats after its last; B sweeps often. */
    private static final String[] FAST_NODES = {"--heartbeat-interval", "500ms", "--sweep-interval", "250ms"};

    private static final Pattern NODE_JOINED = Pattern.compile("Node (\\w+) joined");

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aNodeKilledMidUploadLosesNoAcknowledgedUploadAndTheOtherCleansUpAfterIt(@TempDir Path dataDir)
            throws Exception {
        List<JsonNode> acknowledged = new CopyOnWriteArrayList<>();
        try (JarProcess a = JarProcess.start(dataDir, List.of(), FAST_NODES);
             JarProcess b = JarProcess.start(dataDir, List.of(), FAST_NODES)) {
            String adminKey = a.adminKey();
            String nodeA = nodeIdIn(a.log());
            ExecutorService uploaders = Executors.newFixedThreadPool(UPLOADERS);
            AtomicInteger serial = new AtomicInteger();
            for (int i = 0; i < UPLOADERS; i++) {
                uploaders.submit(() -> uploadUntilRefused(a, adminKey, serial, acknowledged));
            }
            assertThat(within(Duration.ofSeconds(60), () -> acknowledged.size() >= SUCCESSES_BEFORE_KILL)).isTrue();
            a.kill();
            assertThat(dataDir.resolve("tmp").resolve(nodeA)).as("A spooled its uploads in its own folder").exists();
            uploaders.shutdown();
            assertThat(uploaders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            for (JsonNode image : acknowledged) {
                byte[] stored = get(b, image.path("url").asText());
                assertThat(CrashSafetyIT.md5(stored)).as(image.path("url").asText())
                        .isEqualTo(image.path("md5").asText());
                assertThat(get(b, image.path("thumb").path("url").asText())).isNotEmpty();
            }
            assertThat(within(Duration.ofSeconds(30), () -> TestDatabase.number(dataDir,
                    "SELECT COUNT(*) FROM upload_journal") == 0 && !Files.exists(dataDir.resolve("tmp").resolve(nodeA))))
                    .as("B removed A's interrupted uploads and A's tmp folder:\n" + b.log()).isTrue();

            String report = check(dataDir);
            assertThat(report).contains("every row has its files and every file belongs to a row");
            assertThat(b.log()).doesNotContain("ERROR");
        }
    }

    /** Uploads distinct photos until the server stops answering. */
    private void uploadUntilRefused(JarProcess jar, String key, AtomicInteger serial, List<JsonNode> acknowledged) {
        byte[] photo = Fixtures.bytes("photo.jpg");
        while (true) {
            int n = serial.incrementAndGet();
            MultipartBody body = new MultipartBody().file("source", "node" + n + ".jpg", "image/jpeg",
                    CrashSafetyIT.withComment(photo, "upload " + n));
            try {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                                URI.create(jar.baseUrl() + "/api/1/upload"))
                        .header("Content-Type", body.contentType()).header("X-API-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    acknowledged.add(json.readTree(response.body()).path("image"));
                }
            } catch (Exception serverGone) {
                return;
            }
        }
    }

    private byte[] get(JarProcess jar, String url) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                URI.create(jar.baseUrl() + URI.create(url).getPath())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static String nodeIdIn(String log) {
        Matcher joined = NODE_JOINED.matcher(log);
        assertThat(joined.find()).as(log).isTrue();
        return joined.group(1);
    }

    private static String check(Path dataDir) throws Exception {
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("vistazo.jar", "target/vistazo.jar"), "check", "--data", dataDir.toString())
                .redirectErrorStream(true).start();
        String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(report).isZero();
        return report;
    }

    private static boolean within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return true;
    }
}
