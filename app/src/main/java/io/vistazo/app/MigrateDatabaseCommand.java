package io.vistazo.app;

import io.vistazo.storage.Database;
import io.vistazo.storage.DatabaseCopy;
import io.vistazo.storage.DatabaseLocation;
import io.vistazo.storage.Secret;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code vistazo migrate database --to JDBC_URL [--user U] [--password-file F] [--resume]}: copies every row of
 * the data folder's SQLite database into an empty PostgreSQL database, keeping ids, so links, delete links and API
 * keys keep working. The SQLite file is only read; a run that was interrupted is finished with {@code --resume}.
 * Stop the server first: rows it writes during the copy may be missed.
 */
final class MigrateDatabaseCommand {

    /** The flags of this command beyond the settings. */
    static final Set<String> OPTIONS = Set.of("to", "resume", "user", "password-file");

    private MigrateDatabaseCommand() {
    }

    static int run(Settings settings, PrintStream out) {
        Path dataDir = Path.of(settings.get("data", "vistazo-data")).toAbsolutePath();
        Path sqlite = dataDir.resolve(DatabaseSetup.SQLITE_FILE);
        if (!Files.isRegularFile(sqlite)) {
            throw new IllegalArgumentException("no SQLite database to copy at " + sqlite + " (see --data)");
        }
        String url = settings.get("to").orElseThrow(() -> new IllegalArgumentException(
                "migrate database needs --to jdbc:postgresql://host:5432/database"));
        boolean resume = settings.get("resume").map(Boolean::parseBoolean).orElse(false);
        DatabaseLocation.Postgres target = new DatabaseLocation.Postgres(url,
                settings.get("user").or(() -> settings.get("database-user")).orElse(null), password(settings), 2);
        try (Database from = Database.open(sqlite); Database to = Database.open(target)) {
            long copied = DatabaseCopy.copy(from, to, resume, out::println);
            out.println("Copied " + copied + " rows from " + sqlite + " to " + target.safeUrl() + ".");
            out.println("Start Vistazo with --database-url " + target.safeUrl() + " (and the same data folder "
                    + "for the media files); " + sqlite.getFileName() + " was left as it was.");
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return 0;
    }

    /** {@code --password-file}, else the {@code database-password} settings. */
    private static Secret password(Settings settings) {
        return settings.get("password-file").map(DatabaseSetup::readPasswordFile)
                .orElseGet(() -> DatabaseSetup.password(settings));
    }
}
