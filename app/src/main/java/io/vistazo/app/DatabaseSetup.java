package io.vistazo.app;

import io.vistazo.storage.DatabaseLocation;
import io.vistazo.storage.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the database settings: {@code database} ({@code sqlite}, the default, or {@code postgresql}),
 * {@code database-url}, {@code database-user}, {@code database-password} (or {@code database-password-file})
 * and {@code database-pool-size}. The server and every CLI command open the database from here.
 */
final class DatabaseSetup {

    static final String SQLITE_FILE = "vistazo.db";

    private DatabaseSetup() {
    }

    /** Every setting of {@code database=postgresql}. */
    static final Set<String> POSTGRES_SETTINGS = Set.of("database-url", "database-user", "database-password",
            "database-password-file", "database-pool-size");

    static DatabaseLocation from(Settings settings, Path dataDir) {
        settings.declare(POSTGRES_SETTINGS);
        Optional<String> url = settings.get("database-url");
        String kind = settings.get("database", url.isPresent() ? "postgresql" : "sqlite");
        if (kind.startsWith("jdbc:")) {
            url = Optional.of(kind);
            kind = "postgresql";
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "sqlite" -> {
                if (url.isPresent()) {
                    throw new IllegalArgumentException("database-url is set but database is sqlite; "
                            + "set database=postgresql or remove database-url");
                }
                yield new DatabaseLocation.SqliteFile(dataDir.resolve(SQLITE_FILE));
            }
            case "postgresql", "postgres" -> new DatabaseLocation.Postgres(
                    url.orElseThrow(() -> new IllegalArgumentException(
                            "database=postgresql needs database-url (jdbc:postgresql://host:5432/vistazo)")),
                    settings.get("database-user").orElse(null), password(settings),
                    settings.getInt("database-pool-size", DatabaseLocation.Postgres.DEFAULT_POOL_SIZE));
            default -> throw new IllegalArgumentException("database must be sqlite or postgresql, not " + kind);
        };
    }

    /** {@code database-password} (or {@code VISTAZO_DATABASE_PASSWORD}), else the first line of the file. */
    static Secret password(Settings settings) {
        Optional<String> password = settings.get("database-password");
        Optional<String> file = settings.get("database-password-file");
        if (password.isPresent() && file.isPresent()) {
            throw new IllegalArgumentException("set database-password or database-password-file, not both");
        }
        return file.map(DatabaseSetup::readPasswordFile).orElseGet(() -> Secret.of(password.orElse(null)));
    }

    /** The first line of the file, without surrounding blanks. */
    static Secret readPasswordFile(String path) {
        try {
            String content = Files.readString(Path.of(path), StandardCharsets.UTF_8);
            return Secret.of(content.lines().findFirst().orElse("").strip());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + path + ": " + e, e);
        }
    }
}
