package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import io.vistazo.storage.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash leaves between writing an upload's files and storing its row is removed at the next start, and
 * {@code vistazo check} finds and repairs whatever else went wrong on disk.
 */
class CrashRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void filesOfAnUploadInterruptedBeforeItsRowAreRemovedAtStart() throws IOException {
        JsonNode kept;
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK)) {
            kept = server.upload("kept.png", Fixtures.bytes("alpha.png")).path("image");
        }
        try (Database database = Database.open(dataDir.resolve("vistazo.db"))) {
            assertThat(database.uploadJournal("crashed-node").pending())
                    .as("storing the row ends the journal entry").isEmpty();
        }
        List<String> interrupted = List.of("2020/01/01/lost.png", "2020/01/01/lost.th.png");
        for (String key : interrupted) {
            Path file = dataDir.resolve("images").resolve(key);
            Files.createDirectories(file.getParent());
            Files.write(file, Fixtures.bytes("alpha.png"));
        }
        try (Database database = Database.open(dataDir.resolve("vistazo.db"))) {
            database.uploadJournal("crashed-node").begin(interrupted.get(0), interrupted);
        }

        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK)) {
            assertThat(server.storedFiles()).noneMatch(name -> name.contains("lost"));
            String path = java.net.URI.create(kept.path("url").asText()).getPath();
            assertThat(server.get(path).body()).isEqualTo(Fixtures.bytes("alpha.png"));
        }
        try (Database database = Database.open(dataDir.resolve("vistazo.db"))) {
            assertThat(database.uploadJournal("crashed-node").pending()).isEmpty();
        }
    }

    @Test
    void checkFindsAndRepairsOrphansMissingThumbsAndRowsWithoutFiles() throws Exception {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY)) {
            JsonNode thumbless = server.upload("thumbless.jpg", Fixtures.bytes("photo.jpg")).path("image");
            JsonNode fileless = server.upload("fileless.png", Fixtures.bytes("alpha.png")).path("image");
            Path images = dataDir.resolve("images");
            Path thumb = images.resolve(keyOf(thumbless.path("thumb").path("url").asText()));
            Files.delete(thumb);
            Files.delete(images.resolve(keyOf(fileless.path("url").asText())));
            Path orphan = images.resolve("2021/02/03/orphan.png");
            Files.createDirectories(orphan.getParent());
            Files.write(orphan, Fixtures.bytes("alpha.png"));

            Run found = check();
            assertThat(found.status()).isEqualTo(1);
            assertThat(found.output()).contains("orphan file (found): 2021/02/03/orphan.png")
                    .contains("row without its file (found)").contains("fileless.png")
                    .contains("missing derivative (found): " + keyOf(thumbless.path("thumb").path("url").asText()));
            assertThat(Files.exists(orphan)).isTrue();

            assertThat(check("--repair").status()).isZero();
            assertThat(Files.exists(orphan)).isFalse();
            assertThat(Files.exists(thumb)).isTrue();
            assertThat(server.get(thumbless.path("thumb").path("url").asText()).statusCode()).isEqualTo(200);
            assertThat(server.get(fileless.path("url_viewer").asText()).statusCode()).isEqualTo(404);
            assertThat(server.get(fileless.path("thumb").path("url").asText()).statusCode()).isEqualTo(404);

            Run clean = check();
            assertThat(clean.status()).isZero();
            assertThat(clean.output()).contains("every row has its files and every file belongs to a row");
        }
    }

    private static String keyOf(String url) {
        return url.substring(url.indexOf("/images/") + "/images/".length());
    }

    private Run check(String... flags) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.Map<String, String> settings = new java.util.HashMap<>(Map.of("data", dataDir.toString()));
        for (String flag : flags) {
            settings.put(flag.substring(2), "true");
        }
        int status = Main.run(List.of("check"), Settings.load(settings, Map.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    /** A finished command. */
    private record Run(int status, String output) {
    }
}
