package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import io.vistazo.storage.testing.S3Proxy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vistazo migrate storage --to s3}: a local site moved to a bucket keeps its URLs and delete links. */
class MigrateStorageTest {

    @Test
    void aLocalSiteMovesToTheBucketAndKeepsItsUrls(@TempDir Path data) throws InterruptedException {
        S3Proxy s3 = TestS3.shared();
        String bucket = TestS3.newBucket();
        String[] s3Settings = TestS3.settings(s3, bucket);
        byte[] photo = Fixtures.bytes("photo.jpg");
        byte[] alpha = Fixtures.bytes("alpha.png");
        JsonNode first;
        JsonNode second;
        List<String> localFiles;
        try (TestServer local = TestServer.start(data, HttpEngine.JETTY)) {
            first = local.upload("holiday.jpg", photo).path("image");
            second = local.upload("alpha.png", alpha).path("image");
            localFiles = local.storedFiles();
        }
        assertThat(localFiles).as("two originals, two thumbs, one medium").hasSize(5);

        assertThat(migrate(data, s3Settings)).contains("5 copied, 0 already there, 0 different");
        assertThat(s3.objectKeys(bucket)).containsExactlyInAnyOrderElementsOf(
                localFiles.stream().map(file -> TestS3.PREFIX + file).toList());

        assertThatThrownBy(() -> migrate(data, s3Settings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--resume");

        // A run stopped half-way: one object never made it.
        s3.deleteObject(bucket, TestS3.PREFIX + localFiles.get(0));
        assertThat(migrate(data, s3Settings, "--resume")).contains("1 copied, 4 already there, 0 different");

        try (TestServer moved = TestServer.start(data, HttpEngine.JETTY, s3Settings)) {
            assertThat(moved.get(path(first.path("url"))).body()).isEqualTo(photo);
            assertThat(moved.get(path(second.path("url"))).body()).isEqualTo(alpha);
            assertThat(moved.get(path(first.path("thumb").path("url"))).statusCode()).isEqualTo(200);
            var deleted = moved.send(HttpRequest.newBuilder(moved.uri(path(second.path("delete_url"))))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(deleted.statusCode()).isEqualTo(200);
        }
        assertThat(s3.objectKeys(bucket)).hasSize(3);
        try (TestServer local = TestServer.start(data, HttpEngine.JETTY)) {
            assertThat(local.storedFiles()).as("the local files are never deleted").isEqualTo(localFiles);
        }
    }

    @Test
    void anObjectThatDiffersFromItsFileIsReportedAndLeftAlone(@TempDir Path data) throws InterruptedException {
        S3Proxy s3 = TestS3.shared();
        String bucket = TestS3.newBucket();
        String[] s3Settings = TestS3.settings(s3, bucket);
        List<String> localFiles;
        try (TestServer local = TestServer.start(data, HttpEngine.JETTY)) {
            local.upload("holiday.jpg", Fixtures.bytes("photo.jpg"));
            localFiles = local.storedFiles();
        }
        s3.putObject(bucket, TestS3.PREFIX + localFiles.get(0), "not the file".getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(List.of("migrate", "storage"), settings(data, s3Settings, "--resume"),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("different in the bucket: " + localFiles.get(0))
                .contains("2 copied, 0 already there, 1 different");
    }

    private static String migrate(Path data, String[] s3Settings, String... more) {
        Settings settings = settings(data, s3Settings, more);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int status = Main.run(List.of("migrate", "storage"), settings,
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The local data folder, {@code --to s3}, the bucket's settings (storage left local) and any flags. */
    private static Settings settings(Path data, String[] s3Settings, String... more) {
        List<String> flags = new ArrayList<>(List.of("--data", data.toString(), "--to", "s3"));
        for (int i = 2; i < s3Settings.length; i += 2) {
            flags.add("--" + s3Settings[i]);
            flags.add(s3Settings[i + 1]);
        }
        flags.addAll(Arrays.asList(more));
        return Settings.load(Settings.parseFlags(flags, new ArrayList<>()), Map.of());
    }

    private static String path(JsonNode url) {
        return URI.create(url.asText()).getPath();
    }
}
