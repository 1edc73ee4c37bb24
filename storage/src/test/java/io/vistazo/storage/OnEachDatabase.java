package io.vistazo.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The frame of the repository tests: each test runs once on every {@link DatabaseKind}, on a fresh database opened
 * before it (before the subclass's own {@code @BeforeEach}) and closed after it.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
abstract class OnEachDatabase {

    @Parameter
    DatabaseKind kind;

    @TempDir
    Path folder;

    /** Where the fresh database is: open it again to stand in for a second handle or a restart. */
    DatabaseLocation location;
    Database database;

    @BeforeEach
    void openFreshDatabase() {
        location = kind.freshLocation(folder);
        database = Database.open(location);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
