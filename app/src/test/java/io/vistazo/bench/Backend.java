package io.vistazo.bench;

import io.vistazo.storage.testing.PostgresServer;
import io.vistazo.storage.testing.S3Proxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the server under test keeps its rows and files: today's SQLite file and local folder, or a throw-away
 * PostgreSQL cluster and an s3proxy bucket on loopback, started for the run and stopped after it.
 */
abstract class Backend implements AutoCloseable {

    private final String name;

    private Backend(String name) {
        this.name = name;
    }

    /** The two setups the bench compares, in the order it runs them. */
    static List<String> names() {
        return List.of("sqlite+local", "postgres+s3proxy");
    }

    static Backend start(String name, Path folder) throws IOException {
        return switch (name) {
            case "sqlite+local" -> new Local();
            case "postgres+s3proxy" -> new PostgresS3(folder);
            default -> throw new IllegalArgumentException("unknown backend " + name);
        };
    }

    String name() {
        return name;
    }

    /** The server's settings that point it at this backend, as {@code --name value} pairs. */
    abstract List<String> settings();

    /** True when the files are in the data folder's {@code images/}, where nginx can serve them too. */
    abstract boolean filesOnDisk();

    @Override
    public void close() {
    }

    private static final class Local extends Backend {
        Local() {
            super("sqlite+local");
        }

        @Override
        List<String> settings() {
            return List.of();
        }

        @Override
        boolean filesOnDisk() {
            return true;
        }
    }

    private static final class PostgresS3 extends Backend {
        private static final String BUCKET = "vistazo-bench";

        private final PostgresServer postgres;
        private final S3Proxy s3;
        private final String jdbcUrl;

        PostgresS3(Path folder) throws IOException {
            super("postgres+s3proxy");
            postgres = PostgresServer.start();
            S3Proxy started = null;
            try {
                jdbcUrl = postgres.newDatabase().jdbcUrl();
                started = S3Proxy.start(Files.createDirectories(folder.resolve("s3")));
                started.createBucket(BUCKET);
            } catch (RuntimeException e) {
                if (started != null) {
                    started.close();
                }
                postgres.close();
                throw e;
            }
            s3 = started;
        }

        @Override
        List<String> settings() {
            return List.of("--database-url", jdbcUrl, "--database-user", PostgresServer.USER,
                    "--storage", "s3", "--s3-endpoint", s3.endpoint().toString(), "--s3-bucket", BUCKET,
                    "--s3-access-key", S3Proxy.ACCESS_KEY, "--s3-secret-key", S3Proxy.SECRET_KEY);
        }

        @Override
        boolean filesOnDisk() {
            return false;
        }

        @Override
        public void close() {
            s3.close();
            postgres.close();
        }
    }
}
