package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.testing.TestMedia;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpirationSweeperTest {

    private static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeMediaRepository media = new FakeMediaRepository();
    private final FakeBlobStore blobs = new FakeBlobStore();
    private final ExpirationSweeper sweeper = new ExpirationSweeper(media, new DeleteMediaService(media, blobs),
            new ViewCounter(new FakeViewRepository(), "s", clock), clock);

    private void store(long id, Instant expiresAt) {
        Media row = TestMedia.aPngWithThumbAndMedium().id(id).storageKey("2026/02/02/m" + id + ".png")
                .expiresAt(expiresAt).build();
        media.add(row);
        for (ChainMember member : ChainMember.values()) {
            if (row.has(member)) {
                blobs.keys.add(row.keyOf(member));
            }
        }
    }

    @Test
    void expiredMediaAreDeletedWithTheirFilesInBatchesAndTheOthersStay() {
        int expired = ExpirationSweeper.BATCH * 2 + 7;
        for (int id = 1; id <= expired; id++) {
            store(id, NOW.minusSeconds(id));
        }
        store(1000, NOW.plusSeconds(1));
        store(1001, null);

        ExpirationSweeper.Result result = sweeper.sweep();

        assertThat(result.deleted()).isEqualTo(expired);
        assertThat(result.failures()).isEmpty();
        assertThat(media.rows.keySet()).containsExactly(1000L, 1001L);
        assertThat(blobs.keys).containsExactlyInAnyOrder("2026/02/02/m1000.png", "2026/02/02/m1000.th.png",
                "2026/02/02/m1000.md.png", "2026/02/02/m1001.png", "2026/02/02/m1001.th.png",
                "2026/02/02/m1001.md.png");
    }

    @Test
    void aMediaThatCannotBeDeletedIsReportedAndStopsNothingElse() {
        store(1, NOW.minusSeconds(10));
        store(2, NOW.minusSeconds(5));
        media.failing.add(1L);

        ExpirationSweeper.Result result = sweeper.sweep();

        assertThat(result.deleted()).isEqualTo(1);
        assertThat(result.failures()).extracting(ExpirationSweeper.Failure::mediaId).containsExactly(1L);
        assertThat(media.rows.keySet()).containsExactly(1L);
    }

    @Test
    void aRunWhereNothingCanBeDeletedEnds() {
        for (int id = 1; id <= ExpirationSweeper.BATCH; id++) {
            store(id, NOW.minusSeconds(id));
            media.failing.add((long) id);
        }
        assertThat(sweeper.sweep().failures()).hasSize(ExpirationSweeper.BATCH);
    }
}
