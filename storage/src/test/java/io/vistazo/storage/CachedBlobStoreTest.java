package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.port.out.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached file another node deletes (straight from the shared folder) stops being served after the recheck period. */
class CachedBlobStoreTest {

    private static final Duration RECHECK = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private Instant now = Instant.parse("2026-03-04T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aHitIsTrustedWithinThePeriodAndCheckedAgainstTheStoreAfterIt() throws IOException {
        Path images = folder.resolve("images");
        CachedBlobStore cache = new CachedBlobStore(new LocalBlobStore(images), 1024, 1 << 20, RECHECK, clock);
        Path source = Files.write(folder.resolve("thumb"), new byte[] {1, 2, 3});
        cache.create("a/cat.th.png", source);
        assertThat(read(cache, "a/cat.th.png")).containsExactly(1, 2, 3);

        Files.delete(images.resolve("a/cat.th.png"));

        now = now.plus(RECHECK).minusMillis(1);
        assertThat(read(cache, "a/cat.th.png")).as("still within the period: no check").containsExactly(1, 2, 3);
        assertThat(cache.exists("a/cat.th.png")).as("existence is always the store's answer").isFalse();
        now = now.plusMillis(1);
        assertThat(cache.find("a/cat.th.png")).as("checked, gone, evicted").isEmpty();
    }

    @Test
    void aHitStillStoredIsTrustedForAnotherPeriod() throws IOException {
        Path images = folder.resolve("images");
        CachedBlobStore cache = new CachedBlobStore(new LocalBlobStore(images), 1024, 1 << 20, RECHECK, clock);
        cache.create("a/dog.th.png", Files.write(folder.resolve("thumb"), new byte[] {4, 5}));
        assertThat(read(cache, "a/dog.th.png")).containsExactly(4, 5);

        now = now.plus(RECHECK);
        assertThat(read(cache, "a/dog.th.png")).as("checked: still there").containsExactly(4, 5);
        Files.delete(images.resolve("a/dog.th.png"));
        now = now.plus(RECHECK).minusMillis(1);
        assertThat(read(cache, "a/dog.th.png")).as("the period restarted at the check").containsExactly(4, 5);
        now = now.plusMillis(1);
        assertThat(cache.find("a/dog.th.png")).isEmpty();
    }

    private static byte[] read(BlobStore store, String key) throws IOException {
        try (InputStream in = store.find(key).orElseThrow().openAt(0)) {
            return in.readAllBytes();
        }
    }
}
