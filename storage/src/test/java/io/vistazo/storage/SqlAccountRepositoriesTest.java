package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.ApiKey;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.KeyRepository;
import io.vistazo.core.port.out.UserRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users, API keys, albums, categories and settings. */
class SqlAccountRepositoriesTest extends OnEachDatabase {

    private static final Instant CREATED = Instant.parse("2024-10-10T12:34:56Z");

    private UserRepository users;
    private KeyRepository keys;

    @BeforeEach
    void prepare() {
        users = database.userRepository();
        keys = database.keyRepository();
    }

    @Test
    void usersAreFoundByIdAndName() {
        User admin = users.create("admin", Role.ADMIN);
        User ana = users.create("Ána", Role.USER);

        assertThat(users.findById(admin.id())).contains(admin);
        assertThat(users.findByName("Ána")).contains(ana);
        assertThat(users.findByName("ana")).isEmpty();
        assertThat(users.findById(999)).isEmpty();
        assertThat(users.count()).isEqualTo(2);
        assertThat(admin.id()).isNotEqualTo(ana.id());
    }

    @Test
    void aUserNameIsTakenOnce() {
        users.create("ana", Role.USER);

        assertThatThrownBy(() -> users.create("ana", Role.ADMIN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void readThenWriteTransactionsFromTwoInstancesDoNotFailBusy() throws Exception {
        int threads = 16;
        int perThread = 10;
        // Each create reads before it writes; a deferred transaction would fail with SQLITE_BUSY_SNAPSHOT here.
        try (Database other = Database.open(location)) {
            List<UserRepository> repositories = List.of(users, other.userRepository());
            onThreadsAtOnce(threads, t -> createMany(repositories.get(t % 2), "user" + t + "-", perThread));
        }
        assertThat(users.count()).isEqualTo(threads * perThread);
    }

    @Test
    void aHashAnotherKeyHasIsRefused() {
        long userId = users.create("ana", Role.USER).id();
        keys.setHash(keys.reserve(userId, "first", CREATED), "same");
        long second = keys.reserve(userId, "second", CREATED);

        assertThatThrownBy(() -> keys.setHash(second, "same")).isInstanceOf(IllegalArgumentException.class);
        assertThat(keys.findById(second).orElseThrow().hashHex()).isNull();
    }

    @Test
    void aReservedKeyHasNoHashUntilSet() {
        long userId = users.create("ana", Role.USER).id();

        long keyId = keys.reserve(userId, "uploader", CREATED);

        assertThat(keys.findById(keyId)).contains(new ApiKey(keyId, userId, "uploader", null, CREATED, false));
        keys.setHash(keyId, "abc123");
        assertThat(keys.findById(keyId)).contains(new ApiKey(keyId, userId, "uploader", "abc123", CREATED, false));
        assertThat(keys.findByHash("abc123")).map(ApiKey::id).contains(keyId);
        assertThat(keys.findByHash("other")).isEmpty();
        assertThat(keys.findById(keyId + 1)).isEmpty();
    }

    @Test
    void keyCreationTimeIsKeptToTheSecond() {
        long userId = users.create("ana", Role.USER).id();

        long keyId = keys.reserve(userId, "k", CREATED.plusMillis(789));

        assertThat(keys.findById(keyId).orElseThrow().created()).isEqualTo(CREATED);
    }

    @Test
    void revokedKeysStayFindableButMarked() {
        long userId = users.create("ana", Role.USER).id();
        long keyId = keys.reserve(userId, "k", CREATED);
        keys.setHash(keyId, "h");

        keys.revoke(keyId);
        keys.revoke(keyId);
        keys.revoke(12345);

        assertThat(keys.findByHash("h").orElseThrow().revoked()).isTrue();
    }

    @Test
    void keysAreListedPerUserInCreationOrder() {
        long ana = users.create("ana", Role.USER).id();
        long bob = users.create("bob", Role.USER).id();
        long first = keys.reserve(ana, "first", CREATED);
        keys.reserve(bob, "bob's", CREATED);
        long second = keys.reserve(ana, "second", CREATED);

        assertThat(keys.listByUser(ana)).extracting(ApiKey::id).containsExactly(first, second);
        assertThat(keys.listByUser(999)).isEmpty();
    }

    @Test
    void aHashBelongsToOneKeyAndUnknownKeysCannotBeHashed() {
        long userId = users.create("ana", Role.USER).id();
        long first = keys.reserve(userId, "a", CREATED);
        long second = keys.reserve(userId, "b", CREATED);
        keys.setHash(first, "same");

        assertThatThrownBy(() -> keys.setHash(second, "same")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> keys.setHash(999, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysNeedAnExistingUser() {
        assertThatThrownBy(() -> keys.reserve(999, "k", CREATED)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void settingsKeepTheFirstValue() {
        var settings = database.settingsRepository();

        assertThat(settings.get("id_salt")).isEmpty();
        assertThat(settings.putIfAbsent("id_salt", "first")).isEqualTo("first");
        assertThat(settings.putIfAbsent("id_salt", "second")).isEqualTo("first");
        assertThat(settings.get("id_salt")).contains("first");
        assertThat(settings.putIfAbsent("id_padding", "5000")).isEqualTo("5000");
    }

    @Test
    void albumsKnowTheirOwner() {
        long userId = users.create("ana", Role.USER).id();
        var albums = database.albumRepository();

        long albumId = albums.create(userId, "Trip", null, AlbumPrivacy.PRIVATE, CREATED).id();

        assertThat(albums.ownerOf(albumId)).contains(userId);
        assertThat(albums.ownerOf(albumId + 1)).isEmpty();
    }

    @Test
    void categoriesExistOnceCreatedAndTheirUrlKeyIsUnique() {
        var categories = database.categoryRepository();

        long id = categories.create("Animals", "animals", "Furry").id();

        assertThat(categories.exists(id)).isTrue();
        assertThat(categories.exists(id + 1)).isFalse();
        assertThatThrownBy(() -> categories.create("Other", "animals", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void createMany(UserRepository repository, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            repository.create(prefix + i, Role.USER);
        }
    }
}
