package io.vistazo.app;

import io.vistazo.storage.DatabaseLocation;
import io.vistazo.storage.testing.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which database a test's data folder stands for: its own SQLite file unless the test chose PostgreSQL, then a
 * fresh database on the shared test cluster. The server, the CLI and {@link TestDatabase} all look it up here, so
 * a test written against a data folder runs unchanged on either.
 */
final class TestDatabases {

    /** The databases the suites run on. */
    enum Kind {
        SQLITE, POSTGRESQL
    }

    private static final Map<Path, DatabaseLocation.Postgres> POSTGRES = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    /** Makes the folder's server and CLI use a new PostgreSQL database (SQLite needs nothing). */
    static void prepare(Path dataDir, Kind kind) {
        if (kind == Kind.POSTGRESQL) {
            use(dataDir, PostgresServer.shared().newDatabase());
        }
    }

    static void use(Path dataDir, DatabaseLocation.Postgres database) {
        POSTGRES.put(dataDir.toAbsolutePath(), database);
    }

    /** The settings that point Vistazo at the folder's database; none for SQLite. */
    static Map<String, String> settings(Path dataDir) {
        DatabaseLocation.Postgres database = POSTGRES.get(dataDir.toAbsolutePath());
        Map<String, String> settings = new LinkedHashMap<>();
        if (database != null) {
            settings.put("database-url", database.jdbcUrl());
            settings.put("database-user", database.user());
            settings.put("database-pool-size", Integer.toString(database.poolSize()));
        }
        return settings;
    }

    /** Where the folder's database is, for opening it as Vistazo does. */
    static DatabaseLocation location(Path dataDir) {
        DatabaseLocation.Postgres database = POSTGRES.get(dataDir.toAbsolutePath());
        if (database != null) {
            return database;
        }
        return new DatabaseLocation.SqliteFile(dataDir.resolve("vistazo.db"));
    }

    /** A plain JDBC connection to the folder's database. */
    static Connection connect(Path dataDir) throws SQLException {
        DatabaseLocation.Postgres database = POSTGRES.get(dataDir.toAbsolutePath());
        if (database != null) {
            return DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("vistazo.db"));
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA busy_timeout = 5000");
        }
        return connection;
    }
}
