package io.vistazo.storage;

import io.vistazo.core.port.out.DependencyUnavailable;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The one way repositories reach the database. On SQLite: any number of concurrent readers, and writers
 * serialised by a lock in this process and by {@code BEGIN IMMEDIATE} against other processes (with a busy
 * timeout); taking the write lock up front avoids SQLite's upgrade deadlock, where a reading transaction that
 * later writes fails with {@code SQLITE_BUSY} without waiting. On PostgreSQL, reads and writes share one pool and
 * the server orders concurrent writers. A connection that cannot be had or is lost surfaces as
 * {@link DependencyUnavailable}.
 */
final class SqlAccess {

    static final String DEPENDENCY = DependencyUnavailable.DATABASE;
    /** Enough to get past the dead connections of a small pool after a restart; each retry is immediate. */
    private static final int STALE_RETRIES = 3;

    private final Jdbi reads;
    private final Jdbi writeJdbi;
    private final Dialect dialect;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Runnable closeConnections;
    private final AtomicLong writes = new AtomicLong();
    private final LongAdder statements = new LongAdder();
    private volatile boolean closed;

    SqlAccess(Jdbi reads, Jdbi writes, Dialect dialect, Runnable closeConnections) {
        this.reads = reads;
        this.writeJdbi = writes;
        this.dialect = dialect;
        this.closeConnections = closeConnections;
        SqlLogger counting = new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.increment();
            }

            @Override
            public void logException(StatementContext context, SQLException failure) {
                statements.increment();
            }
        };
        reads.setSqlLogger(counting);
        writes.setSqlLogger(counting);
    }

    Dialect dialect() {
        return dialect;
    }

    /** Runs statements in autocommit mode on a reading connection. */
    <R> R read(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        return reachable(() -> retryingStale(() -> reads.withHandle(work)));
    }

    /** Runs several reads in one transaction, so they see one snapshot. */
    <R> R readSnapshot(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        return reachable(() -> retryingStale(() -> reads.inTransaction(handle -> {
            dialect.startSnapshot(handle);
            return work.withHandle(handle);
        })));
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

    /**
     * A write whose check-then-insert another node may race (PostgreSQL's read committed does not see its
     * uncommitted row): the unique constraint that catches it becomes the same refusal as the check's.
     *
     * @throws IllegalArgumentException with {@code takenMessage} when a unique constraint refused the write
     */
    <R> R writeUnique(String takenMessage, HandleCallback<R, RuntimeException> work) {
        try {
            return write(work);
        } catch (JdbiException e) {
            if (uniqueViolation(e)) {
                throw new IllegalArgumentException(takenMessage, e);
            }
            throw e;
        }
    }

    /**
     * One statement that writes, alone: on PostgreSQL in autocommit (the statement is its own transaction, a round
     * trip fewer than {@code BEGIN} … {@code COMMIT}); on SQLite as {@link #write}, whose lock it needs.
     */
    <R> R writeAlone(HandleCallback<R, RuntimeException> statement) {
        if (dialect.serialisesWrites()) {
            return write(statement);
        }
        ensureOpen();
        try {
            return reachable(() -> writeJdbi.withHandle(statement));
        } finally {
            this.writes.incrementAndGet();
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

    /** Statements sent so far (a batch counts once; {@code BEGIN} and {@code COMMIT} do not count). */
    long statementCount() {
        return statements.sum();
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

    /**
     * Reads again when the pooled connection they got turned out to be dead (the server restarted since it was
     * last used): the pool drops such a connection, so the next attempt gets another or a new one. Only reads are
     * retried; a pool that has no connection to give is not waited on twice.
     */
    private static <R> R retryingStale(Supplier<R> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (JdbiException e) {
                if (attempt > STALE_RETRIES || !staleConnection(e)) {
                    throw e;
                }
            }
        }
    }

    /** The server ended a connection the pool still held: SQL states 57P01 (admin shutdown) and 08006. */
    private static boolean staleConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return false;
            }
            if (cause instanceof SQLException sql && ("57P01".equals(sql.getSQLState())
                    || "08006".equals(sql.getSQLState()) || "08003".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
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

    /** SQL state 23505 (PostgreSQL), or SQLite's unique constraint failure. */
    private static boolean uniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("UNIQUE constraint failed"))) {
                return true;
            }
        }
        return false;
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
