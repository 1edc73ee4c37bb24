package io.vistazo.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vistazo.core.port.out.BlobStore.Blob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalBlobStoreTest {

    private static final String KEY = "2024/10/10/cat.jpg";

    @TempDir
    Path folder;

    private Path root;
    private LocalBlobStore store;

    @BeforeEach
    void setUp() {
        root = folder.resolve("images");
        store = new LocalBlobStore(root);
    }

    @Test
    void aFileRemovedSinceItWasFoundCannotBeOpened() throws IOException {
        store.create(KEY, source("meow"));
        Blob found = store.find(KEY).orElseThrow();

        store.delete(KEY);

        assertThatThrownBy(() -> found.open(0, 4)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void createStoresTheBytesUnderTheKey() throws IOException {
        assertThat(store.create(KEY, source("meow"))).isTrue();

        assertThat(root.resolve(KEY)).hasContent("meow");
        assertThat(store.exists(KEY)).isTrue();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void createTakesOverTheCallersFileOnTheSameFileSystem() throws IOException {
        Path source = source("meow");

        assertThat(store.create(KEY, source)).isTrue();

        assertThat(Files.isSameFile(source, root.resolve(KEY))).isTrue();
        Files.delete(source);
        assertThat(root.resolve(KEY)).hasContent("meow");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void aPrivateFileTakenOverGetsThePermissionsOfANewFile() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX modes");
        Path source = source("private");
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
        Set<PosixFilePermission> ofANewFile = Files.getPosixFilePermissions(
                Files.createFile(folder.resolve("new-file")));
        assumeTrue(!ofANewFile.equals(PosixFilePermissions.fromString("rw-------")), "needs a umask other than 077");

        assertThat(store.create(KEY, source)).isTrue();

        assertThat(Files.getPosixFilePermissions(root.resolve(KEY))).isEqualTo(ofANewFile);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void createCopiesAFileFromAnotherFileSystem() throws IOException {
        Path otherFileSystem = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(otherFileSystem) && Files.isWritable(otherFileSystem)
                && !Files.getFileStore(otherFileSystem).equals(Files.getFileStore(folder)),
                "needs /dev/shm on a file system other than the temp folder's");
        Path source = Files.writeString(Files.createTempFile(otherFileSystem, "vistazo-", ".jpg"), "purr");
        try {
            assertThat(store.create(KEY, source)).isTrue();

            assertThat(Files.isSameFile(source, root.resolve(KEY))).isFalse();
            assertThat(root.resolve(KEY)).hasContent("purr");
            assertThat(tempFiles()).isEmpty();
        } finally {
            Files.delete(source);
        }
    }

    @Test
    void createNeverOverwrites() throws IOException {
        store.create(KEY, source("first"));

        assertThat(store.create(KEY, source("second"))).isFalse();

        assertThat(root.resolve(KEY)).hasContent("first");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void concurrentCreatesOfOneKeyHaveOneWinner() throws Exception {
        int writers = 8;
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            sources.add(source("content " + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (Path source : sources) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.create(KEY, source);
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.readString(root.resolve(KEY))).startsWith("content ");
        assertThat(tempFiles()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/etc/passwd", "a/../../b", "a\\b", "a//b", "", ".", "..", "a/./b", "a/",
        "x\0y", ".tmp-123", "a/.tmp-123"})
    void unsafeKeysAreRefused(String key) throws IOException {
        Path source = source("evil");

        assertThatThrownBy(() -> store.create(key, source)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.exists(key)).isFalse();
        assertThat(store.find(key)).isEmpty();
        assertThat(folder.resolve("x")).doesNotExist();
        assertThat(folder.resolve("b")).doesNotExist();
    }

    @Test
    void keysThatLookUnusualButStayInsideAreAccepted() throws IOException {
        assertThat(store.create("a..b/..c/.hidden", source("ok"))).isTrue();

        assertThat(root.resolve("a..b/..c/.hidden")).hasContent("ok");
    }

    @Test
    void findReportsSizeAndTimeAndReadsFromAnOffset() throws IOException {
        store.create(KEY, source("0123456789"));
        Instant modified = Instant.parse("2024-01-02T03:04:05Z");
        Files.setLastModifiedTime(root.resolve(KEY), FileTime.from(modified));

        Blob blob = store.find(KEY).orElseThrow();

        assertThat(blob.size()).isEqualTo(10);
        assertThat(blob.lastModified()).isEqualTo(modified);
        assertThat(read(blob, 0)).isEqualTo("0123456789");
        assertThat(read(blob, 7)).isEqualTo("789");
        assertThat(read(blob, 10)).isEmpty();
        assertThat(read(blob, 50)).isEmpty();
        assertThatThrownBy(() -> blob.openAt(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingKeysAndFoldersAreNotBlobs() throws IOException {
        store.create(KEY, source("x"));

        assertThat(store.find("2024/10/10/dog.jpg")).isEmpty();
        assertThat(store.find("2024/10")).isEmpty();
        assertThat(store.exists("2024/10")).isFalse();
        assertThat(store.exists("2024/10/10/dog.jpg")).isFalse();
    }

    @Test
    void deleteIsIdempotent() throws IOException {
        store.create(KEY, source("x"));

        store.delete(KEY);
        store.delete(KEY);
        store.delete("never/was/there.png");

        assertThat(store.exists(KEY)).isFalse();
        assertThat(root.resolve(KEY)).doesNotExist();
        assertThat(root).isDirectory();
    }

    @Test
    void aMissingSourceFailsAndLeavesNoTempFile() throws IOException {
        assertThatThrownBy(() -> store.create(KEY, folder.resolve("missing.jpg")))
                .isInstanceOf(NoSuchFileException.class);

        assertThat(tempFiles()).isEmpty();
        assertThat(store.exists(KEY)).isFalse();
    }

    @Test
    void anUnreadableSourceFailsMidCopyAndLeavesNoTempFile() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("a-directory"));

        assertThatThrownBy(() -> store.create(KEY, directory)).isInstanceOf(IOException.class);

        assertThat(tempFiles()).isEmpty();
        assertThat(store.exists(KEY)).isFalse();
    }

    @Test
    void sweepRemovesOldTempFilesOnly() throws IOException {
        store.create(KEY, source("keep"));
        Path stale = Files.writeString(root.resolve("2024/10/10/.tmp-stale"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path fresh = Files.writeString(root.resolve("2024/10/10/.tmp-fresh"), "writing");

        assertThat(store.sweepTemp(Duration.ofHours(1))).isEqualTo(1);

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(root.resolve(KEY)).hasContent("keep");
        assertThat(store.sweepTemp(Duration.ZERO)).isEqualTo(1);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void sweepingAMissingRootDoesNothing() throws IOException {
        assertThat(store.sweepTemp(Duration.ZERO)).isZero();
    }

    private Path source(String content) throws IOException {
        return Files.writeString(Files.createTempFile(folder, "source", ".bin"), content);
    }

    private static String read(Blob blob, long offset) throws IOException {
        try (InputStream in = blob.openAt(offset)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private List<Path> tempFiles() throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().startsWith(LocalBlobStore.TEMP_PREFIX))
                    .toList();
        }
    }
}
