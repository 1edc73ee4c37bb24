package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Refusal.Reason;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.MediaChanges;
import io.vistazo.core.port.out.CategoryRepository;
import io.vistazo.core.testing.TestMedia;
import io.vistazo.core.text.IdCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may change, move and delete a media, and how its fields are validated. */
class MediaEditorTest {

    private static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");
    private static final User ANA = new User(1, "ana", Role.USER);
    private static final User BOB = new User(2, "bob", Role.USER);
    private static final User ADMIN = new User(3, "root", Role.ADMIN);

    private final IdCodec codec = new IdCodec("abcd1234", 999);
    private final MutableClock clock = new MutableClock(NOW);
    private final FakeAlbumRepository albumRows = new FakeAlbumRepository();
    private final FakeMediaRepository media = new FakeMediaRepository();
    private final DeleteMediaService deleter = new DeleteMediaService(media, new FakeBlobStore());
    private final Albums albums = new Albums(albumRows, media, deleter, codec, clock);
    private final MediaEditor editor = new MediaEditor(media, albumRows, new OneCategory(), albums, deleter, codec,
            clock);

    private Media anas(long id) {
        Media added = TestMedia.aPngWithThumbAndMedium().id(id).storageKey("2026/02/02/" + id + ".png").userId(ANA.id())
                .build();
        media.add(added);
        return added;
    }

    @Test
    void theOwnerChangesEveryFieldAndAbsentFieldsStay() {
        anas(1);
        long album = albums.create(ANA, ANA, "Trip", null, AlbumPrivacy.PRIVATE).id();

        Media edited = editor.edit(ANA, 1, new MediaChanges(" Sea ", "Waves", "a, b, a", codec.encode(album), "7",
                true, "PT1H"));
        Media again = editor.edit(ANA, 1, MediaChanges.none());

        assertThat(edited.title()).isEqualTo("Sea");
        assertThat(edited.description()).isEqualTo("Waves");
        assertThat(edited.tags()).containsExactly("a", "b");
        assertThat(edited.albumId()).isEqualTo(album);
        assertThat(edited.categoryId()).isEqualTo(7L);
        assertThat(edited.nsfw()).isTrue();
        assertThat(edited.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(again).isEqualTo(edited);
        Media cleared = editor.edit(ANA, 1, new MediaChanges("", "", "", "", "", false, "never"));
        assertThat(cleared.title()).isNull();
        assertThat(cleared.tags()).isEmpty();
        assertThat(cleared.albumId()).isNull();
        assertThat(cleared.categoryId()).isNull();
        assertThat(cleared.expiresAt()).isNull();
    }

    @Test
    void othersFindNothingAndAdminsMayEdit() {
        anas(1);

        assertThat(refusal(() -> editor.edit(BOB, 1, new MediaChanges("mine", null, null, null, null, null, null))))
                .isEqualTo(Reason.NOT_FOUND);
        assertThat(refusal(() -> editor.delete(User.GUEST, 1))).isEqualTo(Reason.NOT_FOUND);
        assertThat(media.rows.get(1L).title()).isEqualTo("Cat");
        assertThat(editor.edit(ADMIN, 1, new MediaChanges("ok", null, null, null, null, null, null)).title())
                .isEqualTo("ok");
        editor.delete(ADMIN, 1);
        assertThat(media.rows).isEmpty();
    }

    @Test
    void adminsManageGuestUploadsWhichJoinNoAlbum() {
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey("2026/02/02/1.png").build());
        long album = albums.create(ADMIN, ADMIN, "Admin's", null, AlbumPrivacy.PUBLIC).id();

        assertThat(refusal(() -> editor.managed(ANA, 1))).isEqualTo(Reason.NOT_FOUND);
        assertThat(editor.edit(ADMIN, 1, new MediaChanges("Checked", null, null, null, null, null, null)).title())
                .isEqualTo("Checked");
        assertThat(message(() -> editor.edit(ADMIN, 1, withAlbum(codec.encode(album))))).isEqualTo("Invalid album");
    }

