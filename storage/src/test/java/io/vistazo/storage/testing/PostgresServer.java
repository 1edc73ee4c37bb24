package io.vistazo.storage.testing;

import io.vistazo.core.files.Folders;
import io.vistazo.storage.DatabaseLocation;
import io.vistazo.storage.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL cluster for tests, from the Debian {@code postgresql} package: {@code initdb} in a fresh
 * folder under {@code /tmp}, {@code pg_ctl start} on a free loopback port, a new database per test through
 * {@link #newDatabase()}, and {@code pg_ctl stop} at {@link #close()} or, whatever happens, at JVM exit.
 * PostgreSQL refuses to run as root, so as root the commands run as the {@code postgres} user. Databases use an
 * ICU {@code en-US} collation, as production servers typically do, so code that relies on byte order shows.
 */
public final class PostgresServer implements AutoCloseable {

    /** The role the cluster is created with; it owns every test database. */
    public static final String USER = "vistazo";
    private static final Path BIN_ROOT = Path.of("/usr/lib/postgresql");
    private static final long COMMAND_TIMEOUT_SECONDS = 120;
    private static PostgresServer shared;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread stopAtExit;
    private boolean running;

    private PostgresServer(Path folder, Path bin, int port) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.stopAtExit = new Thread(() -> {
            stopQuietly();
            deleteFolder();
        }, "stop-test-postgres");
    }

    /** One cluster for the whole test JVM, started on first use and stopped at exit. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** A cluster of its own, for a test that stops and restarts it; close it at the end. */
    public static PostgresServer start() {
        try {
            Path folder = Files.createTempDirectory("vistazo-pg");
            PostgresServer server = new PostgresServer(folder, binaries(), freePort());
            Runtime.getRuntime().addShutdownHook(server.stopAtExit);
            server.init();
            server.resume();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database on this cluster. */
    public DatabaseLocation.Postgres newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection admin = adminDataSource("postgres").getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return new DatabaseLocation.Postgres(jdbcUrl(name), USER, Secret.none(), 4);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server as an outage would ({@code pg_ctl stop -m fast}: sessions are cut). */
    public synchronized void pause() {
        pgCtl("stop", "-m", "fast");
        running = false;
    }

    /** Starts the server again on the same port with the same data. */
    public synchronized void resume() {
        pgCtl("start", "-w", "-l", folder.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c max_connections=300"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        running = true;
    }

    @Override
    public void close() {
        stopQuietly();
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
        deleteFolder();
    }

    private synchronized void stopQuietly() {
        if (running) {
            try {
                pgCtl("stop", "-m", "fast");
            } catch (RuntimeException e) {
                System.err.println("could not stop the test PostgreSQL server: " + e.getMessage());
            }
            running = false;
        }
    }

    private void init() {
        ownedByPostgres(folder);
        run(List.of(bin.resolve("initdb").toString(), "-D", dataDir().toString(), "-A", "trust", "-U", USER,
                "-E", "UTF8", "--no-sync", "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en-US"));
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir().toString()));
        command.addAll(List.of(arguments));
        run(command);
    }

    private Path dataDir() {
        return folder.resolve("data");
    }

    private PGSimpleDataSource adminDataSource(String database) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(jdbcUrl(database));
        source.setUser(USER);
        return source;
    }

    /** Runs a PostgreSQL command, as the {@code postgres} user when this JVM is root. */
    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("commands.log").toFile()).start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + full);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("failed (" + process.exitValue() + "): " + full + "\n"
                        + Files.readString(folder.resolve("commands.log"), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void ownedByPostgres(Path path) {
        if (!isRoot()) {
            return;
        }
        try {
            Process chown = new ProcessBuilder("chown", "-R", "postgres:postgres", path.toString())
                    .redirectErrorStream(true).start();
            if (!chown.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS) || chown.exitValue() != 0) {
                throw new IllegalStateException("cannot give " + path + " to the postgres user");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void deleteFolder() {
        // A leftover folder under /tmp is harmless.
        Folders.deleteQuietly(folder);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest installed major version's binaries. */
    private static Path binaries() throws IOException {
        if (!Files.isDirectory(BIN_ROOT)) {
            throw new IllegalStateException("PostgreSQL is not installed (apt-get install postgresql): no " + BIN_ROOT);
        }
        try (Stream<Path> versions = Files.list(BIN_ROOT)) {
            return versions.filter(version -> Files.isExecutable(version.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingInt(PostgresServer::majorVersion))
                    .map(version -> version.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no pg_ctl under " + BIN_ROOT));
        }
    }

    private static int majorVersion(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
