package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.Media;
import io.vistazo.core.port.out.FailureCounts;
import io.vistazo.core.port.out.FailureCounts.Bucket;
import io.vistazo.core.port.out.NodeRegistry;
import io.vistazo.core.port.out.UploadJournal;
import io.vistazo.core.service.DeleteMediaService;
import io.vistazo.core.service.ExpirationSweeper;
import io.vistazo.core.service.ViewCounter;
import io.vistazo.core.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What nodes share through the database, with two handles opened on one file standing in for two nodes: failure
 * buckets, node heartbeats, journal entries per node, and expiry sweeps racing each other.
 */
class SharedStateTest {

    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");

    @TempDir
    Path folder;

    private Database nodeA;
    private Database nodeB;

    @BeforeEach
    void open() {
        nodeA = Database.open(folder.resolve("vistazo.db"));
        nodeB = Database.open(folder.resolve("vistazo.db"));
    }

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void failuresCountedOnOneNodeAreSeenByTheOtherPerScopeClientAndBucket() {
        FailureCounts a = nodeA.failureCounts();
        Instant bucket = NOW;
        Instant later = NOW.plusSeconds(5);
        a.add("key", "10.0.0.1", bucket, NOW.plusSeconds(65));
        a.add("key", "10.0.0.1", bucket, NOW.plusSeconds(65));
        a.add("key", "10.0.0.1", later, NOW.plusSeconds(70));
        a.add("login", "10.0.0.1", bucket, NOW.plusSeconds(3600));
        a.add("key", "10.0.0.2", bucket, NOW.plusSeconds(65));

        FailureCounts b = nodeB.failureCounts();
        assertThat(b.since("key", "10.0.0.1", NOW)).containsExactly(new Bucket(bucket, 2), new Bucket(later, 1));
        assertThat(b.since("key", "10.0.0.1", later)).containsExactly(new Bucket(later, 1));
        assertThat(b.since("login", "10.0.0.1", NOW)).containsExactly(new Bucket(bucket, 1));

        assertThat(b.forgetBefore(NOW.plusSeconds(66))).as("only the buckets past their forget time").isEqualTo(2);
        assertThat(a.since("key", "10.0.0.1", NOW)).containsExactly(new Bucket(later, 1));
    }

    @Test
    void aNodeIsAliveWhileItBeatsAndGoneWhenSilentOrLeft() {
        NodeRegistry a = nodeA.nodeRegistry();
        a.beat("node-a", NOW);
        a.beat("node-b", NOW.minusSeconds(60));
        NodeRegistry b = nodeB.nodeRegistry();
        assertThat(b.alive("node-a", NOW.minusSeconds(30))).isTrue();
        assertThat(b.alive("node-b", NOW.minusSeconds(30))).isFalse();
        a.beat("node-b", NOW);
        assertThat(b.alive("node-b", NOW.minusSeconds(30))).as("a later beat moves it forward").isTrue();

        a.beat("node-c", NOW.minusSeconds(60));
        assertThat(b.forgetSilentSince(NOW.minusSeconds(30))).isEqualTo(1);
        a.leave("node-a");
        assertThat(b.alive("node-a", NOW.minusSeconds(30))).isFalse();
        assertThat(b.alive("node-b", NOW.minusSeconds(30))).isTrue();
    }

