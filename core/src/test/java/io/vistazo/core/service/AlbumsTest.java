package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Page;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Refusal.Reason;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.testing.TestMedia;
import io.vistazo.core.text.IdCodec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may see and change an album. */
class AlbumsTest {

    private static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");
    private static final User ANA = new User(1, "ana", Role.USER);
    private static final User BOB = new User(2, "bob", Role.USER);
    private static final User ADMIN = new User(3, "root", Role.ADMIN);

    private final FakeAlbumRepository repository = new FakeAlbumRepository();
    private final FakeMediaRepository media = new FakeMediaRepository();
    private final FakeBlobStore blobs = new FakeBlobStore();
    private final Albums albums = new Albums(repository, media, new DeleteMediaService(media, blobs),
            new IdCodec("abcd1234", 999), new MutableClock(NOW));

    private long album(User owner, AlbumPrivacy privacy) {
        return albums.create(owner, owner, owner.name() + "'s " + privacy.label(), null, privacy).id();
    }

    @Test
    void privateAlbumsAreNotFoundForOthersAndOpenByLinkOtherwise() {
        long secret = album(ANA, AlbumPrivacy.PRIVATE);
        long unlisted = album(ANA, AlbumPrivacy.UNLISTED);
        long open = album(ANA, AlbumPrivacy.PUBLIC);

        assertThat(albums.find(ANA, secret)).isPresent();
        assertThat(albums.find(ADMIN, secret)).isPresent();
        assertThat(albums.find(BOB, secret)).isEmpty();
        assertThat(albums.find(User.GUEST, secret)).isEmpty();
        assertThat(albums.find(User.GUEST, unlisted)).isPresent();
        assertThat(albums.find(BOB, open)).isPresent();
        assertThatThrownBy(() -> albums.media(BOB, secret, Page.first(10)))
                .isInstanceOf(Refusal.class).hasMessage("Album not found");
    }

    @Test
    void onlyPublicAlbumsAreListedToOthers() {
        album(ANA, AlbumPrivacy.PRIVATE);
        album(ANA, AlbumPrivacy.UNLISTED);
        long open = album(ANA, AlbumPrivacy.PUBLIC);

        assertThat(albums.listByUser(ANA, ANA)).hasSize(3);
        assertThat(albums.listByUser(ADMIN, ANA)).hasSize(3);
        assertThat(albums.listByUser(BOB, ANA)).extracting(Album::id).containsExactly(open);
        assertThat(albums.listByUser(User.GUEST, ANA)).extracting(Album::id).containsExactly(open);
    }

    @Test
    void onlyTheOwnerOrAnAdminChangesAnAlbum() {
        long secret = album(ANA, AlbumPrivacy.PRIVATE);
        long open = album(ANA, AlbumPrivacy.PUBLIC);

        assertThat(refusal(() -> albums.rename(BOB, secret, "mine now"))).isEqualTo(Reason.NOT_FOUND);
        assertThat(refusal(() -> albums.rename(BOB, open, "mine now"))).isEqualTo(Reason.FORBIDDEN);
        assertThat(refusal(() -> albums.setPrivacy(User.GUEST, open, AlbumPrivacy.PRIVATE)))
                .isEqualTo(Reason.FORBIDDEN);
        assertThat(refusal(() -> albums.delete(BOB, open, true))).isEqualTo(Reason.FORBIDDEN);

        assertThat(albums.rename(ANA, secret, "  Trip  ").name()).isEqualTo("Trip");
        assertThat(albums.describe(ADMIN, secret, "Sunny").description()).isEqualTo("Sunny");
        assertThat(albums.setPrivacy(ANA, secret, AlbumPrivacy.UNLISTED).privacy()).isEqualTo(AlbumPrivacy.UNLISTED);
    }

    @Test
    void albumsBelongToAccountsAndOthersCannotCreateForThem() {
        assertThat(refusal(() -> albums.create(BOB, ANA, "x", null, AlbumPrivacy.PUBLIC))).isEqualTo(Reason.FORBIDDEN);
        assertThat(refusal(() -> albums.create(User.GUEST, User.GUEST, "x", null, AlbumPrivacy.PUBLIC)))
                .isEqualTo(Reason.FORBIDDEN);
        assertThat(refusal(() -> albums.create(User.CONSOLE, User.CONSOLE, "x", null, AlbumPrivacy.PUBLIC)))
                .isEqualTo(Reason.INVALID);
        assertThat(refusal(() -> albums.create(ANA, ANA, " ", null, AlbumPrivacy.PUBLIC))).isEqualTo(Reason.INVALID);
        assertThat(refusal(() -> albums.create(ANA, ANA, "x".repeat(101), null, AlbumPrivacy.PUBLIC)))
                .isEqualTo(Reason.INVALID);
        assertThat(albums.create(ADMIN, ANA, "For Ana", "", AlbumPrivacy.PUBLIC).userId()).isEqualTo(ANA.id());
    }

    @Test
    void deletingAnAlbumWithItsMediaDeletesTheirFilesElseKeepsThem() {
        long trip = album(ANA, AlbumPrivacy.PUBLIC);
        long party = album(ANA, AlbumPrivacy.PUBLIC);
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey("2026/01/01/a.png").userId(ANA.id()).albumId(trip)
                .build());
        media.add(TestMedia.aPngWithThumbAndMedium().id(2).storageKey("2026/01/01/b.png").userId(ANA.id())
                .albumId(party).build());
        blobs.keys.add("2026/01/01/a.png");
        blobs.keys.add("2026/01/01/b.png");

        assertThat(albums.delete(ANA, trip, true)).isEqualTo(1);
        assertThat(albums.delete(ANA, party, false)).isZero();

        assertThat(media.rows.keySet()).containsExactly(2L);
        assertThat(blobs.keys).containsExactly("2026/01/01/b.png");
        assertThat(repository.rows).isEmpty();
    }

    @Test
    void mediaInAPrivateAlbumAreSeenByItsOwnerAndAdminsOnly() {
        long secret = album(ANA, AlbumPrivacy.PRIVATE);
        long unlisted = album(ANA, AlbumPrivacy.UNLISTED);

        Media inSecret = TestMedia.aPngWithThumbAndMedium().userId(ANA.id()).albumId(secret).build();
        Media inUnlisted = TestMedia.aPngWithThumbAndMedium().userId(ANA.id()).albumId(unlisted).build();
        Media inNone = TestMedia.aPngWithThumbAndMedium().build();

        assertThat(albums.mayView(BOB, inSecret)).isFalse();
        assertThat(albums.mayView(User.GUEST, inSecret)).isFalse();
        assertThat(albums.mayView(ADMIN, inSecret)).isTrue();
        assertThat(albums.mayView(User.GUEST, inUnlisted)).isTrue();
        assertThat(albums.mayView(User.GUEST, inNone)).isTrue();
    }

    @Test
    void encodedIdsRoundTrip() {
        Album album = albums.create(ANA, ANA, "Trip", null, AlbumPrivacy.PUBLIC);
        assertThat(albums.decodeId(albums.encodedId(album))).isEqualTo(album.id());
        assertThat(albums.decodeId("")).isZero();
    }

    private static Reason refusal(Runnable action) {
        try {
            action.run();
        } catch (Refusal e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }
}
