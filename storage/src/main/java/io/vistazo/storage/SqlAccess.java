package io.vistazo.storage;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The one way repositories reach the database: any number of concurrent readers, and writers serialised by a
 * lock in this process and by {@code BEGIN IMMEDIATE} against other processes (with a busy timeout). Taking the
 * write lock up front avoids SQLite's upgrade deadlock, where a reading transaction that later writes fails
 * with {@code SQLITE_BUSY} without waiting.
 */
final class SqlAccess {

    private final Jdbi reads;
    private final Jdbi writeJdbi;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Runnable closeConnections;
    private final AtomicLong writes = new AtomicLong();
    private volatile boolean closed;

    SqlAccess(Jdbi reads, Jdbi writes, Runnable closeConnections) {
        this.reads = reads;
        this.writeJdbi = writes;
        this.closeConnections = closeConnections;
    }

    /** Runs statements in autocommit mode on a reading connection. */
    <R> R read(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        return reads.withHandle(work);
    }

    /** Runs several reads in one transaction, so they see one snapshot. */
    <R> R readSnapshot(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        return reads.inTransaction(work);
    }

    /** Runs the work in one write transaction. Never call from inside another write: it would wait on itself. */
    <R> R write(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        writeLock.lock();
        try {
            return writeJdbi.inTransaction(work);
        } finally {
            this.writes.incrementAndGet();
            writeLock.unlock();
        }
    }

    void useWrite(HandleConsumer<RuntimeException> work) {
        write(handle -> {
            work.useHandle(handle);
            return null;
        });
    }

    /** The rowid the handle's last INSERT created. */
    static long lastInsertId(Handle handle) {
        return handle.createQuery("SELECT last_insert_rowid()").map(Rows.FIRST_LONG).one();
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
}
