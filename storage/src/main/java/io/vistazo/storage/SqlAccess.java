package io.vistazo.storage;

import io.vistazo.core.port.out.DependencyUnavailable;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The one way repositories reach the database. On SQLite: any number of concurrent readers, and writers
 * serialised by a lock in this process and by {@code BEGIN IMMEDIATE} against other processes (with a busy
 * timeout); taking the write lock up front avoids SQLite's upgrade deadlock, where a reading transaction that
 * later writes fails with {@code SQLITE_BUSY} without waiting. On PostgreSQL, reads and writes share one pool and
 * the server orders concurrent writers. A connection that cannot be had or is lost surfaces as
 * {@link DependencyUnavailable}.
 */
final class SqlAccess {

    static final String DEPENDENCY = "database";

    private final Jdbi reads;
    private final Jdbi writeJdbi;
    private final Dialect dialect;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Runnable closeConnections;
    private final AtomicLong writes = new AtomicLong();
    private volatile boolean closed;

    SqlAccess(Jdbi reads, Jdbi writes, Dialect dialect, Runnable closeConnections) {
        this.reads = reads;
        this.writeJdbi = writes;
        this.dialect = dialect;
        this.closeConnections = closeConnections;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Runs statements in autocommit mode on a reading connection. */
    <R> R read(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        return reachable(() -> reads.withHandle(work));
    }

    /** Runs several reads in one transaction, so they see one snapshot. */
    <R> R readSnapshot(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        TransactionIsolationLevel level = dialect.snapshotIsolation();
        if (level == TransactionIsolationLevel.UNKNOWN) {
            return reachable(() -> reads.inTransaction(work));
        }
        return reachable(() -> reads.inTransaction(level, work));
    }

    /** Runs the work in one write transaction. Never call from inside another write: it would wait on itself. */
    <R> R write(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        boolean serialised = dialect.serialisesWrites();
        if (serialised) {
            writeLock.lock();
        }
        try {
            return reachable(() -> writeJdbi.inTransaction(work));
        } finally {
            this.writes.incrementAndGet();
            if (serialised) {
                writeLock.unlock();
            }
        }
    }

    void useWrite(HandleConsumer<RuntimeException> work) {
        write(handle -> {
            work.useHandle(handle);
            return null;
        });
    }

    /** Runs the work on one connection of its own, outside any transaction: for session-wide locks. */
    void useSession(HandleConsumer<RuntimeException> work) {
        ensureOpen();
        reachable(() -> {
            writeJdbi.useHandle(work);
            return null;
        });
    }

    /** Counts write transactions in this process; it changes after every write, committed or not. */
    long writeCount() {
        return writes.get();
    }

    void close() {
        closed = true;
        closeConnections.run();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
    }

    private static <R> R reachable(Supplier<R> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            if (lostConnection(e)) {
                throw new DependencyUnavailable(DEPENDENCY, e);
            }
            throw e;
        }
    }

    /**
     * No connection could be had (the pool timed out), or the one in use broke: SQL states of class 08
     * (connection exception) and 57P01-57P03 (the server is shutting down or starting).
     */
    static boolean lostConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
