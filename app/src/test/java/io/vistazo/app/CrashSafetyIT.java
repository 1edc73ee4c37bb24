package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of a stream of uploads: after a restart every upload that was answered with success is
 * intact (row, files, md5), and {@code vistazo check} finds no orphan file and no row without its file.
 */
class CrashSafetyIT {

    private static final int UPLOADERS = 4;
    private static final int SUCCESSES_BEFORE_KILL = 24;

    private final JarClient client = new JarClient();

    @Test
    void everyAcknowledgedUploadSurvivesAKillAndNothingIsLeftOver(@TempDir Path dataDir) throws Exception {
        List<JsonNode> acknowledged = new CopyOnWriteArrayList<>();
        try (JarProcess jar = JarProcess.start(dataDir, List.of())) {
            ExecutorService uploaders = Executors.newFixedThreadPool(UPLOADERS);
            AtomicInteger serial = new AtomicInteger();
            for (int i = 0; i < UPLOADERS; i++) {
                uploaders.submit(() -> client.uploadUntilRefused(jar, jar.adminKey(), "crash", serial, acknowledged));
            }
            Poll.within(Duration.ofSeconds(60), () -> acknowledged.size() >= SUCCESSES_BEFORE_KILL);
            jar.kill();
            uploaders.shutdown();
            assertThat(uploaders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(SUCCESSES_BEFORE_KILL);

        try (JarProcess restarted = JarProcess.start(dataDir, List.of())) {
            for (JsonNode image : acknowledged) {
                byte[] stored = client.get(restarted, image.path("url").asText());
                assertThat(md5(stored)).as(image.path("url").asText()).isEqualTo(image.path("md5").asText());
                assertThat(client.get(restarted, image.path("thumb").path("url").asText())).isNotEmpty();
                assertThat(client.get(restarted, image.path("medium").path("url").asText())).isNotEmpty();
            }
            assertThat(JarProcess.check(dataDir)).contains("every row has its files and every file belongs to a row");
        }
    }

    /** The same JPEG with a comment segment, so every upload has its own bytes. */
    static byte[] withComment(byte[] jpeg, String text) {
        byte[] comment = text.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xFE);
        out.write((comment.length + 2) >> 8);
        out.write((comment.length + 2) & 0xFF);
        out.writeBytes(comment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }
}
