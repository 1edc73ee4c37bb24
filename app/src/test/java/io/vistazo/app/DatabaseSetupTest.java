package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.storage.DatabaseLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSetupTest {

    private static final String URL = "jdbc:postgresql://db.internal:5432/vistazo";

    @TempDir
    Path folder;

    @Test
    void sqliteInTheDataFolderIsTheDefault() {
        assertThat(DatabaseSetup.from(settings(Map.of(), Map.of()), folder))
                .isEqualTo(new DatabaseLocation.SqliteFile(folder.resolve("vistazo.db")));
    }

    @Test
    void aPostgresUrlWithUserAndPasswordFromTheEnvironment() {
        DatabaseLocation location = DatabaseSetup.from(settings(
                Map.of("database", "postgresql", "database-url", URL, "database-user", "vz"),
                Map.of("VISTAZO_DATABASE_PASSWORD", "s3cret")), folder);

        DatabaseLocation.Postgres postgres = (DatabaseLocation.Postgres) location;
        assertThat(postgres.jdbcUrl()).isEqualTo(URL);
        assertThat(postgres.user()).isEqualTo("vz");
        assertThat(postgres.password().reveal()).isEqualTo("s3cret");
        assertThat(postgres.poolSize()).isEqualTo(DatabaseLocation.Postgres.DEFAULT_POOL_SIZE);
        assertThat(postgres.toString()).doesNotContain("s3cret");
    }

    @Test
    void theUrlAloneChoosesPostgresAndThePasswordMayComeFromAFile() throws IOException {
        Path file = Files.writeString(folder.resolve("db-password"), "from file\n");

        DatabaseLocation.Postgres postgres = (DatabaseLocation.Postgres) DatabaseSetup.from(settings(
                Map.of("database-url", URL, "database-password-file", file.toString(), "database-pool-size", "5"),
                Map.of()), folder);

        assertThat(postgres.password().reveal()).isEqualTo("from file");
        assertThat(postgres.poolSize()).isEqualTo(5);
    }

    @Test
    void theWholeConfigurationNeverPrintsThePassword() {
        VistazoConfig config = VistazoConfig.from(settings(
                Map.of("data", folder.toString(), "database-url", URL + "?password=inurl", "database-password",
                        "hunter2"), Map.of()));

        assertThat(config.toString()).doesNotContain("hunter2").doesNotContain("inurl");
    }

    @Test
    void contradictoryOrIncompleteSettingsAreRefusedClearly() {
        assertThatThrownBy(() -> DatabaseSetup.from(settings(Map.of("database", "postgresql"), Map.of()), folder))
                .hasMessageContaining("database-url");
        assertThatThrownBy(() -> DatabaseSetup.from(settings(Map.of("database", "sqlite", "database-url", URL),
                Map.of()), folder)).hasMessageContaining("database=postgresql");
        assertThatThrownBy(() -> DatabaseSetup.from(settings(Map.of("database", "mysql"), Map.of()), folder))
                .hasMessageContaining("sqlite or postgresql");
        assertThatThrownBy(() -> DatabaseSetup.from(settings(Map.of("database-url", "jdbc:mysql://x/y"), Map.of()),
                folder)).hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> DatabaseSetup.from(settings(Map.of("database-url", URL, "database-password", "a",
                "database-password-file", "/nowhere"), Map.of()), folder)).hasMessageContaining("not both");
    }

    private static Settings settings(Map<String, String> flags, Map<String, String> env) {
        return Settings.load(flags, env);
    }
}
