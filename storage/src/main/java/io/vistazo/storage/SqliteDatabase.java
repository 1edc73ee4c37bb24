package io.vistazo.storage;

import io.vistazo.core.port.out.AlbumRepository;
import io.vistazo.core.port.out.CategoryRepository;
import io.vistazo.core.port.out.FailureCounts;
import io.vistazo.core.port.out.KeyRepository;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.NodeRegistry;
import io.vistazo.core.port.out.SessionRepository;
import io.vistazo.core.port.out.SettingsRepository;
import io.vistazo.core.port.out.UploadJournal;
import io.vistazo.core.port.out.UploadHistory;
import io.vistazo.core.port.out.UserRepository;
import io.vistazo.core.port.out.ViewRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite database file: opens or creates it, migrates its schema and hands out the repositories, which are
 * safe to share between threads. Close it once at shutdown.
 */
public final class SqliteDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    private static final int IDLE_READ_CONNECTIONS = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

    private final SqlAccess sql;
    private final Handle keepAlive;
    private final SqliteMediaRepository media;
    private final SqliteKeyRepository keys;
    private final SqliteUserRepository users;
    private final SqliteAlbumRepository albums;
    private final SqliteCategoryRepository categories;
    private final SqliteSettingsRepository settings;
    private final SqliteViewRepository views;
    private final SqliteUploadHistory uploads;
    private final SqliteSessionRepository sessions;
    private final SqlFailureCounts failures;
    private final SqlNodeRegistry nodes;

    private SqliteDatabase(SqlAccess sql, Handle keepAlive) {
        this.sql = sql;
        this.keepAlive = keepAlive;
        this.media = new SqliteMediaRepository(sql);
        this.keys = new SqliteKeyRepository(sql);
        this.users = new SqliteUserRepository(sql);
        this.albums = new SqliteAlbumRepository(sql);
        this.categories = new SqliteCategoryRepository(sql);
        this.settings = new SqliteSettingsRepository(sql);
        this.failures = new SqlFailureCounts(sql);
        this.nodes = new SqlNodeRegistry(sql);
        this.views = new SqliteViewRepository(sql);
        this.uploads = new SqliteUploadHistory(sql);
        this.sessions = new SqliteSessionRepository(sql);
    }

    /**
     * Opens the database at {@code file}, creating it and its folder if needed, and applies pending migrations.
     *
     * @throws IllegalStateException when the file was migrated by a newer Vistazo
     */
    public static SqliteDatabase open(Path file) {
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
        try {
            SqlAccess sql = new SqlAccess(reads, writes, () -> {
                readPool.closeAll();
                writePool.closeAll();
            });
            Migrations.apply(sql);
            LOG.info("Opened {} (schema version {})", absolute, Migrations.currentVersion(sql));
            return new SqliteDatabase(sql, keepAlive);
        } catch (RuntimeException e) {
            keepAlive.close();
            readPool.closeAll();
            writePool.closeAll();
            throw e;
        }
    }

    public MediaRepository mediaRepository() {
        return media;
    }

    public KeyRepository keyRepository() {
        return keys;
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

    /** The journal of the uploads the node {@code nodeId} writes (see {@link NodeRegistry}). */
    public UploadJournal uploadJournal(String nodeId) {
        return new SqliteUploadJournal(sql, nodeId);
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

    /** The version of the newest migration applied to this file. */
    int schemaVersion() {
        return Migrations.currentVersion(sql);
    }

    SqlAccess sql() {
        return sql;
    }

    /** Refuses further use; the last connection to close checkpoints the WAL into the main file. */
    @Override
    public void close() {
        keepAlive.close();
        sql.close();
    }

    /** Every connection gets these pragmas. */
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
