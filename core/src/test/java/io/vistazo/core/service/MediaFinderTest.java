package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.StorageMode;
import io.vistazo.core.domain.User;
import io.vistazo.core.testing.TestMedia;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MediaFinderTest {

    private static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeMediaRepository media = new FakeMediaRepository();
    private final FakeAlbumRepository albums = new FakeAlbumRepository();
    private final MediaFinder finder = new MediaFinder(media, albums, clock,
            new ViewCounter(new FakeViewRepository(), "s", clock));

    @Test
    void aDerivativeAskedForByItsChevereToNameIsFoundUnderTheKeyItIsStoredAs() {
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).format(MediaFormat.WEBP).extension("webp")
                .storageKey("2021/06/30/fox.webp").build());

        assertThat(finder.renamedDerivative("2021/06/30/fox.th.webp")).contains("2021/06/30/fox.th.png");
        assertThat(finder.renamedDerivative("2021/06/30/fox.md.webp")).contains("2021/06/30/fox.md.png");
        assertThat(finder.renamedDerivative("2021/06/30/fox.th.png")).as("already its key").isEmpty();
        assertThat(finder.renamedDerivative("2021/06/30/fox.fr.webp")).as("it has no frame").isEmpty();
        assertThat(finder.renamedDerivative("2021/06/30/fox.webp")).isEmpty();
        assertThat(finder.renamedDerivative("2021/06/30/owl.th.webp")).isEmpty();
    }

    @Test
    void theOwnerOfAnyChainFileIsFoundByTheStemBeforeItsSuffix() {
        assertThat(MediaFinder.ownerKeyPrefix("2026/02/02/cat.png")).isEqualTo("2026/02/02/cat.");
        assertThat(MediaFinder.ownerKeyPrefix("2026/02/02/cat.th.png")).isEqualTo("2026/02/02/cat.");
        assertThat(MediaFinder.ownerKeyPrefix("2026/02/02/cat.md.jpg")).isEqualTo("2026/02/02/cat.");
        assertThat(MediaFinder.ownerKeyPrefix("a.b/cat")).isEqualTo("a.b/cat.");
    }

    @Test
    void filesOfAnExpiredMediaAreGoneFromTheMomentItExpires() {
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey("2026/02/02/cat.png")
                .expiresAt(NOW.plusSeconds(90)).build());

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
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey("2026/02/02/cat.png")
                .expiresAt(NOW.minusSeconds(1)).build());
        media.add(TestMedia.aPngWithThumbAndMedium().id(2).storageKey("2026/02/02/cat.th.png").build());

        assertThat(finder.file("2026/02/02/cat.th.png").servable()).isTrue();
        assertThat(finder.file("2026/02/02/cat.th.png").expires()).isFalse();
        assertThat(finder.file("2026/02/02/cat.png").servable()).isFalse();
    }

    @Test
    void aSharedHashFileStaysWhileAnyOwnerLivesAndIsCachedUntilTheLastExpires() {
        String key = "ab/cd/abcdef.png";
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey(key).storageMode(StorageMode.HASH)
                .expiresAt(NOW.minusSeconds(1)).build());
        media.add(TestMedia.aPngWithThumbAndMedium().id(2).storageKey(key).storageMode(StorageMode.HASH)
                .expiresAt(NOW.plusSeconds(30)).build());
        media.add(TestMedia.aPngWithThumbAndMedium().id(3).storageKey(key).storageMode(StorageMode.HASH)
                .expiresAt(NOW.plusSeconds(60)).build());

        assertThat(finder.file(key)).isEqualTo(new MediaFinder.FileStatus(true, 60));
        media.add(TestMedia.aPngWithThumbAndMedium().id(4).storageKey(key).storageMode(StorageMode.HASH).build());
        assertThat(finder.file(key).expires()).isFalse();
    }

    @Test
    void aFileNoMediaOwnsIsServedAsItIs() {
        assertThat(finder.file("2026/02/02/unknown.png")).isEqualTo(new MediaFinder.FileStatus(true, -1));
    }

    @Test
    void filesOfAMediaInAPrivateAlbumGoOnlyToItsOwnerAndAdmins() {
        Album secret = albums.create(7, "Secret", null, AlbumPrivacy.PRIVATE, NOW);
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey("2026/02/02/cat.png").userId(7L)
                .albumId(secret.id()).build());

        MediaFinder.FileStatus status = finder.file("2026/02/02/cat.th.png");

        assertThat(status.restricted()).isTrue();
        assertThat(status.servableTo(new User(7, "ana", Role.USER))).isTrue();
        assertThat(status.servableTo(new User(1, "root", Role.ADMIN))).isTrue();
        assertThat(status.servableTo(new User(8, "bob", Role.USER))).isFalse();
        assertThat(status.servableTo(User.GUEST)).isFalse();
    }

    @Test
    void filesOfUnlistedAlbumsGoToAnyoneWithTheLink() {
        Album family = albums.create(7, "Family", null, AlbumPrivacy.UNLISTED, NOW);
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey("2026/02/02/cat.png").userId(7L)
                .albumId(family.id()).build());

        assertThat(finder.file("2026/02/02/cat.md.png")).isEqualTo(new MediaFinder.FileStatus(true, -1));
    }

    @Test
    void aSharedHashFileIsPublicWhileAnyLiveOwnerIsPublic() {
        String key = "ab/cd/abcdef.png";
        Album secret = albums.create(7, "Secret", null, AlbumPrivacy.PRIVATE, NOW);
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey(key).storageMode(StorageMode.HASH).userId(7L)
                .albumId(secret.id()).build());
        media.add(TestMedia.aPngWithThumbAndMedium().id(2).storageKey(key).storageMode(StorageMode.HASH)
                .expiresAt(NOW.plusSeconds(30)).userId(8L).build());

        assertThat(finder.file(key).restricted()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(finder.file(key).restricted()).as("only the private owner is left").isTrue();
    }

    @Test
    void makingTheAlbumPrivateIsSeenWithinTheFactsLifetime() {
        Album album = albums.create(7, "Trip", null, AlbumPrivacy.PUBLIC, NOW);
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey("2026/02/02/cat.png").userId(7L)
                .albumId(album.id()).build());
        assertThat(finder.file("2026/02/02/cat.png").restricted()).isFalse();

        albums.update(album.withPrivacy(AlbumPrivacy.PRIVATE));
        clock.advance(Duration.ofMillis(1001));

        assertThat(finder.file("2026/02/02/cat.png").servableTo(User.GUEST)).isFalse();
    }
}
