package io.vistazo.storage;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rows that every request reads and that rarely change (an API key, its user), kept for a moment so that a busy
 * client does not cost a query per request: each is read again once the keeping time (the server's is
 * {@code SharedState.REREAD_AFTER}) has passed, so changes other nodes make are seen within it, and the repository
 * that writes such a row forgets them all at once. Only rows that were found are kept; a zero time keeps none.
 */
final class RecentRows<K, V> {

    private static final int MAX_ROWS = 10_000;

    private final long keepNanos;
    private final Map<K, Row<V>> rows = new ConcurrentHashMap<>();
    /** Moves on every {@link #forgetAll}, so a read that raced a write does not store what it read before it. */
    private final AtomicLong generation = new AtomicLong();

    RecentRows(Duration keep) {
        this.keepNanos = keep.toNanos();
    }

    private record Row<V>(V value, long readAt) {
    }

    /** The row kept for {@code key} if read less than the keeping time ago, else what {@code read} finds now. */
    Optional<V> get(K key, Supplier<Optional<V>> read) {
        long now = System.nanoTime();
        Row<V> row = keepNanos > 0 ? rows.get(key) : null;
        if (row != null && now - row.readAt() < keepNanos) {
            return Optional.of(row.value());
        }
        long before = generation.get();
        Optional<V> found = read.get();
        if (keepNanos > 0 && found.isPresent() && generation.get() == before) {
            if (rows.size() >= MAX_ROWS) {
                rows.clear();
            }
            Row<V> kept = new Row<>(found.get(), now);
            rows.put(key, kept);
            if (generation.get() != before) {
                rows.remove(key, kept);
            }
        }
        return found;
    }

    /** Makes the write, then (committed or not) forgets every row of {@code forgotten}: they are read again. */
    static <R> R forgettingAfter(Supplier<R> write, RecentRows<?, ?>... forgotten) {
        try {
            return write.get();
        } finally {
            for (RecentRows<?, ?> rows : forgotten) {
                rows.forgetAll();
            }
        }
    }

    /** After a write: every row is read again on its next use. */
    void forgetAll() {
        generation.incrementAndGet();
        rows.clear();
    }
}
