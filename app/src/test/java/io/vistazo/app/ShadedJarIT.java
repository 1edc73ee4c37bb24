package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the real artifact, {@code app/target/vistazo.jar}, as a user would, and uploads one image; with its files
 * on the local disk and in S3 (the shaded AWS SDK must work too).
 */
class ShadedJarIT {

    private final JarClient client = new JarClient();

    @Test
    void theRunnableJarStartsAndAcceptsAnUpload(@TempDir Path dataDir) throws Exception {
        try (JarProcess jar = JarProcess.start(dataDir, List.of())) {
            assertThat(jar.adminKey()).as(jar.log()).isNotNull();
            assertThat(Files.exists(dataDir.resolve("vistazo.db"))).isTrue();

            JsonNode image = uploadPhoto(jar);
            HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(URI.create(image.path("url").asText()))
                    .build());
            assertThat(file.body()).isEqualTo(Fixtures.bytes("photo.jpg"));

            // The pages' templates were compiled into the jar: its viewer renders in the layout.
            HttpResponse<byte[]> viewer = client.send(HttpRequest.newBuilder(URI.create(
                    image.path("url_viewer").asText() + "?lang=es")).build());
            assertThat(viewer.statusCode()).isEqualTo(200);
            assertThat(new String(viewer.body(), StandardCharsets.UTF_8)).contains("<html lang=\"es\">")
                    .contains("<a class=\"brand\" href=\"/\">Vistazo</a>");
        }
    }

    @Test
    void theRunnableJarKeepsItsFilesInS3(@TempDir Path dataDir) throws Exception {
        String bucket = TestS3.newBucket();
        try (JarProcess jar = JarProcess.start(dataDir, List.of(), flags(TestS3.settings(TestS3.shared(), bucket)))) {
            JsonNode image = uploadPhoto(jar);
            HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(URI.create(image.path("url").asText()))
                    .header("Range", "bytes=0-99").build());
            assertThat(file.statusCode()).isEqualTo(206);
            assertThat(file.body()).isEqualTo(Arrays.copyOf(Fixtures.bytes("photo.jpg"), 100));
            assertThat(TestS3.shared().objectKeys(bucket)).hasSize(3).allMatch(key -> key.startsWith(TestS3.PREFIX));
        }
    }

    @Test
    void theRunnableJarRefusesWrongS3CredentialsInOneLine(@TempDir Path dataDir) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("vistazo.jar", "target/vistazo.jar"), "--data",
                dataDir.toString(), "--port", "0"));
        command.addAll(List.of(flags(TestS3.settings(TestS3.shared(), TestS3.newBucket()))));
        command.addAll(List.of("--s3-secret-key", "not-the-secret"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output.lines().filter(line -> line.startsWith("vistazo: ")).toList()).as(output)
                .singleElement().asString().startsWith("vistazo: s3-access-key / s3-secret-key: ");
        assertThat(output).doesNotContain("not-the-secret");
    }

    /** Uploads {@code photo.jpg} with the admin key; its image object, once the jar answered 200. */
    private JsonNode uploadPhoto(JarProcess jar) throws Exception {
        HttpResponse<byte[]> response = client.upload(jar, jar.adminKey(), "photo.jpg", Fixtures.bytes("photo.jpg"));
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return client.image(response);
    }

    /** name, value pairs as {@code --name value} flags. */
    private static String[] flags(String[] settings) {
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < settings.length; i += 2) {
            flags.add("--" + settings[i]);
            flags.add(settings[i + 1]);
        }
        return flags.toArray(String[]::new);
    }
}
