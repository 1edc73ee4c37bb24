package io.vistazo.storage;

import com.zaxxer.hikari.HikariDataSource;
import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.port.out.CategoryRepository;
import io.vistazo.core.port.out.DependencyUnavailable;
import io.vistazo.core.port.out.FailureCounts;
import io.vistazo.core.port.out.HealthProbe;
import io.vistazo.core.port.out.InviteRepository;
import io.vistazo.core.port.out.KeyRepository;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.NodeRegistry;
import io.vistazo.core.port.out.SessionRepository;
import io.vistazo.core.port.out.SettingsRepository;
import io.vistazo.core.port.out.SiteStatistics;
import io.vistazo.core.port.out.UploadHistory;
import io.vistazo.core.port.out.UploadJournal;
import io.vistazo.core.port.out.UserRepository;
import io.vistazo.core.port.out.ViewRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One database, a SQLite file or a PostgreSQL server: opens it, migrates its schema and hands out the
 * repositories, which are safe to share between threads and run the same SQL on both. Close it once at shutdown.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    private static final int IDLE_READ_CONNECTIONS = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

    private final SqlAccess sql;
    private final Runnable closeExtra;
    private final SqlMediaRepository media;
    private final SqlKeyRepository keys;
    private final SqlUserRepository users;
    private final SqlAlbumRepository albums;
    private final SqlCategoryRepository categories;
    private final SqlSettingsRepository settings;
    private final SqlViewRepository views;
    private final SqlUploadHistory uploads;
    private final SqlInviteRepository invites;
    private final SqlSessionRepository sessions;
    private final SqlFailureCounts failures;
    private final SqlNodeRegistry nodes;

    private Database(SqlAccess sql, Runnable closeExtra, Duration rereadAfter) {
        this.sql = sql;
        this.closeExtra = closeExtra;
        this.media = new SqlMediaRepository(sql);
        this.keys = new SqlKeyRepository(sql, rereadAfter);
        this.users = new SqlUserRepository(sql, rereadAfter);
        this.albums = new SqlAlbumRepository(sql);
        this.categories = new SqlCategoryRepository(sql);
        this.settings = new SqlSettingsRepository(sql);
        this.failures = new SqlFailureCounts(sql);
        this.nodes = new SqlNodeRegistry(sql);
        this.views = new SqlViewRepository(sql);
        this.uploads = new SqlUploadHistory(sql);
        this.sessions = new SqlSessionRepository(sql);
        this.invites = new SqlInviteRepository(sql);
    }

    /**
     * Opens the SQLite database at {@code file}, creating it and its folder if needed, and applies pending
     * migrations.
     *
     * @throws IllegalStateException when the file was migrated by a newer Vistazo
     */
    public static Database open(Path file) {
        return open(new DatabaseLocation.SqliteFile(file));
    }

    /**
     * Opens the database, SQLite file or PostgreSQL server, and applies pending migrations (on PostgreSQL under
     * a lock, so nodes starting together apply each script once).
     *
     * @throws IllegalStateException when the database was migrated by a newer Vistazo
     * @throws io.vistazo.core.port.out.DependencyUnavailable when the PostgreSQL server cannot be reached
     */
    public static Database open(DatabaseLocation location) {
        return open(location, Duration.ZERO);
    }

    /**
     * As {@link #open(DatabaseLocation)}, keeping the API keys and accounts it finds for {@code rereadAfter} before
     * reading them again (a server's requests look them up every time); writes through this database forget them.
     */
    public static Database open(DatabaseLocation location, Duration rereadAfter) {
        if (location instanceof DatabaseLocation.Postgres postgres) {
            return openPostgres(postgres, rereadAfter);
        }
        return openSqlite(((DatabaseLocation.SqliteFile) location).file(), rereadAfter);
    }

    private static Database openSqlite(Path file, Duration rereadAfter) {
        Path absolute = file.toAbsolutePath().normalize();
        createParentFolder(absolute);
        String url = "jdbc:sqlite:" + absolute;
        PooledConnections readPool = new PooledConnections(dataSource(url, SQLiteConfig.TransactionMode.DEFERRED),
                IDLE_READ_CONNECTIONS);
        // Writes are serialised, so one connection serves them all.
        PooledConnections writePool = new PooledConnections(dataSource(url, SQLiteConfig.TransactionMode.IMMEDIATE), 1);
        Jdbi reads = Jdbi.create(readPool);
        Jdbi writes = Jdbi.create(writePool);
        Handle keepAlive = openInWalMode(reads, absolute);
        SqlAccess sql = new SqlAccess(reads, writes, Dialect.SQLITE, () -> {
            readPool.closeAll();
            writePool.closeAll();
        });
        return migrated(sql, keepAlive::close, absolute.toString(), rereadAfter);
    }

    private static Database openPostgres(DatabaseLocation.Postgres location, Duration rereadAfter) {
        HikariDataSource pool;
        try {
            pool = PostgresPool.open(location);
        } catch (RuntimeException e) {
            if (SqlAccess.lostConnection(e)) {
                throw new DependencyUnavailable(SqlAccess.DEPENDENCY, e);
            }
            throw e;
        }
        Jdbi jdbi = Jdbi.create(pool);
        SqlAccess sql = new SqlAccess(jdbi, jdbi, Dialect.POSTGRESQL, pool::close);
        return migrated(sql, () -> { }, location.safeUrl(), rereadAfter);
    }

    private static Database migrated(SqlAccess sql, Runnable closeExtra, String where, Duration rereadAfter) {
        try {
            Migrations.apply(sql);
            LOG.info("Opened {} (schema version {})", where, Migrations.currentVersion(sql));
            return new Database(sql, closeExtra, rereadAfter);
        } catch (RuntimeException e) {
            closeExtra.run();
            sql.close();
            throw e;
        }
    }

    /** Answers whether the database takes a trivial query now, for {@code /health}. */
    public HealthProbe healthProbe() {
        return new HealthProbe() {
            @Override
            public String name() {
                return SqlAccess.DEPENDENCY;
            }

            @Override
            public boolean healthy() {
                try {
                    return sql.read(handle -> handle.createQuery("SELECT 1").map(Rows.FIRST_INT).one()) == 1;
                } catch (RuntimeException e) {
                    LOG.debug("database health check failed", e);
                    return false;
                }
            }
        };
    }

    public MediaRepository mediaRepository() {
        return media;
    }

    public KeyRepository keyRepository() {
        return keys;
    }

    /** Counts over the stored media, for the admin dashboard. */
    public SiteStatistics siteStatistics() {
        return new SqlSiteStatistics(sql);
    }

    public UserRepository userRepository() {
        return users;
    }

    public AlbumRepository albumRepository() {
        return albums;
    }

    public CategoryRepository categoryRepository() {
        return categories;
    }

    public ViewRepository viewRepository() {
        return views;
    }

    public UploadHistory uploadHistory() {
        return uploads;
    }

    public SessionRepository sessionRepository() {
        return sessions;
    }

    public InviteRepository inviteRepository() {
        return invites;
    }

    /** The journal of the uploads the node {@code nodeId} writes (see {@link NodeRegistry}). */
    public UploadJournal uploadJournal(String nodeId) {
        return new SqlUploadJournal(sql, nodeId);
    }

    /** Failed attempts counted for every node. */
    public FailureCounts failureCounts() {
        return failures;
    }

    public NodeRegistry nodeRegistry() {
        return nodes;
    }

    public SettingsRepository settingsRepository() {
        return settings;
    }

    /**
     * The SQL statements this database has sent since it was opened, for diagnostics and the tests that hold a
     * request to its cost; {@code BEGIN} and {@code COMMIT} are not counted.
     */
    public long statementCount() {
        return sql.statementCount();
    }

    /** The version of the newest migration applied to this file. */
    int schemaVersion() {
        return Migrations.currentVersion(sql);
    }

    SqlAccess sql() {
        return sql;
    }

    /** After accounts or keys were written past their repositories (an import): they are read again. */
    void forgetRecentAccounts() {
        users.forgetRecent();
        keys.forgetRecent();
    }

    /** Refuses further use; on SQLite the last connection to close checkpoints the WAL into the main file. */
    @Override
    public void close() {
        closeExtra.run();
        sql.close();
    }

    /** Every SQLite connection gets these pragmas. */
    private static SQLiteDataSource dataSource(String url, SQLiteConfig.TransactionMode transactionMode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(transactionMode);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    /**
     * WAL mode is a property of the file, so it is set once here. The connection stays open for the database's
     * lifetime so the WAL is not checkpointed and deleted every time the last short-lived connection closes.
     */
    private static Handle openInWalMode(Jdbi jdbi, Path file) {
        Handle handle = jdbi.open();
        try {
            String mode = handle.createQuery("PRAGMA journal_mode = WAL").map(Rows.FIRST_STRING).one();
            if (!"wal".equalsIgnoreCase(mode)) {
                LOG.warn("{} stays in journal mode {}: WAL is unavailable on this file system", file, mode);
            }
            return handle;
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    private static void createParentFolder(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
    }
}
