package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.Role;
import io.vistazo.core.testing.TestMedia;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of an imported site keep their ids, are written once, and the counters move past them. */
class ImportedRowsTest extends OnEachDatabase {

    private static final ImportedRows.Account ALICE = new ImportedRows.Account(7, "alice", "USER",
            "alice@example.org", "Alice", true, "valid", "$2y$04$abcdefghijklmnopqrstuu", "2020-01-01 00:00:00");

    @Test
    void aFreshSiteMayHoldItsFirstStartAccountOnly() {
        ImportedRows rows = ImportedRows.into(database);
        assertThat(rows.notFresh()).isEmpty();
        database.userRepository().create("admin", Role.ADMIN);
        assertThat(rows.notFresh()).isEmpty();
        assertThat(rows.removeFirstStartAccount()).contains("admin");
        assertThat(database.userRepository().count()).isZero();

        rows.putAccount(ALICE);
        rows.putCategory(3, "Nature", "nature", null);
        assertThat(rows.notFresh()).contains("1 categories");
    }

    @Test
    void rowsKeepTheirIdsAreWrittenOnceAndNewIdsComeAfterThem() {
        ImportedRows rows = ImportedRows.into(database);
        rows.putAccount(ALICE);
        rows.putAccount(ALICE);
        rows.putKey(9, 7, "PicGo", "$2y$04$bcrypt", "2020-01-01 00:00:00", false);
        rows.putAlbum(5, 7, "Trips", null, "unlisted", "2020-01-01 00:00:00");
        rows.putMedia(List.of(new ImportedRows.ImportedMedia(
                TestMedia.aPng().id(40).storageKey("2020/01/01/a.jpg").build(), 12)));
        rows.putSetting("crypt_salt", "first");
        rows.putSetting("crypt_salt", "second");
        rows.finish(60);

        assertThat(database.userRepository().findById(7)).hasValueSatisfying(user ->
                assertThat(user.name()).isEqualTo("alice"));
        assertThat(database.userRepository().passwordHash(7)).contains(ALICE.passwordHash());
        assertThat(database.keyRepository().findById(9)).isPresent();
        assertThat(database.albumRepository().findById(5)).isPresent();
        assertThat(rows.mediaIds()).containsExactly(40L);
        assertThat(rows.setting("crypt_salt")).isEqualTo("second");
        assertThat(database.mediaRepository().nextId()).as("after every id the old site gave").isGreaterThan(60);
        assertThat(database.userRepository().create("bob", Role.USER).id()).isGreaterThan(7);
        assertThat(database.keyRepository().reserve(7, "new", Instant.now())).isGreaterThan(9);
    }
}
