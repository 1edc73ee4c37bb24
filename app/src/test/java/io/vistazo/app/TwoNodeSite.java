package io.vistazo.app;

import io.vistazo.storage.DatabaseLocation;
import io.vistazo.storage.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One site served by two nodes, A and B, in either of the setups many nodes run on: one SQLite file and one data
 * folder both nodes share, or one PostgreSQL database and one bucket, each node with a data folder of its own.
 */
final class TwoNodeSite {

    /** The setups the multi-node tests run on. */
    enum Kind {
        SQLITE_AND_SHARED_FOLDER, POSTGRESQL_AND_S3
    }

    final Kind kind;
    /** A's data folder. */
    final Path folderA;
    /** B's data folder: A's, when the nodes share one. */
    final Path folderB;
    /** Name, value pairs naming the bucket; none for a shared folder. */
    private final String[] storage;
    private final String bucket;

    private TwoNodeSite(Kind kind, Path folderA, Path folderB, String[] storage, String bucket) {
        this.kind = kind;
        this.folderA = folderA;
        this.folderB = folderB;
        this.storage = storage;
        this.bucket = bucket;
    }

    /** A new, empty site under {@code root}: a fresh database and bucket for PostgreSQL and S3. */
    static TwoNodeSite create(Kind kind, Path root) {
        if (kind == Kind.SQLITE_AND_SHARED_FOLDER) {
            return new TwoNodeSite(kind, root, root, new String[0], null);
        }
        Path a = root.resolve("node-a");
        Path b = root.resolve("node-b");
        DatabaseLocation.Postgres database = PostgresServer.shared().newDatabase();
        TestDatabases.use(a, database);
        TestDatabases.use(b, database);
        String bucket = TestS3.newBucket();
        return new TwoNodeSite(kind, a, b, TestS3.settings(TestS3.shared(), bucket), bucket);
    }

    boolean sharesAFolder() {
        return kind == Kind.SQLITE_AND_SHARED_FOLDER;
    }

    /** Name, value pairs for a server started in this JVM ({@link TestServer} adds the database's itself). */
    String[] serverSettings(String... more) {
        return concat(storage, more);
    }

    /** The command-line flags of a node (or a CLI command) of the site: the database and the storage. */
    List<String> flags(String... more) {
        List<String> flags = new ArrayList<>();
        TestDatabases.settings(folderA).forEach((name, value) -> flags.addAll(List.of("--" + name, value)));
        for (int i = 0; i < storage.length; i += 2) {
            flags.addAll(List.of("--" + storage[i], storage[i + 1]));
        }
        flags.addAll(List.of(more));
        return flags;
    }

    /** Runs a command of the command line on A's folder, given the site's storage as a node is. */
    String cli(String input, String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        for (int i = 0; i < storage.length; i += 2) {
            args.addAll(List.of("--" + storage[i], storage[i + 1]));
        }
        return Cli.runWithInput(folderA, input, args.toArray(String[]::new));
    }

    /** Adds a web account (role {@code user}) with {@link WebUsers#PASSWORD}. */
    void addWebUser(String name) {
        cli(WebUsers.PASSWORD + "\n", "user", "add", name, "--role", "user", "--password", "-");
    }

    /** Starts the shaded jar as a node of the site on {@code folder}. */
    JarProcess startNode(Path folder, String... settings) throws IOException, InterruptedException {
        return JarProcess.start(folder, List.of(), flags(settings).toArray(String[]::new));
    }

    /** The database both nodes use, for opening it directly. */
    DatabaseLocation database() {
        return TestDatabases.location(folderA);
    }

    /** Every stored file (under the shared images/, or in the bucket) as its key, sorted. */
    List<String> storedKeys() {
        if (bucket != null) {
            return TestS3.shared().objectKeys(bucket).stream().map(key -> key.substring(TestS3.PREFIX.length()))
                    .sorted().toList();
        }
        Path images = folderA.resolve("images");
        try (Stream<Path> files = Files.walk(images)) {
            return files.filter(Files::isRegularFile).map(file -> images.relativize(file).toString()).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a file under {@code key} where the nodes keep theirs, as an upload in flight would. */
    void store(String key, byte[] bytes) {
        if (bucket != null) {
            TestS3.shared().putObject(bucket, TestS3.PREFIX + key, bytes);
            return;
        }
        try {
            Path file = folderA.resolve("images").resolve(key);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a data folder holds at its top, sorted. */
    static List<String> entriesOf(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
