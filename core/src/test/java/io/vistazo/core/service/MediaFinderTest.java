package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.StorageMode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MediaFinderTest {

    private static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeMediaRepository media = new FakeMediaRepository();
    private final MediaFinder finder = new MediaFinder(media, clock,
            new ViewCounter(new FakeViewRepository(), "s", clock));

    @Test
    void theOwnerOfAnyChainFileIsFoundByTheStemBeforeItsSuffix() {
        assertThat(MediaFinder.ownerKeyPrefix("2026/02/02/cat.png")).isEqualTo("2026/02/02/cat.");
        assertThat(MediaFinder.ownerKeyPrefix("2026/02/02/cat.th.png")).isEqualTo("2026/02/02/cat.");
        assertThat(MediaFinder.ownerKeyPrefix("2026/02/02/cat.md.jpg")).isEqualTo("2026/02/02/cat.");
        assertThat(MediaFinder.ownerKeyPrefix("a.b/cat")).isEqualTo("a.b/cat.");
    }

    @Test
    void filesOfAnExpiredMediaAreGoneFromTheMomentItExpires() {
        media.add(Samples.datefolder(1, "2026/02/02/cat.png", NOW.plusSeconds(90)));

        MediaFinder.FileStatus live = finder.file("2026/02/02/cat.th.png");
        assertThat(live.servable()).isTrue();
        assertThat(live.expires()).isTrue();
        assertThat(live.secondsLeft()).isEqualTo(90);

        clock.advance(Duration.ofSeconds(90));
        assertThat(finder.file("2026/02/02/cat.png").servable()).isFalse();
        assertThat(finder.file("2026/02/02/cat.th.png").servable()).isFalse();
        assertThat(finder.file("2026/02/02/cat.md.png").servable()).isFalse();
        assertThat(finder.visible(1)).isEmpty();
    }

    @Test
    void filesOfOtherMediaWithASimilarNameAreNotAffected() {
        media.add(Samples.datefolder(1, "2026/02/02/cat.png", NOW.minusSeconds(1)));
        media.add(Samples.datefolder(2, "2026/02/02/cat.th.png", null));

        assertThat(finder.file("2026/02/02/cat.th.png").servable()).isTrue();
        assertThat(finder.file("2026/02/02/cat.th.png").expires()).isFalse();
        assertThat(finder.file("2026/02/02/cat.png").servable()).isFalse();
    }

    @Test
    void aSharedHashFileStaysWhileAnyOwnerLivesAndIsCachedUntilTheLastExpires() {
        String key = "ab/cd/abcdef.png";
        media.add(Samples.media(1, key, StorageMode.HASH, NOW.minusSeconds(1), null, null));
        media.add(Samples.media(2, key, StorageMode.HASH, NOW.plusSeconds(30), null, null));
        media.add(Samples.media(3, key, StorageMode.HASH, NOW.plusSeconds(60), null, null));

        assertThat(finder.file(key)).isEqualTo(new MediaFinder.FileStatus(true, 60));
        media.add(Samples.media(4, key, StorageMode.HASH, null, null, null));
        assertThat(finder.file(key).expires()).isFalse();
    }

    @Test
    void aFileNoMediaOwnsIsServedAsItIs() {
        assertThat(finder.file("2026/02/02/unknown.png")).isEqualTo(new MediaFinder.FileStatus(true, -1));
    }
}