    @Test
    void onlyTheUploadsOfGoneNodesAreAbandonedAndNeverAKeyALiveNodeIsWriting() {
        nodeA.nodeRegistry().beat("alive", NOW);
        nodeA.nodeRegistry().beat("silent", NOW.minusSeconds(600));
        UploadJournal alive = nodeA.uploadJournal("alive");
        UploadJournal silent = nodeB.uploadJournal("silent");
        UploadJournal neverBeat = nodeB.uploadJournal("crashed-before-its-first-beat");
        alive.begin("a/in-flight.png", List.of("a/in-flight.png", "a/in-flight.th.png"));
        silent.begin("a/lost.png", List.of("a/lost.png", "a/lost.th.png"));
        silent.begin("a/shared.png", List.of("a/shared.png"));
        alive.begin("a/shared.png", List.of("a/shared.png"));
        neverBeat.begin("a/early.png", List.of("a/early.png"));

        List<UploadJournal.Abandoned> abandoned = alive.abandoned(NOW.minusSeconds(30));
        assertThat(abandoned).containsExactly(
                new UploadJournal.Abandoned("silent", "a/lost.png", List.of("a/lost.png", "a/lost.th.png")),
                new UploadJournal.Abandoned("crashed-before-its-first-beat", "a/early.png", List.of("a/early.png")));

        abandoned.forEach(silent::forget);
        assertThat(alive.pending()).containsOnlyKeys("a/in-flight.png", "a/shared.png");
        assertThat(alive.abandoned(NOW.minusSeconds(30))).isEmpty();
        assertThat(alive.abandoned(NOW.plusSeconds(1))).as("once the live node is gone too").hasSize(3);
    }

    @Test
    void anUploadEndingOnOneNodeLeavesAnotherNodesUploadOfTheSameFileJournaled() {
        nodeA.nodeRegistry().beat("alive", NOW);
        UploadJournal alive = nodeA.uploadJournal("alive");
        UploadJournal crashed = nodeB.uploadJournal("crashed");
        crashed.begin("ab/cd/same-content.png", List.of("ab/cd/same-content.png", "ab/cd/same-content.th.png"));
        alive.begin("ab/cd/same-content.png", List.of("ab/cd/same-content.png"));

        alive.end("ab/cd/same-content.png");

        assertThat(alive.abandoned(NOW.minusSeconds(30))).containsExactly(new UploadJournal.Abandoned("crashed",
                "ab/cd/same-content.png", List.of("ab/cd/same-content.png", "ab/cd/same-content.th.png")));
    }

    @Test
    void entriesWrittenBeforeNodesWereNamedAreAbandoned() {
        nodeA.sql().useWrite(handle -> handle.execute("INSERT INTO upload_journal (main_key, member_key, started_gmt) "
                + "VALUES ('a/old.png', 'a/old.png', '2026-01-01T00:00:00Z')"));
        UploadJournal journal = nodeA.uploadJournal("any");
        List<UploadJournal.Abandoned> abandoned = journal.abandoned(NOW);
        assertThat(abandoned).containsExactly(new UploadJournal.Abandoned(null, "a/old.png", List.of("a/old.png")));
        journal.forget(abandoned.get(0));
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void twoNodesSweepingTheSameExpiredMediaDeleteEachOnceWithoutErrors() throws Exception {
        int count = 120;
        Path images = folder.resolve("images");
        for (int i = 0; i < count; i++) {
            long id = nodeA.mediaRepository().nextId();
            Media media = TestMedia.aPng().id(id).storageKey("2024/10/10/expiring-" + id + ".png")
                    .expiresAt(NOW.minusSeconds(10)).build();
            nodeA.mediaRepository().insert(media, "h");
            Path file = images.resolve(media.storageKey());
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[] {1, 2, 3});
        }
        Clock clock = Clock.fixed(NOW, java.time.ZoneOffset.UTC);
        List<Callable<ExpirationSweeper.Result>> sweeps = new ArrayList<>();
        for (Database node : List.of(nodeA, nodeB)) {
            DeleteMediaService deleter = new DeleteMediaService(node.mediaRepository(), new LocalBlobStore(images));
            ExpirationSweeper sweeper = new ExpirationSweeper(node.mediaRepository(), deleter,
                    new ViewCounter(node.viewRepository(), "secret", clock), clock);
            sweeps.add(sweeper::sweep);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ExpirationSweeper.Result>> results = threads.invokeAll(sweeps);
            int deleted = 0;
            for (Future<ExpirationSweeper.Result> result : results) {
                assertThat(result.get().failures()).isEmpty();
                deleted += result.get().deleted();
            }
            assertThat(deleted).as("each media deleted by exactly one node").isEqualTo(count);
        } finally {
            threads.shutdown();
        }
        assertThat(TestSql.count(nodeB, "SELECT COUNT(*) FROM media")).isZero();
        try (var left = Files.walk(images)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
