package io.vistazo.storage;

import io.vistazo.storage.testing.PostgresServer;
import java.nio.file.Path;

/** The databases the repository tests run on: each test class is parameterized over these. */
enum DatabaseKind {

    SQLITE {
        @Override
        DatabaseLocation freshLocation(Path folder) {
            return new DatabaseLocation.SqliteFile(folder.resolve("vistazo.db"));
        }
    },

    POSTGRESQL {
        @Override
        DatabaseLocation freshLocation(Path folder) {
            return PostgresServer.shared().newDatabase();
        }
    };

    /** A new, empty database; opening the same location twice reaches the same database. */
    abstract DatabaseLocation freshLocation(Path folder);
}
