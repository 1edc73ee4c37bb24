package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.StorageMode;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.UploadJournal;
import io.vistazo.core.testing.TestMedia;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlMediaRepositoryTest extends OnEachDatabase {

    private static final Instant NOW = Instant.parse("2024-10-10T12:00:00Z");

    private MediaRepository media;

    @BeforeEach
    void prepare() {
        media = database.mediaRepository();
    }

    @Test
    void insertedMediaReadsBackWithEveryFieldAndItsTagsInOrder() {
        long userId = database.userRepository().create("josé", Role.USER).id();
        long albumId = database.albumRepository()
                .create(userId, "Vacaciones", "Días de sol", AlbumPrivacy.PUBLIC, NOW).id();
        long categoryId = database.categoryRepository().create("Animales", "animales", null).id();
        long id = media.nextId();
        Media stored = Media.builder()
                .id(id)
                .format(MediaFormat.JPEG)
                .name("gato-ñandú")
                .extension("jpg")
                .storageKey("2024/10/10/gato-ñandú.jpg")
                .storageMode(StorageMode.DATEFOLDER)
                .size(123_456_789_012L)
                .width(4000)
                .height(3000)
                .date(LocalDateTime.of(2024, 10, 10, 14, 5, 6))
                .dateGmt(LocalDateTime.of(2024, 10, 10, 12, 5, 6))
                .title("Gato 猫 🐈")
                .description("Una descripción\ncon líneas")
                .nsfw(true)
                .md5("0123456789abcdef0123456789abcdef")
                .sourceMd5("fedcba9876543210fedcba9876543210")
                .originalFilename("Gato 猫.JPG")
                .originalExifdata("{\"Make\":\"Cañón\"}")
                .views(42)
                .categoryId(categoryId)
                .albumId(albumId)
                .userId(userId)
                .chain(ChainMember.IMAGE.bit() | ChainMember.THUMB.bit() | ChainMember.MEDIUM.bit())
                .thumbSize(2048)
                .mediumSize(65_536)
                .frameSize(7)
                .expiresAt(Instant.parse("2030-01-02T03:04:05.678Z"))
                .animated(true)
                .is360(true)
                .duration(93)
                .tags(List.of("gatos", "ñandú", "猫", "a b"))
                .uploaderIp("2001:db8::1")
                .build();

        media.insert(stored, "hash-of-secret");

        assertThat(media.findById(id)).contains(stored);
        assertThat(media.deleteSecretHash(id)).contains("hash-of-secret");
    }

    @Test
    void optionalFieldsReadBackAsNull() {
        Media stored = TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/cat.png").build();

        media.insert(stored, "h");

        assertThat(media.findById(stored.id())).contains(stored);
    }

    @Test
    void unknownIdsFindNothing() {
        assertThat(media.findById(404)).isEmpty();
        assertThat(media.deleteSecretHash(404)).isEmpty();
    }

    @Test
    void nextIdIncreasesAndSurvivesReopening() {
        long first = media.nextId();
        long second = media.nextId();
        long third = media.nextId();
        database.close();
        database = Database.open(location);

        long afterReopen = database.mediaRepository().nextId();

        assertThat(List.of(first, second, third, afterReopen)).isSorted().doesNotHaveDuplicates();
        assertThat(first).isPositive();
    }

    @Test
    void keyTakenAndCountByKeySeeEveryRowOfAKey() {
        media.insert(hashed(media.nextId(), "ab/cd/abcd.png"), "h1");
        media.insert(hashed(media.nextId(), "ab/cd/abcd.png"), "h2");
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/cat.png").build(), "h3");

        assertThat(media.keyTaken("ab/cd/abcd.png")).isTrue();
        assertThat(media.keyTaken("2024/10/10/cat.png")).isTrue();
        assertThat(media.keyTaken("2024/10/10/dog.png")).isFalse();
        assertThat(media.keysTaken(List.of("2024/10/10/dog.png", "ab/cd/abcd.png", "2024/10/10/cat.png")))
                .as("in one read").containsExactlyInAnyOrder("ab/cd/abcd.png", "2024/10/10/cat.png");
        assertThat(media.keysTaken(List.of())).isEmpty();
        assertThat(media.countByKey("ab/cd/abcd.png")).isEqualTo(2);
        assertThat(media.countByKey("2024/10/10/cat.png")).isEqualTo(1);
        assertThat(media.countByKey("nothing")).isZero();
    }

    @Test
    void deleteRemovesTheRowAndItsTagsAndReportsASecondDelete() {
        Media stored = TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/cat.png").tags(List.of("one", "two"))
                .build();
        media.insert(stored, "h");

        assertThat(media.delete(stored.id())).isTrue();

        assertThat(media.findById(stored.id())).isEmpty();
        assertThat(media.deleteSecretHash(stored.id())).isEmpty();
        assertThat(tagLinksOf(stored.id())).isZero();
        assertThat(media.keyTaken(stored.storageKey())).isFalse();
        assertThat(media.delete(stored.id())).isFalse();
    }

    @Test
    void tagsAreSharedBetweenMedia() {
        Media first = TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/a.png").tags(List.of("cat", "dog"))
                .build();
        Media second = TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/b.png").tags(List.of("dog", "cat"))
                .build();

        media.insert(first, "h");
        media.insert(second, "h");

        assertThat(media.findById(first.id()).orElseThrow().tags()).containsExactly("cat", "dog");
        assertThat(media.findById(second.id()).orElseThrow().tags()).containsExactly("dog", "cat");
        assertThat(TestSql.count(database, "SELECT COUNT(*) FROM tags")).isEqualTo(2);
    }

    @Test
    void expiredListsDueRowsOldestFirstUpToTheLimit() {
        long late = insertExpiring(NOW.minus(Duration.ofHours(1)));
        long oldest = insertExpiring(NOW.minus(Duration.ofHours(3)));
        long middle = insertExpiring(NOW.minus(Duration.ofHours(2)));
        long exactlyNow = insertExpiring(NOW);
        insertExpiring(NOW.plusMillis(1));
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/forever.png").build(), "h");

        assertThat(media.expired(NOW, 10)).extracting(Media::id).containsExactly(oldest, middle, late, exactlyNow);
        assertThat(media.expired(NOW, 2)).extracting(Media::id).containsExactly(oldest, middle);
        assertThat(media.expired(NOW, 0)).isEmpty();
    }

    @Test
    void expiredRowsCarryTheirTags() {
        Media tagged = TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/t.png").tags(List.of("x")).build();
        Media expiring = tagged.toBuilder().expiresAt(NOW).build();
        media.insert(expiring, "h");

        assertThat(media.expired(NOW, 5)).containsExactly(expiring);
    }

    /** On PostgreSQL a row without tags and the end of its journal entry are one statement, with tags a transaction. */
    @Test
    void storingARowEndsEveryNodesJournalEntryOfItsKeyAndARefusedRowEndsNone() {
        UploadJournal a = database.uploadJournal("a");
        a.begin("2024/10/10/cat.png", List.of("2024/10/10/cat.png", "2024/10/10/cat.th.png"));
        database.uploadJournal("b").begin("2024/10/10/cat.png", List.of("2024/10/10/cat.png"));
        a.begin("2024/10/10/fox.png", List.of("2024/10/10/fox.png"));
        a.begin("2024/10/10/dog.png", List.of("2024/10/10/dog.png"));

        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/cat.png").build(), "h1");
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/fox.png").tags(List.of("red"))
                .build(), "h2");
        assertThat(a.pending()).containsOnlyKeys("2024/10/10/dog.png");

        a.begin("2024/10/10/cat.png", List.of("2024/10/10/cat.png"));
        assertThatThrownBy(() -> media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/cat.png")
                .build(), "h3")).isInstanceOf(JdbiException.class);
        assertThat(a.pending()).as("the refused row's entry stays").containsOnlyKeys("2024/10/10/dog.png",
                "2024/10/10/cat.png");
    }

    @Test
    void aDateFolderKeyCannotBeStoredTwiceAndTheFailedInsertLeavesNothing() {
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/cat.png").build(), "h1");
        Media duplicate = TestMedia.aPng().id(media.nextId()).storageKey("2024/10/10/cat.png").tags(List.of("orphan"))
                .build();

        assertThatThrownBy(() -> media.insert(duplicate, "h2")).isInstanceOf(JdbiException.class);

        assertThat(media.countByKey("2024/10/10/cat.png")).isEqualTo(1);
        assertThat(media.findById(duplicate.id())).isEmpty();
        assertThat(TestSql.count(database, "SELECT COUNT(*) FROM tags")).isZero();
    }

    @Test
    void sixteenThreadsOnTwoConnectionsInsertConcurrently() throws Exception {
        int threads = 16;
        int perThread = 25;
        // A second instance on the same file has its own write lock, so contention reaches SQLite itself.
        try (Database other = Database.open(location)) {
            List<MediaRepository> repositories = List.of(media, other.mediaRepository());
            Set<Long> ids = ConcurrentHashMap.newKeySet();
            onThreadsAtOnce(threads, t -> insertMany(repositories.get(t % 2), perThread, ids));
            assertThat(ids).hasSize(threads * perThread);
            assertThat(TestSql.count(database, "SELECT COUNT(*) FROM media")).isEqualTo(threads * perThread);
        }
    }

    /**
     * Node A deletes the last row of some bytes and, in that transaction, their files; node B stores a row of the
     * same bytes meanwhile: B waits for A, then finds the files gone (and writes them again), never a row without
     * its files.
     */
    @Test
    void anInsertOfASharedKeyOnAnotherNodeWaitsForTheDeleteOfItsLastRowAndSeesTheFilesGone() throws Exception {
        String key = "ab/cd/abcdef.jpg";
        long first = media.nextId();
        media.insert(hashed(first, key), "h1");
        AtomicBoolean filesThere = new AtomicBoolean(true);
        CountDownLatch removingFiles = new CountDownLatch(1);
        CountDownLatch filesRemoved = new CountDownLatch(1);
        try (Database nodeB = Database.open(location)) {
            long second = nodeB.mediaRepository().nextId();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Boolean> deleted = pool.submit(() -> media.deleteSharing(first, key, () -> {
                    removingFiles.countDown();
                    awaitQuietly(filesRemoved);
                    filesThere.set(false);
                }));
                assertThat(removingFiles.await(10, TimeUnit.SECONDS)).isTrue();
                Future<Boolean> inserted = pool.submit(() -> nodeB.mediaRepository().insertSharing(
                        hashed(second, key), "h2", filesThere::get));

                assertThatThrownBy(() -> inserted.get(300, TimeUnit.MILLISECONDS))
                        .as("B waits for A's delete").isInstanceOf(TimeoutException.class);
                filesRemoved.countDown();

                assertThat(deleted.get(10, TimeUnit.SECONDS)).isTrue();
                assertThat(inserted.get(10, TimeUnit.SECONDS)).as("B saw the files gone").isFalse();
                assertThat(media.countByKey(key)).isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Node B stores a row of some bytes while node A deletes their last other row: A waits, then keeps the files. */
    @Test
    void aDeleteOfTheLastRowOfAKeyWaitsForAnInsertOfItOnAnotherNodeAndKeepsTheFiles() throws Exception {
        String key = "ab/cd/abcdef.jpg";
        long first = media.nextId();
        media.insert(hashed(first, key), "h1");
        AtomicBoolean filesRemoved = new AtomicBoolean();
        CountDownLatch inserting = new CountDownLatch(1);
        CountDownLatch insertMayEnd = new CountDownLatch(1);
        try (Database nodeB = Database.open(location)) {
            long second = nodeB.mediaRepository().nextId();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Boolean> inserted = pool.submit(() -> nodeB.mediaRepository().insertSharing(
                        hashed(second, key), "h2", () -> {
                            inserting.countDown();
                            awaitQuietly(insertMayEnd);
                            return true;
                        }));
                assertThat(inserting.await(10, TimeUnit.SECONDS)).isTrue();
                Future<Boolean> deleted = pool.submit(() -> media.deleteSharing(first, key,
                        () -> filesRemoved.set(true)));

                assertThatThrownBy(() -> deleted.get(300, TimeUnit.MILLISECONDS))
                        .as("A waits for B's insert").isInstanceOf(TimeoutException.class);
                insertMayEnd.countDown();

                assertThat(inserted.get(10, TimeUnit.SECONDS)).isTrue();
                assertThat(deleted.get(10, TimeUnit.SECONDS)).isTrue();
                assertThat(filesRemoved).as("B's row still needs the files").isFalse();
                assertThat(media.countByKey(key)).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The clean-up after a gone node's upload of some bytes waits for a live node storing a row of them. */
    @Test
    void removingUnusedFilesWaitsForAnInsertOfTheKeyOnAnotherNodeAndThenLeavesThem() throws Exception {
        String key = "ab/cd/abcdef.jpg";
        AtomicBoolean filesRemoved = new AtomicBoolean();
        CountDownLatch inserting = new CountDownLatch(1);
        CountDownLatch insertMayEnd = new CountDownLatch(1);
        try (Database nodeB = Database.open(location)) {
            long id = nodeB.mediaRepository().nextId();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Boolean> inserted = pool.submit(() -> nodeB.mediaRepository().insertSharing(
                        hashed(id, key), "h", () -> {
                            inserting.countDown();
                            awaitQuietly(insertMayEnd);
                            return true;
                        }));
                assertThat(inserting.await(10, TimeUnit.SECONDS)).isTrue();
                Future<Boolean> removed = pool.submit(() -> media.removeIfUnused(key, () -> filesRemoved.set(true)));

                assertThatThrownBy(() -> removed.get(300, TimeUnit.MILLISECONDS))
                        .as("the clean-up waits for B's insert").isInstanceOf(TimeoutException.class);
                insertMayEnd.countDown();

                assertThat(inserted.get(10, TimeUnit.SECONDS)).isTrue();
                assertThat(removed.get(10, TimeUnit.SECONDS)).isFalse();
                assertThat(filesRemoved).isFalse();
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(media.removeIfUnused("ab/cd/unused.jpg", () -> filesRemoved.set(true))).isTrue();
        assertThat(filesRemoved).isTrue();
    }

    @Test
    void aSharedDeleteWhoseFilesCannotBeRemovedKeepsTheRow() {
        String key = "ab/cd/abcdef.jpg";
        long id = media.nextId();
        media.insert(hashed(id, key), "h1");

        assertThatThrownBy(() -> media.deleteSharing(id, key, () -> {
            throw new IllegalStateException("store unreachable");
        })).hasMessageContaining("store unreachable");

        assertThat(media.findById(id)).isPresent();
        assertThat(media.deleteSharing(id, key, () -> { })).isTrue();
        assertThat(media.deleteSharing(id, key, () -> { })).as("gone already").isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void insertMany(MediaRepository repository, int count, Set<Long> ids) {
        for (int i = 0; i < count; i++) {
            long id = repository.nextId();
            repository.insert(TestMedia.aPng().id(id).storageKey("2024/10/10/" + id + ".png")
                    .tags(List.of("t" + id % 5, "all")).build(),
                    "h" + id);
            assertThat(repository.findById(id)).isPresent();
            ids.add(id);
        }
    }

    private long insertExpiring(Instant expiresAt) {
        long id = media.nextId();
        media.insert(TestMedia.aPng().id(id).storageKey("2024/10/10/expiring-" + id + ".png").expiresAt(expiresAt)
                .build(), "h");
        return id;
    }

    private int tagLinksOf(long mediaId) {
        return TestSql.count(database, "SELECT COUNT(*) FROM media_tags WHERE media_id = " + mediaId);
    }

    private static Media hashed(long id, String key) {
        return TestMedia.aPng().id(id).storageKey(key).storageMode(StorageMode.HASH).build();
    }
}
