package io.vistazo.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.port.out.BlobStore.Blob;
import io.vistazo.core.port.out.DependencyUnavailable;
import io.vistazo.storage.testing.S3Proxy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against a real S3 server (s3proxy in its own process). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3BlobStoreTest {

    private static final String KEY = "2024/10/10/cat.jpg";
    /** The least S3 allows for a part but the last. */
    private static final long PART = 5L << 20;

    private S3Proxy s3;
    private String bucket;
    private S3BlobStore store;
    private int buckets;

    @TempDir
    Path folder;

    @BeforeAll
    void startS3(@TempDir Path s3Folder) {
        s3 = S3Proxy.start(s3Folder);
    }

    @AfterAll
    void stopS3() {
        s3.close();
    }

    /** A fresh bucket per test, so listings see only the test's own objects. */
    @BeforeEach
    void setUp() {
        bucket = "media" + ++buckets;
        s3.createBucket(bucket);
        store = new S3BlobStore(settings(bucket, "site/"), 3 * PART, PART, 2);
    }

    @Test
    void aFileRemovedSinceItWasFoundCannotBeOpened() throws IOException {
        store.create(KEY, source("meow"));
        Blob found = store.find(KEY).orElseThrow();

        store.delete(KEY);

        assertThatThrownBy(() -> found.open(0, 4)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void createStoresTheBytesUnderThePrefixedKey() throws IOException {
        assertThat(store.create(KEY, source("meow"))).isTrue();

        assertThat(s3.objectKeys(bucket)).containsExactly("site/" + KEY);
        try (S3Client client = s3.client()) {
            assertThat(client.headObject(head -> head.bucket(bucket).key("site/" + KEY)).contentType())
                    .as("for a CDN in front of the bucket").isEqualTo("image/jpeg");
        }
        assertThat(store.exists(KEY)).isTrue();
        assertThat(read(store.find(KEY).orElseThrow(), 0)).isEqualTo("meow");
    }

    /** Whole files go up by URLs Vistazo signs itself: keys that need encoding must sign and land as they are. */
    @Test
    void keysThatNeedEncodingAreStoredUnderExactlyThatKey() throws IOException {
        List<String> keys = List.of("2024/10/10/gato negro.jpg", "2024/10/10/ñandú+café%20.jpg",
                "2024/10/10/a&b=c;d,e(1)~!'.jpg", "2024/10/10/日本語.jpg");
        for (String key : keys) {
            assertThat(store.create(key, source(key))).as(key).isTrue();
            assertThat(store.create(key, source("again"))).as("not overwritten: " + key).isFalse();
        }

        assertThat(s3.objectKeys(bucket)).containsExactlyInAnyOrderElementsOf(
                keys.stream().map(key -> "site/" + key).toList());
        for (String key : keys) {
            assertThat(read(store.find(key).orElseThrow(), 0)).isEqualTo(key);
        }
    }

    @Test
    void findGivesSizeAndTimeFromTheObject() throws IOException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        store.create(KEY, source("0123456789"));

        Blob blob = store.find(KEY).orElseThrow();

        assertThat(blob.size()).isEqualTo(10);
        assertThat(blob.lastModified()).isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5));
        assertThat(store.find("2024/10/10/other.jpg")).isEmpty();
    }

    @Test
    void readsAreRangesOfTheObject() throws IOException {
        store.create(KEY, source("0123456789"));
        Blob blob = store.find(KEY).orElseThrow();

        assertThat(read(blob, 7)).isEqualTo("789");
        try (InputStream in = blob.open(2, 3)) {
            assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("234");
        }
        try (InputStream in = blob.openAt(10)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    /** Before the probe (and on services that ignore the condition) a HEAD guards each write. */
    @Test
    void createNeverOverwrites() throws IOException {
        assertThat(store.create(KEY, source("first"))).isTrue();

        assertThat(store.create(KEY, source("second"))).isFalse();

        assertThat(read(store.find(KEY).orElseThrow(), 0)).isEqualTo("first");
    }

    @Test
    void whereTheServiceHonoursConditionalWritesTheConditionAloneKeepsObjects() throws IOException {
        assertThat(store.learnConditionalWrites(settings(bucket, "site/"))).isEqualTo(ConditionalWrites.HONOURED);
        try (Stream<String> listed = store.keys()) {
            assertThat(listed).as("the probe object is removed").isEmpty();
        }

        assertThat(store.create(KEY, source("first"))).isTrue();
        assertThat(store.create(KEY, source("second"))).isFalse();

        assertThat(read(store.find(KEY).orElseThrow(), 0)).isEqualTo("first");
    }

    @Test
    void deleteRemovesTheObjectAndIgnoresMissingKeys() throws IOException {
        store.create(KEY, source("meow"));

        store.delete(KEY);
        store.delete(KEY);

        assertThat(store.exists(KEY)).isFalse();
        assertThat(s3.objectKeys(bucket)).isEmpty();
    }

    @Test
    void keysPageThroughEveryObjectUnderThePrefix() throws IOException {
        List<String> keys = List.of("a/1.jpg", "a/2.jpg", "b/3.jpg", "b/4.jpg", "c/5.jpg");
        for (String key : keys) {
            store.create(key, source(key));
        }
        try (S3Client client = s3.client()) {
            client.putObject(put -> put.bucket(bucket).key("elsewhere/6.jpg"), RequestBody.fromString("x"));
        }

        try (Stream<String> listed = store.keys()) {
            // Five keys at two per page: three pages.
            assertThat(listed).containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    @Test
    void keysAndPathsThatCouldEscapeAreRefused() throws IOException {
        assertThatThrownBy(() -> store.create("../outside.jpg", source("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find("../outside.jpg")).isEmpty();
        assertThat(store.exists("/absolute.jpg")).isFalse();
    }

    @Test
    void largeFilesGoUpInPartsAndReadBackWhole() throws IOException {
        byte[] bytes = randomBytes((int) (3 * PART + PART / 2));
        Path file = Files.write(folder.resolve("large.bin"), bytes);

        assertThat(store.create(KEY, file)).isTrue();

        try (S3Client client = s3.client()) {
            String etag = client.headObject(head -> head.bucket(bucket).key("site/" + KEY)).eTag();
            assertThat(etag).as("a multipart ETag ends in -<parts>").endsWith("-4\"");
            assertThat(client.headObject(head -> head.bucket(bucket).key("site/" + KEY)).contentType())
                    .isEqualTo("image/jpeg");
        }
        try (InputStream in = store.find(KEY).orElseThrow().openAt(0)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(s3.multipartUploads(bucket)).isEmpty();
        assertThat(store.create(KEY, file)).as("a large file does not overwrite either").isFalse();
    }

    /**
     * A file that ends before its size says: Linux's sysfs files claim 4096 bytes and hold a few. In one-byte
     * parts the first few go up, then the read fails half-way.
     */
    @Test
    void aFileThatFailsHalfWayLeavesNoObjectAndNoUnfinishedUpload() throws IOException {
        Path file = Path.of("/sys/devices/system/cpu/online");
        assertThat(Files.size(file)).as("precondition: a file shorter than its size")
                .isGreaterThan(Files.readAllBytes(file).length);
        try (S3BlobStore onePerByte = new S3BlobStore(settings(bucket, "site/"), 0, 1, 2)) {
            assertThatThrownBy(() -> onePerByte.create(KEY, file))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("ended")
                    .satisfies(failure -> assertThat(DependencyUnavailable.in(failure)).isNull());
        }

        assertThat(s3.objectKeys(bucket)).isEmpty();
        assertThat(s3.multipartUploads(bucket)).isEmpty();
    }

    @Test
    void abortStaleUploadsRemovesUnfinishedMultipartUploads() throws IOException {
        try (S3Client client = s3.client()) {
            client.createMultipartUpload(create -> create.bucket(bucket).key("site/" + KEY));
            client.createMultipartUpload(create -> create.bucket(bucket).key("other/" + KEY));
        }

        assertThat(store.abortStaleUploads(Duration.ofHours(1))).as("too young").isZero();
        assertThat(store.abortStaleUploads(Duration.ofSeconds(-60))).isEqualTo(1);

        assertThat(s3.multipartUploads(bucket)).containsExactly("other/" + KEY);
    }

    @Test
    void anUnreachableServiceIsStorageUnavailable() throws IOException {
        try (S3BlobStore unreachable = new S3BlobStore(unreachable(), 3 * PART, PART, 2)) {
            Path file = source("meow");
            assertThatThrownBy(() -> unreachable.create(KEY, file)).isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot")
                    .hasCauseInstanceOf(DependencyUnavailable.class)
                    .satisfies(failure -> assertThat(DependencyUnavailable.in(failure).dependency())
                            .isEqualTo(DependencyUnavailable.STORAGE));
            assertThatThrownBy(() -> unreachable.find(KEY)).isInstanceOf(UncheckedIOException.class)
                    .satisfies(failure -> assertThat(DependencyUnavailable.in(failure)).isNotNull());
        }
    }

    @Test
    void revokedCredentialsMakeWritesStorageUnavailableAndStoreNothing() throws IOException {
        S3Settings revoked = settings(bucket, "site/").toBuilder().secretKey(Secret.of("revoked")).build();
        try (S3BlobStore refused = new S3BlobStore(revoked, 3 * PART, PART, 2)) {
            Path file = source("meow");
            assertThatThrownBy(() -> refused.create(KEY, file)).isInstanceOf(IOException.class)
                    .hasMessageContaining("403")
                    .satisfies(failure -> assertThat(DependencyUnavailable.in(failure)).isNotNull());
        }
        assertThat(s3.objectKeys(bucket)).isEmpty();
    }

    @Test
    void theHealthProbeAsksTheBucket() throws IOException {
        assertThat(store.healthProbe(Duration.ZERO, java.time.Clock.systemUTC()).healthy()).isTrue();
        assertThat(store.healthProbe(Duration.ZERO, java.time.Clock.systemUTC()).name()).isEqualTo("storage");
        try (S3BlobStore missing = new S3BlobStore(settings("missing-bucket", ""), 3 * PART, PART, 2)) {
            assertThat(missing.healthProbe(Duration.ZERO, java.time.Clock.systemUTC()).healthy())
                    .as("no such bucket").isFalse();
        }
        try (S3BlobStore unreachable = new S3BlobStore(unreachable(), 3 * PART, PART, 2)) {
            assertThat(unreachable.healthProbe(Duration.ZERO, java.time.Clock.systemUTC()).healthy()).isFalse();
        }
    }

    @Test
    void openChecksTheBucketAndNamesTheSettingToFix() {
        assertThatThrownBy(() -> S3BlobStore.open(settings(bucket, "").toBuilder()
                .secretKey(Secret.of("wrong")).timeout(Duration.ofSeconds(5)).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("s3-access-key / s3-secret-key: ")
                .hasMessageNotContaining("wrong");
        assertThatThrownBy(() -> S3BlobStore.open(settings("missing-bucket", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("s3-bucket: ")
                .hasMessageContaining("'missing-bucket' does not exist");
        assertThatThrownBy(() -> S3BlobStore.open(unreachable()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("s3-endpoint: cannot reach ");
        S3BlobStore.open(settings(bucket, "")).close();
    }

    @Test
    void settingsNeverShowTheSecret() {
        S3Settings settings = settings(bucket, "/site");

        assertThat(settings.toString()).doesNotContain(S3Proxy.SECRET_KEY).contains("******");
        assertThat(settings.prefix()).isEqualTo("site/");
    }

    private S3Settings settings(String bucketName, String prefix) {
        return S3Settings.builder()
                .endpoint(s3.endpoint())
                .region(S3Proxy.REGION)
                .bucket(bucketName)
                .prefix(prefix)
                .accessKey(S3Proxy.ACCESS_KEY)
                .secretKey(Secret.of(S3Proxy.SECRET_KEY))
                .pathStyle(true)
                .timeout(Duration.ofSeconds(10))
                .build();
    }

    /** The test bucket's settings with an endpoint nothing answers at, and a short timeout. */
    private S3Settings unreachable() throws IOException {
        return settings(bucket, "").toBuilder().endpoint(closedEndpoint()).timeout(Duration.ofSeconds(2)).build();
    }

    /** A loopback port nothing listens on. */
    private static java.net.URI closedEndpoint() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return java.net.URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private Path source(String content) throws IOException {
        return Files.writeString(Files.createTempFile(folder, "source", ".bin"), content);
    }

    private static String read(Blob blob, long offset) throws IOException {
        try (InputStream in = blob.openAt(offset)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
