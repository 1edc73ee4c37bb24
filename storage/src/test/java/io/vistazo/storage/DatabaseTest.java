package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Role;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void migrationsCreateTheSchemaAndRecordTheVersion() {
        try (Database database = Database.open(folder.resolve("vistazo.db"))) {
            assertThat(tablesOf(database)).contains("users", "api_keys", "albums", "categories", "media",
                    "media_sequence", "tags", "media_tags", "settings", "schema_version");
            assertThat(database.schemaVersion()).isEqualTo(Migrations.latestVersion()).isPositive();
        }
    }

    @Test
    void reopeningKeepsTheDataAndAppliesNothingTwice() {
        Path file = folder.resolve("vistazo.db");
        try (Database database = Database.open(file)) {
            database.userRepository().create("ana", Role.ADMIN);
        }
        try (Database database = Database.open(file)) {
            assertThat(database.userRepository().findByName("ana")).isPresent();
            assertThat(database.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(TestSql.count(database, "SELECT COUNT(*) FROM schema_version"))
                    .isEqualTo(Migrations.SCRIPTS.size());
        }
    }

    @Test
    void refusesADatabaseMigratedByANewerBuild() {
        Path file = folder.resolve("vistazo.db");
        try (Database database = Database.open(file)) {
            database.sql().useWrite(handle -> handle.execute(
                    "INSERT INTO schema_version (version, script, applied_gmt) VALUES (999, 'V999__x.sql', 'now')"));
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("999");
    }

    @Test
    void theCopyToPostgresKnowsEveryTable() {
        try (Database database = Database.open(folder.resolve("vistazo.db"))) {
            List<String> copied = DatabaseCopy.TABLES.stream().map(DatabaseCopy.Table::name).sorted().toList();
            assertThat(tablesOf(database)).as("a new table must be added to DatabaseCopy.TABLES, in foreign-key order")
                    .filteredOn(table -> !table.equals("schema_version") && !table.startsWith("sqlite_"))
                    .containsExactlyElementsOf(copied);
        }
    }

    @Test
    void everyConnectionGetsThePragmas() {
        try (Database database = Database.open(folder.resolve("vistazo.db"))) {
            SqlAccess sql = database.sql();
            String reading = sql.read(handle -> pragmas(handle));
            String writing = sql.write(handle -> pragmas(handle));
            assertThat(reading).isEqualTo("journal_mode=wal synchronous=1 foreign_keys=1 busy_timeout=5000");
            assertThat(writing).isEqualTo(reading);
        }
    }

    @Test
    void createsTheDatabaseFolder() {
        Path file = folder.resolve("data/db/vistazo.db");
        try (Database database = Database.open(file)) {
            assertThat(database.userRepository().count()).isZero();
        }
        assertThat(file).exists();
    }

    @Test
    void aClosedDatabaseRefusesWork() {
        Database database = Database.open(folder.resolve("vistazo.db"));
        database.close();
        assertThatThrownBy(() -> database.userRepository().count()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void migrationScriptsAreNumberedInOrderAndPresent() {
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            String script = Migrations.SCRIPTS.get(i);
            assertThat(Migrations.versionOf(script)).isEqualTo(i + 1);
            assertThat(Migrations.class.getResource("migrations/" + script)).as(script).isNotNull();
        }
    }

    private static List<String> tablesOf(Database database) {
        return database.sql().read(handle -> handle.createQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .map(Rows.FIRST_STRING)
                .list());
    }

    private static String pragmas(Handle handle) {
        return "journal_mode=" + TestSql.text(handle, "PRAGMA journal_mode")
                + " synchronous=" + TestSql.text(handle, "PRAGMA synchronous")
                + " foreign_keys=" + TestSql.text(handle, "PRAGMA foreign_keys")
                + " busy_timeout=" + TestSql.text(handle, "PRAGMA busy_timeout");
    }
}