    @Test
    void expiredMediaAreNotFound() {
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey("2026/02/02/1.png").expiresAt(NOW.minusSeconds(1))
                .userId(ANA.id()).build());

        assertThat(refusal(() -> editor.managed(ANA, 1))).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void badValuesAreRefused() {
        anas(1);
        long bobs = albums.create(BOB, BOB, "Bob's", null, AlbumPrivacy.PUBLIC).id();

        assertThat(message(() -> editor.edit(ANA, 1, withAlbum(codec.encode(bobs))))).isEqualTo("Invalid album");
        assertThat(message(() -> editor.edit(ANA, 1, withAlbum("zzzz")))).isEqualTo("Invalid album");
        assertThat(message(() -> editor.edit(ANA, 1, new MediaChanges(null, null, null, null, "8", null, null))))
                .isEqualTo("Invalid category");
        assertThat(refusal(() -> editor.edit(ANA, 1, new MediaChanges(null, null, null, null, null, null, "soon"))))
                .isEqualTo(Reason.INVALID);
        assertThat(refusal(() -> editor.edit(ANA, 1, new MediaChanges(null, "x".repeat(4001), null, null, null, null,
                null)))).isEqualTo(Reason.INVALID);
    }

    @Test
    void mediaMoveIntoTheirOwnersAlbumsAllOrNothing() {
        anas(1);
        anas(2);
        media.add(TestMedia.aPngWithThumbAndMedium().id(3).storageKey("2026/02/02/3.png").userId(BOB.id()).build());
        long trip = albums.create(ANA, ANA, "Trip", null, AlbumPrivacy.PUBLIC).id();

        assertThat(refusal(() -> editor.moveToAlbum(ANA, List.of(1L, 3L), trip))).isEqualTo(Reason.NOT_FOUND);
        assertThat(media.rows.get(1L).albumId()).isNull();
        assertThat(editor.moveToAlbum(ANA, List.of(1L, 2L), trip)).isEqualTo(2);
        assertThat(media.rows.get(2L).albumId()).isEqualTo(trip);
        assertThat(refusal(() -> editor.moveToAlbum(ADMIN, List.of(3L), trip))).as("into another owner's album")
                .isEqualTo(Reason.INVALID);
        editor.moveToAlbum(ANA, List.of(1L), 0);
        assertThat(media.rows.get(1L).albumId()).isNull();
    }

    @Test
    void anAlbumIsCreatedFromItsOwnersMediaOnly() {
        anas(1);
        media.add(TestMedia.aPngWithThumbAndMedium().id(3).storageKey("2026/02/02/3.png").userId(BOB.id()).build());

        assertThat(refusal(() -> editor.albumFrom(ANA, "Mixed", null, AlbumPrivacy.PUBLIC, List.of(1L, 3L))))
                .isEqualTo(Reason.NOT_FOUND);
        assertThat(refusal(() -> editor.albumFrom(ADMIN, "Not mine", null, AlbumPrivacy.PUBLIC, List.of(3L))))
                .isEqualTo(Reason.FORBIDDEN);
        assertThat(albumRows.rows).isEmpty();
        long album = editor.albumFrom(ANA, "Picks", null, AlbumPrivacy.UNLISTED, List.of(1L)).id();
        assertThat(media.rows.get(1L).albumId()).isEqualTo(album);
    }

    private static MediaChanges withAlbum(String album) {
        return new MediaChanges(null, null, null, album, null, null, null);
    }

    private static Reason refusal(Runnable action) {
        try {
            action.run();
        } catch (Refusal e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    private static String message(Runnable action) {
        try {
            action.run();
        } catch (Refusal e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    /** Only category 7 exists. */
    private static final class OneCategory implements CategoryRepository {

        @Override
        public boolean exists(long categoryId) {
            return categoryId == 7;
        }

        @Override
        public Category create(String name, String urlKey, String description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Category> findByUrlKey(String urlKey) {
            return Optional.empty();
        }

        @Override
        public List<Category> list() {
            return List.of();
        }

        @Override
        public boolean delete(long categoryId) {
            return false;
        }

        @Override
        public Category update(Category changed) {
            throw new UnsupportedOperationException();
        }
    }
}
