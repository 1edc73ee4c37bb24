package io.vistazo.storage;

import java.nio.file.Path;
import java.util.Objects;

/** Where {@link Database#open(DatabaseLocation)} finds the database: a SQLite file or a PostgreSQL server. */
public sealed interface DatabaseLocation {

    /** A SQLite file, created with its folder when missing. */
    record SqliteFile(Path file) implements DatabaseLocation {
        public SqliteFile {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * A PostgreSQL database reached through a pool of connections.
     *
     * @param jdbcUrl {@code jdbc:postgresql://host:port/database}
     * @param poolSize connections at most; the pool opens them as needed and re-opens them after an outage
     */
    record Postgres(String jdbcUrl, String user, Secret password, int poolSize) implements DatabaseLocation {

        public static final int DEFAULT_POOL_SIZE = 16;

        public Postgres {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(password, "password");
            if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException(
                        "database must be sqlite or a jdbc:postgresql://host:port/database URL, not "
                                + withoutQuery(jdbcUrl));
            }
            if (poolSize < 1) {
                throw new IllegalArgumentException("database-pool-size must be at least 1: " + poolSize);
            }
        }

        public Postgres(String jdbcUrl, String user, Secret password) {
            this(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
        }

        /** The URL without its query, which may carry a password. */
        public String safeUrl() {
            return withoutQuery(jdbcUrl);
        }

        @Override
        public String toString() {
            return "Postgres[" + safeUrl() + ", user=" + user + ", password=" + password + "]";
        }

        private static String withoutQuery(String url) {
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query) + "?…";
        }
    }
}
