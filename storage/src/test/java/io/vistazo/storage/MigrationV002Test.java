package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.Album;
import io.vistazo.core.domain.AlbumPrivacy;
import io.vistazo.core.domain.Media;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by a version-1 build opens with its data intact and the version-2 features working. */
class MigrationV002Test {

    @TempDir
    Path folder;

    @Test
    void aVersionOneDatabaseIsUpgradedInPlace() throws IOException {
        Path file = folder.resolve("vistazo.db");
        writeVersionOneDatabase(file);

        try (Database database = Database.open(file)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(database.userRepository().findByName("ana")).isPresent();
            assertThat(database.userRepository().passwordHash(1)).isEmpty();

            Album shared = database.albumRepository().findById(10).orElseThrow();
            assertThat(shared.privacy()).isEqualTo(AlbumPrivacy.UNLISTED);
            assertThat(shared.mediaCount()).isEqualTo(1);
            assertThat(database.albumRepository().findById(11).orElseThrow().privacy())
                    .isEqualTo(AlbumPrivacy.PRIVATE);

            Media old = database.mediaRepository().findById(100).orElseThrow();
            assertThat(old.tags()).containsExactly("old");
            assertThat(database.viewRepository().record(100, "visitor", LocalDate.of(2026, 1, 1))).isTrue();
            assertThat(database.mediaRepository().findById(100).orElseThrow().views()).isEqualTo(8);
            assertThat(indexesOf(database)).contains("media_uploader_ip_date", "media_user_date", "media_views_day");
        }
    }

    /** Applies only V001, as a version-1 build did, and fills it with rows of that time. */
    private static void writeVersionOneDatabase(Path file) throws IOException {
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + file);
        try (Handle handle = jdbi.open(); InputStream v1 = Migrations.class.getResourceAsStream(
                "migrations/V001__initial.sql")) {
            handle.createScript(new String(v1.readAllBytes(), StandardCharsets.UTF_8)).execute();
            handle.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, "
                    + "applied_gmt TEXT NOT NULL)");
            handle.execute("INSERT INTO schema_version VALUES (1, 'V001__initial.sql', '2025-01-01 00:00:00')");
            handle.execute("INSERT INTO users (id, name, role) VALUES (1, 'ana', 'USER')");
            handle.execute("INSERT INTO albums (id, user_id, name, privacy) VALUES (10, 1, 'Shared', "
                    + "'private_but_link')");
            handle.execute("INSERT INTO albums (id, user_id, name, privacy) VALUES (11, 1, 'Odd', 'password')");
            handle.execute("INSERT INTO media (id, format, name, extension, storage_key, storage_mode, size, width, "
                    + "height, date, date_gmt, views, album_id, user_id, chain, uploader_ip) VALUES (100, 'PNG', "
                    + "'old', 'png', '2025/01/01/old.png', 'datefolder', 1, 1, 1, '2025-01-01 00:00:00', "
                    + "'2025-01-01 00:00:00', 7, 10, 1, 4, '192.0.2.1')");
            handle.execute("INSERT INTO tags (id, name) VALUES (1, 'old')");
            handle.execute("INSERT INTO media_tags (media_id, tag_id, position) VALUES (100, 1, 0)");
        }
    }

    private static List<String> indexesOf(Database database) {
        return database.sql().read(handle -> handle.createQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'index'")
                .map(Rows.FIRST_STRING)
                .list());
    }
}
