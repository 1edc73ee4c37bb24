package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Category;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.port.out.CategoryRepository;
import io.vistazo.core.port.out.KeyRepository;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.UserRepository;
import io.vistazo.core.testing.TestMedia;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What schema version 2 adds to users, albums and categories. */
class SqlAlbumsCategoriesUsersTest extends OnEachDatabase {

    private static final Instant CREATED = Instant.parse("2026-03-04T05:06:07Z");

    private UserRepository users;
    private KeyRepository keys;
    private AlbumRepository albums;
    private CategoryRepository categories;
    private MediaRepository media;

    @BeforeEach
    void prepare() {
        users = database.userRepository();
        keys = database.keyRepository();
        albums = database.albumRepository();
        categories = database.categoryRepository();
        media = database.mediaRepository();
    }

    private Media stored(long userId, Long albumId, Long categoryId) {
        long id = media.nextId();
        Media row = TestMedia.aPng().id(id).storageKey("2026/03/04/m" + id + ".png").userId(userId).albumId(albumId)
                .categoryId(categoryId).build();
        media.insert(row, "h");
        return row;
    }

    @Test
    void albumsReadBackWithTheirMediaCountNewestFirst() {
        long ana = users.create("ana", Role.USER).id();
        Album trip = albums.create(ana, "Trip", "Sunny days", AlbumPrivacy.UNLISTED, CREATED.plusMillis(900));
        Album party = albums.create(ana, "Party", null, AlbumPrivacy.PRIVATE, CREATED);
        stored(ana, trip.id(), null);
        stored(ana, trip.id(), null);

        assertThat(trip).isEqualTo(new Album(trip.id(), ana, "Trip", "Sunny days", AlbumPrivacy.UNLISTED, CREATED, 0));
        assertThat(albums.findById(trip.id()).orElseThrow().mediaCount()).isEqualTo(2);
        assertThat(albums.listByUser(ana)).extracting(Album::id).containsExactly(party.id(), trip.id());
        assertThat(albums.findById(999)).isEmpty();
    }

    @Test
    void albumsAreRenamedDescribedAndMadePrivate() {
        long ana = users.create("ana", Role.USER).id();
        Album trip = albums.create(ana, "Trip", null, AlbumPrivacy.PUBLIC, CREATED);

        albums.update(trip.renamed("Viaje ✈").described("Días").withPrivacy(AlbumPrivacy.PRIVATE));

        Album read = albums.findById(trip.id()).orElseThrow();
        assertThat(read.name()).isEqualTo("Viaje ✈");
        assertThat(read.description()).isEqualTo("Días");
        assertThat(read.privacy()).isEqualTo(AlbumPrivacy.PRIVATE);
    }

    @Test
    void deletingAnAlbumKeepsItsMediaOutsideAnyAlbum() {
        long ana = users.create("ana", Role.USER).id();
        Album trip = albums.create(ana, "Trip", null, AlbumPrivacy.PUBLIC, CREATED);
        Media inside = stored(ana, trip.id(), null);

        assertThat(albums.delete(trip.id())).isTrue();
        assertThat(albums.delete(trip.id())).isFalse();

        assertThat(albums.ownerOf(trip.id())).isEmpty();
        assertThat(media.findById(inside.id()).orElseThrow().albumId()).isNull();
    }

    @Test
    void categoriesAreListedByNameFoundByUrlKeyAndRemovedFromTheirMedia() {
        long ana = users.create("ana", Role.USER).id();
        Category cats = categories.create("Cats", "cats", "Meow");
        Category birds = categories.create("Birds", "birds", null);
        Media inCats = stored(ana, null, cats.id());

        assertThat(categories.list()).containsExactly(birds, cats);
        assertThat(categories.findByUrlKey("cats")).contains(cats);
        assertThat(categories.findByUrlKey("dogs")).isEmpty();
        assertThat(categories.delete(cats.id())).isTrue();
        assertThat(categories.exists(cats.id())).isFalse();
        assertThat(media.findById(inCats.id()).orElseThrow().categoryId()).isNull();
        assertThatThrownBy(() -> categories.create("Birds again", "birds", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passwordHashesAreStoredClearedAndAbsentByDefault() {
        User ana = users.create("ana", Role.USER);

        assertThat(users.passwordHash(ana.id())).isEmpty();
        users.setPasswordHash(ana.id(), "pbkdf2-sha256$210000$c2FsdA$aGFzaA");
        assertThat(users.passwordHash(ana.id())).contains("pbkdf2-sha256$210000$c2FsdA$aGFzaA");
        users.setPasswordHash(ana.id(), null);
        assertThat(users.passwordHash(ana.id())).isEmpty();
        assertThat(users.passwordHash(999)).isEmpty();
    }

    @Test
    void usersAreListedByName() {
        User bob = users.create("bob", Role.USER);
        User ana = users.create("ana", Role.ADMIN);

        assertThat(users.list()).containsExactly(ana, bob);
    }

    @Test
    void deletingAUserTakesItsKeysAndAlbumsAndKeepsItsMediaWithoutOwner() {
        long ana = users.create("ana", Role.USER).id();
        long bob = users.create("bob", Role.USER).id();
        keys.reserve(ana, "k", CREATED);
        long bobsKey = keys.reserve(bob, "k", CREATED);
        Album trip = albums.create(ana, "Trip", null, AlbumPrivacy.PUBLIC, CREATED);
        Album bobs = albums.create(bob, "Bob's", null, AlbumPrivacy.PUBLIC, CREATED);
        Media kept = stored(ana, trip.id(), null);
        Media bobsMedia = stored(bob, bobs.id(), null);

        assertThat(users.delete(ana)).isTrue();
        assertThat(users.delete(ana)).isFalse();

        assertThat(users.findById(ana)).isEmpty();
        assertThat(keys.listByUser(ana)).isEmpty();
        assertThat(albums.listByUser(ana)).isEmpty();
        Media orphan = media.findById(kept.id()).orElseThrow();
        assertThat(orphan.userId()).isNull();
        assertThat(orphan.albumId()).isNull();
        assertThat(keys.findById(bobsKey)).isPresent();
        assertThat(media.findById(bobsMedia.id()).orElseThrow().albumId()).isEqualTo(bobs.id());
    }
}
