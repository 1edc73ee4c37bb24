package io.vistazo.app.chevereto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real MariaDB server for tests, from the Debian {@code mariadb-server} package: {@code mariadb-install-db} in
 * a fresh folder under {@code /tmp}, {@code mariadbd} on a free loopback port without grant tables (any user and
 * password get in), a new database per test through {@link #newDatabase()}, stopped at JVM exit. As root the
 * server drops to the {@code mysql} user itself.
 */
public final class MariaDbServer {

    private static final Path DAEMON = Path.of("/usr/sbin/mariadbd");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static MariaDbServer shared;

    private final Path folder;
    private final int port;
    private final Process process;
    private final AtomicInteger databases = new AtomicInteger();

    private MariaDbServer(Path folder, int port, Process process) {
        this.folder = folder;
        this.port = port;
        this.process = process;
    }

    /** One server for the whole test JVM, started on first use and stopped at exit. */
    public static synchronized MariaDbServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static MariaDbServer start() {
        if (!Files.isExecutable(DAEMON)) {
            throw new IllegalStateException("MariaDB is not installed (apt-get install mariadb-server): no " + DAEMON);
        }
        try {
            Path folder = Files.createTempDirectory("vistazo-mariadb");
            giveToMysql(folder);
            run(folder, List.of("mariadb-install-db", "--no-defaults", "--datadir=" + folder.resolve("data"),
                    "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + user()));
            int port = freePort();
            Process process = new ProcessBuilder(DAEMON.toString(), "--no-defaults", "--user=" + user(),
                    "--datadir=" + folder.resolve("data"), "--socket=" + folder.resolve("mariadb.sock"),
                    "--pid-file=" + folder.resolve("mariadb.pid"), "--port=" + port, "--bind-address=127.0.0.1",
                    "--skip-grant-tables", "--skip-log-bin", "--innodb-flush-log-at-trx-commit=0",
                    "--innodb-buffer-pool-size=64M", "--character-set-server=utf8mb4",
                    "--log-error=" + folder.resolve("server.log"))
                    .redirectErrorStream(true).redirectOutput(folder.resolve("stdout.log").toFile()).start();
            MariaDbServer server = new MariaDbServer(folder, port, process);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-test-mariadb"));
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database; its JDBC URL. */
    public String newDatabase() {
        String name = "chevereto_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        execute("", "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Runs each statement of a script, split at semicolons that end a line. */
    public void runScript(String url, String script) {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                String trimmed = sql.strip();
                if (!trimmed.isEmpty() && !trimmed.lines().allMatch(line -> line.strip().startsWith("--"))) {
                    statement.execute(trimmed);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("script failed on " + url + ": " + e.getMessage(), e);
        }
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "root", "");
    }

    private void execute(String database, String sql) {
        try (Connection connection = connect(jdbcUrl(database)); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Polls with a bound until the server takes connections. */
    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited: " + log());
            }
            try {
                connect(jdbcUrl("")).close();
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                process.waitFor(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("mariadbd did not answer within " + START_TIMEOUT + ": " + last + "\n" + log());
    }

    private String log() {
        try {
            Path log = folder.resolve("server.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover folder under /tmp is harmless.
        }
    }

    private static void run(Path folder, List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("install.log").toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("failed: " + command + "\n"
                        + Files.readString(folder.resolve("install.log"), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** As root the server runs as {@code mysql}, which must own its folder; anyone else runs it as themselves. */
    private static void giveToMysql(Path folder) throws IOException {
        if (!isRoot()) {
            return;
        }
        try {
            Process chown = new ProcessBuilder("chown", "mysql:mysql", folder.toString()).start();
            if (!chown.waitFor(30, TimeUnit.SECONDS) || chown.exitValue() != 0) {
                throw new IllegalStateException("cannot give " + folder + " to the mysql user");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String user() {
        return isRoot() ? "mysql" : System.getProperty("user.name");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
