package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Page;
import io.vistazo.core.domain.Role;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.MediaRepository.Query;
import io.vistazo.core.testing.TestMedia;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listings by owner, album, category and tag, privacy and expiry; and the owner lookup behind file serving. */
class SqlMediaQueriesTest extends OnEachDatabase {

    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");

    private MediaRepository media;
    private long ana;
    private long bob;

    @BeforeEach
    void prepare() {
        media = database.mediaRepository();
        ana = database.userRepository().create("ana", Role.USER).id();
        bob = database.userRepository().create("bob", Role.USER).id();
    }

    private long insert(long userId, Long albumId, Long categoryId, Instant expiresAt, List<String> tags) {
        long id = media.nextId();
        media.insert(TestMedia.aPng()
                .id(id)
                .name("m" + id)
                .storageKey("2026/03/04/m" + id + ".png")
                .size(1)
                .width(1)
                .height(1)
                .title(null)
                .originalFilename("m.png")
                .userId(userId)
                .albumId(albumId)
                .categoryId(categoryId)
                .expiresAt(expiresAt)
                .tags(tags)
                .build(), "h");
        return id;
    }

    private List<Long> ids(Query query, Page page) {
        return media.list(query, page).stream().map(Media::id).toList();
    }

    @Test
    void filtersCombineAndTheNewestUploadComesFirst() {
        long trip = database.albumRepository().create(ana, "Trip", null, AlbumPrivacy.PUBLIC, NOW).id();
        long cats = database.categoryRepository().create("Cats", "cats", null).id();
        long first = insert(ana, trip, cats, null, List.of("cat", "sun"));
        long second = insert(ana, null, cats, null, List.of("cat"));
        long bobs = insert(bob, null, null, null, List.of("sun"));

        assertThat(ids(Query.all(), Page.first(10))).containsExactly(bobs, second, first);
        assertThat(ids(Query.all().byUser(ana), Page.first(10))).containsExactly(second, first);
        assertThat(ids(Query.all().inAlbum(trip), Page.first(10))).containsExactly(first);
        assertThat(ids(Query.all().inCategory(cats), Page.first(10))).containsExactly(second, first);
        assertThat(ids(Query.all().tagged("sun"), Page.first(10))).containsExactly(bobs, first);
        assertThat(ids(Query.all().tagged("sun").byUser(ana), Page.first(10))).containsExactly(first);
        assertThat(ids(Query.all().tagged("Sun"), Page.first(10))).isEmpty();
        assertThat(media.list(Query.all().tagged("cat"), Page.first(10)).get(0).tags()).containsExactly("cat");
    }

    @Test
    void pagesFollowEachOther() {
        long a = insert(ana, null, null, null, List.of());
        long b = insert(ana, null, null, null, List.of());
        long c = insert(ana, null, null, null, List.of());

        assertThat(ids(Query.all(), new Page(1, 2))).containsExactly(c, b);
        assertThat(ids(Query.all(), new Page(2, 2))).containsExactly(a);
        assertThat(ids(Query.all(), new Page(3, 2))).isEmpty();
    }

    @Test
    void publicListingsLeaveOutPrivateAndUnlistedAlbums() {
        var albums = database.albumRepository();
        long open = insert(ana, albums.create(ana, "o", null, AlbumPrivacy.PUBLIC, NOW).id(), null, null,
                List.of("x"));
        insert(ana, albums.create(ana, "p", null, AlbumPrivacy.PRIVATE, NOW).id(), null, null, List.of("x"));
        insert(ana, albums.create(ana, "u", null, AlbumPrivacy.UNLISTED, NOW).id(), null, null, List.of("x"));
        long loose = insert(ana, null, null, null, List.of("x"));

        assertThat(ids(Query.all().tagged("x").withoutPrivateAlbums(), Page.first(10))).containsExactly(loose, open);
        assertThat(ids(Query.all().tagged("x"), Page.first(10))).hasSize(4);
    }

    @Test
    void expiredMediaAreLeftOutOnlyWhenAskedTo() {
        long expired = insert(ana, null, null, NOW, List.of());
        long later = insert(ana, null, null, NOW.plusMillis(1), List.of());
        long never = insert(ana, null, null, null, List.of());

        assertThat(ids(Query.all().visibleAt(NOW), Page.first(10))).containsExactly(never, later);
        assertThat(ids(Query.all(), Page.first(10))).containsExactly(never, later, expired);
    }

    @Test
    void ownersOfAFileAreFoundByTheirKeyPrefixOnly() {
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2026/03/04/cat.png").build(), "h");
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2026/03/04/cat.th.png").build(), "h");
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2026/03/04/cats.png").build(), "h");
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2026/03/04/cat/x.png").build(), "h");

        assertThat(media.findByKeyPrefix("2026/03/04/cat.")).extracting(Media::storageKey)
                .containsExactly("2026/03/04/cat.png", "2026/03/04/cat.th.png");
        assertThat(media.findByKeyPrefix("2026/03/04/dog.")).isEmpty();
    }

    @Test
    void keysCompareByteForByteLikeTheFileSystemNamesTheyAre() {
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2026/03/04/Cat.png").build(), "h");
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2026/03/04/cat.png").build(), "h");
        media.insert(TestMedia.aPng().id(media.nextId()).storageKey("2026/03/04/cat-2.png").build(), "h");

        assertThat(media.findByKeyPrefix("2026/03/04/Cat.")).extracting(Media::storageKey)
                .containsExactly("2026/03/04/Cat.png");
        assertThat(media.findByKeyPrefix("2026/03/04/cat.")).extracting(Media::storageKey)
                .containsExactly("2026/03/04/cat.png");
        assertThat(media.keyTaken("2026/03/04/CAT.png")).isFalse();
        assertThat(media.keysTaken(List.of("2026/03/04/CAT.png"))).isEmpty();
    }
}
