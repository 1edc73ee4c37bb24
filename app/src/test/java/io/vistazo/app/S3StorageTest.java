package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import io.vistazo.storage.S3BlobStore;
import io.vistazo.storage.testing.S3Proxy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vistazo with {@code storage=s3} on a real S3 server of its own (s3proxy), which these tests stop and start:
 * where the files go, outages, the start-up check and {@code vistazo check}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3StorageTest {

    private final byte[] photo = Fixtures.bytes("photo.jpg");
    private S3Proxy s3;
    private int buckets;

    @BeforeAll
    void startS3(@TempDir Path folder) {
        s3 = S3Proxy.start(folder);
    }

    @AfterAll
    void stopS3() {
        s3.close();
    }

    @Test
    void filesBecomeObjectsUnderThePrefixWithTheLocalKeysAndDeleteRemovesThem(@TempDir Path data) {
        String bucket = newBucket();
        try (TestServer server = TestServer.start(data, HttpEngine.JETTY, TestS3.settings(s3, bucket))) {
            JsonNode image = server.upload("holiday.jpg", photo).path("image");
            List<String> keys = List.of(key(image.path("url")), key(image.path("thumb").path("url")),
                    key(image.path("medium").path("url")));

            assertThat(s3.objectKeys(bucket)).containsExactlyInAnyOrderElementsOf(
                    keys.stream().map(key -> TestS3.PREFIX + key).toList());
            assertThat(keys.get(0)).matches("\\d{4}/\\d{2}/\\d{2}/holiday\\.jpg");
            assertThat(data.resolve("images")).as("no images/ on the local disk").doesNotExist();

            HttpResponse<byte[]> deleted = server.send(HttpRequest.newBuilder(URI.create(
                    image.path("delete_url").asText())).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(deleted.statusCode()).isEqualTo(200);
            assertThat(s3.objectKeys(bucket)).isEmpty();
        }
    }

    @Test
    void whileS3IsDownUploadsGet503AndCachedFilesAreStillServed(@TempDir Path data) {
        String bucket = newBucket();
        try (TestServer server = TestServer.start(data, HttpEngine.JETTY, TestS3.settings(s3, bucket))) {
            JsonNode image = server.upload("holiday.jpg", photo).path("image");
            String thumb = image.path("thumb").path("url").asText();
            assertThat(server.get(thumb).statusCode()).isEqualTo(200);
            List<String> before = s3.objectKeys(bucket);
            HttpResponse<byte[]> healthy = server.get("/health");
            assertThat(healthy.statusCode()).isEqualTo(200);
            assertThat(TestServer.json(healthy).path("dependencies").path("storage").asText()).isEqualTo("up");

            s3.stop();
            HttpResponse<byte[]> cached;
            HttpResponse<byte[]> uncached;
            HttpResponse<byte[]> refused;
            HttpResponse<byte[]> unhealthy;
            HttpResponse<byte[]> cachedLater;
            try {
                cached = server.get(thumb);
                uncached = server.get(image.path("url").asText());
                refused = server.postMultipart("/api/1/upload", new MultipartBody()
                        .file("source", "other.jpg", "image/jpeg", photo), "X-API-Key", TestServer.ADMIN_KEY);
                unhealthy = awaitHealth(server, 503);
                cachedLater = server.get(thumb);
            } finally {
                s3.restart();
            }

            assertThat(cached.statusCode()).isEqualTo(200);
            assertThat(cachedLater.statusCode()).as("still served once its re-check is due").isEqualTo(200);
            assertThat(uncached.statusCode()).as("a file never read, so not cached").isEqualTo(503);
            assertThat(uncached.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(uncached.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            JsonNode error = TestServer.json(refused);
            assertThat(error.path("status_code").asInt()).isEqualTo(503);
            assertThat(error.path("error").path("message").asText())
                    .isEqualTo("The storage is temporarily unavailable, try again shortly");
            JsonNode health = TestServer.json(unhealthy);
            assertThat(health.path("status").asText()).isEqualTo("unavailable");
            assertThat(health.path("dependencies").path("storage").asText()).isEqualTo("down");
            assertThat(health.path("dependencies").path("database").asText()).isEqualTo("up");
            assertThat(s3.objectKeys(bucket)).as("nothing half-stored").isEqualTo(before);
            assertThat(s3.multipartUploads(bucket)).isEmpty();

            JsonNode again = server.upload("other.jpg", photo);
            assertThat(again.path("status_code").asInt()).as("back once S3 is").isEqualTo(200);
            assertThat(awaitHealth(server, 200).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void wrongCredentialsOrAMissingBucketRefuseTheStartNamingTheSetting(@TempDir Path data) {
        String[] wrongSecret = TestS3.settings(s3, newBucket());
        wrongSecret[Arrays.asList(wrongSecret).indexOf("s3-secret-key") + 1] = "not-the-secret";
        assertThatThrownBy(() -> TestServer.start(data, HttpEngine.JETTY, wrongSecret))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("s3-access-key / s3-secret-key: ")
                .hasMessageNotContaining("not-the-secret")
                .hasMessageNotContaining("\n");

        assertThatThrownBy(() -> TestServer.start(data, HttpEngine.JETTY, TestS3.settings(s3, "no-such-bucket")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("s3-bucket: ")
                .hasMessageContaining("'no-such-bucket' does not exist");
    }

    @Test
    void checkListsTheBucketAndRepairRemovesOrphans(@TempDir Path data) {
        String bucket = newBucket();
        String[] settings = TestS3.settings(s3, bucket);
        try (TestServer server = TestServer.start(data, HttpEngine.JETTY, settings)) {
            server.upload("holiday.jpg", photo);
        }
        s3.putObject(bucket, TestS3.PREFIX + "2020/01/01/orphan.jpg", photo);

        String report = Cli.run(data, withArgs(settings, "check", "--repair"));

        assertThat(report).contains("orphan file (removed): 2020/01/01/orphan.jpg");
        assertThat(s3.objectKeys(bucket)).doesNotContain(TestS3.PREFIX + "2020/01/01/orphan.jpg").hasSize(3);
        assertThat(Cli.run(data, withArgs(settings, "check"))).contains("every row has its files");
    }

    @Test
    void withAPublicUrlOnlyFilesEveryoneMaySeeAreLinkedThere(@TempDir Path data) {
        String cdn = "https://cdn.example.test/media/";
        String bucket = newBucket();
        List<String> settings = new ArrayList<>(List.of(TestS3.settings(s3, bucket)));
        settings.addAll(List.of("s3-public-url", cdn));
        try (TestServer server = TestServer.start(data, HttpEngine.JETTY, settings.toArray(String[]::new))) {
            String privateAlbum = Cli.valueAfter(Cli.run(data, "album", "add", "Secret", "--user", "admin",
                    "--privacy", "private"), "album_id ");
            String publicAlbum = Cli.valueAfter(Cli.run(data, "album", "add", "Open", "--user", "admin"),
                    "album_id ");

            JsonNode open = server.upload("open.jpg", photo).path("image");
            JsonNode inPublicAlbum = server.upload("album.jpg", photo, "album_id", publicAlbum).path("image");
            JsonNode hidden = server.upload("hidden.jpg", photo, "album_id", privateAlbum).path("image");
            JsonNode expiring = server.upload("soon.jpg", photo, "expiration", "P1D").path("image");

            String openUrl = open.path("url").asText();
            assertThat(openUrl).matches(Pattern.quote(cdn) + "\\d{4}/\\d{2}/\\d{2}/open\\.jpg");
            assertThat(s3.objectKeys(bucket)).as("the public URL names the object under the prefix")
                    .contains(TestS3.PREFIX + openUrl.substring(cdn.length()));
            assertThat(open.path("thumb").path("url").asText()).startsWith(cdn);
            assertThat(inPublicAlbum.path("url").asText()).startsWith(cdn);
            assertThat(hidden.path("url").asText()).startsWith(server.server.baseUrl() + "/images/");
            assertThat(hidden.path("thumb").path("url").asText()).startsWith(server.server.baseUrl() + "/images/");
            assertThat(expiring.path("url").asText()).startsWith(server.server.baseUrl() + "/images/");
            assertThat(server.get("/images/" + key(hidden.path("url"))).statusCode())
                    .as("a private media's file is served only through Vistazo, and not to strangers").isEqualTo(404);
        }
    }

    private String newBucket() {
        String bucket = "app-" + ++buckets;
        s3.createBucket(bucket);
        return bucket;
    }

    /** The storage key of a file URL ({@code http://host/images/<key>}). */
    private static String key(JsonNode url) {
        String text = url.asText();
        return text.substring(text.indexOf("/images/") + "/images/".length());
    }

    /**
     * Asks {@code /health} until it answers {@code status}: the bucket is asked at most once per
     * {@link io.vistazo.storage.S3BlobStore#HEALTH_CHECK_INTERVAL}, so a change shows within that and one check.
     */
    private static HttpResponse<byte[]> awaitHealth(TestServer server, int status) {
        Instant deadline = Instant.now().plus(S3BlobStore.HEALTH_CHECK_INTERVAL.multipliedBy(4));
        HttpResponse<byte[]> health = server.get("/health");
        while (health.statusCode() != status) {
            assertThat(Instant.now()).as("/health still answers " + health.statusCode()).isBefore(deadline);
            Thread.onSpinWait();
            health = server.get("/health");
        }
        return health;
    }

    private static String[] withArgs(String[] settings, String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        for (int i = 0; i < settings.length; i += 2) {
            args.add("--" + settings[i]);
            args.add(settings[i + 1]);
        }
        return args.toArray(String[]::new);
    }
}
