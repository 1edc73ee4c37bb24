package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.media.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vistazo key create|list} against a data folder a server is using. */
class CliTest {

    @Test
    void keyCreatePrintsAWorkingKeyAndKeyListMasksIt(@TempDir Path dataDir) throws Exception {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK)) {
            String key = run(dataDir, "key", "create").strip();
            assertThat(key).matches("chv_[A-Za-z0-9]+_[0-9a-f]{128}");
            assertThat(TestServer.json(server.postMultipart("/api/1/upload",
                    new MultipartBody().field("key", key).file("source", "a.png", "image/png",
                            Fixtures.bytes("alpha.png")))).path("status_code").asInt()).isEqualTo(200);

            String listing = run(dataDir, "key", "list");
            assertThat(listing).contains(key.substring(0, key.lastIndexOf('_')) + "_***").doesNotContain(key);
        }
    }

    @Test
    void theFirstStartCreatesAnAdminKeyThatWorks(@TempDir Path dataDir) {
        try (Vistazo.Server server = Vistazo.builder().dataDir(dataDir).port(0).engine("jdk").start()) {
            assertThat(server.createdAdminKey()).startsWith("chv_");
        }
        try (Vistazo.Server second = Vistazo.builder().dataDir(dataDir).port(0).engine("jdk").start()) {
            assertThat(second.createdAdminKey()).isNull();
        }
    }

    private static String run(Path dataDir, String... words) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> command = List.of(words);
        int status = Main.run(command, Settings.load(Map.of("data", dataDir.toString(), "user", "admin"), Map.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
