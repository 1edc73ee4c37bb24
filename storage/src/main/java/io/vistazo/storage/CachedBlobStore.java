package io.vistazo.storage;

import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.DependencyUnavailable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps small, often-read blobs (thumbs, mediums) in memory in front of another store. Stored blobs never
 * change (keys are never overwritten), so only deletes need to evict: this process's deletes at once, and those of
 * other nodes sharing the store within {@code recheckAfter}, when a hit older than that asks the store whether
 * the blob still exists (one cheap existence check per blob and period, never one per request).
 */
public final class CachedBlobStore implements BlobStore {

    private final BlobStore files;
    private final long maxEntryBytes;
    private final long capacityBytes;
    private final Duration recheckAfter;
    private final Clock clock;
    private final LinkedHashMap<String, Cached> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long cachedBytes;

    /**
     * @param maxEntryBytes larger blobs are always read from {@code files}
     * @param capacityBytes least recently used entries are dropped beyond this total
     * @param recheckAfter how long a cached blob is served before the store is asked whether it still exists
     */
    public CachedBlobStore(BlobStore files, long maxEntryBytes, long capacityBytes, Duration recheckAfter,
                           Clock clock) {
        this.files = files;
        this.maxEntryBytes = maxEntryBytes;
        this.capacityBytes = capacityBytes;
        this.recheckAfter = recheckAfter;
        this.clock = clock;
    }

    @Override
    public boolean create(String key, Path source) throws IOException {
        return files.create(key, source);
    }

    @Override
    public boolean exists(String key) {
        return files.exists(key);
    }

    @Override
    public void delete(String key) throws IOException {
        evict(key);
        files.delete(key);
    }

    @Override
    public Stream<String> keys() throws IOException {
        return files.keys();
    }

    @Override
    public Optional<Blob> find(String key) {
        Cached hit = cached(key);
        if (hit != null && stillStored(key, hit)) {
            return Optional.of(hit);
        }
        Optional<Blob> blob = files.find(key);
        if (blob.isEmpty() || blob.get().size() > maxEntryBytes || capacityBytes <= 0) {
            return blob;
        }
        Cached loaded = load(blob.get());
        remember(key, loaded);
        return Optional.of(loaded);
    }

    /**
     * A hit checked within the period is trusted; an older one is checked now, and evicted if another node deleted it.
     */
    private boolean stillStored(String key, Cached hit) {
        Instant now = clock.instant();
        if (hit.checkedAt().plus(recheckAfter).isAfter(now)) {
            return true;
        }
        if (!storedOrUnknown(key)) {
            evict(key);
            return false;
        }
        remember(key, hit.checkedAt(now));
        return true;
    }

    /**
     * Whether the store still has the key; true while the store cannot say (it is down), since then nobody
     * deletes from it either, and whether the file may be served is still read from its row on every request.
     */
    private boolean storedOrUnknown(String key) {
        try {
            return files.exists(key);
        } catch (UncheckedIOException e) {
            if (DependencyUnavailable.in(e) == null) {
                throw e;
            }
            return true;
        }
    }

    private Cached load(Blob blob) {
        try (InputStream in = blob.openAt(0)) {
            return new Cached(in.readAllBytes(), blob.lastModified(), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Cached cached(String key) {
        return entries.get(key);
    }

    private synchronized void remember(String key, Cached blob) {
        Cached previous = entries.put(key, blob);
        cachedBytes += blob.size() - (previous == null ? 0 : previous.size());
        var eldest = entries.entrySet().iterator();
        while (cachedBytes > capacityBytes && eldest.hasNext()) {
            Map.Entry<String, Cached> entry = eldest.next();
            cachedBytes -= entry.getValue().size();
            eldest.remove();
        }
    }

    private synchronized void evict(String key) {
        Cached removed = entries.remove(key);
        if (removed != null) {
            cachedBytes -= removed.size();
        }
    }

    /** A blob held in memory, and when the store last said it exists. */
    private record Cached(byte[] bytes, Instant lastModified, Instant checkedAt) implements Blob {

        Cached checkedAt(Instant now) {
            return new Cached(bytes, lastModified, now);
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream openAt(long offset) {
            return new ByteArrayInputStream(bytes, (int) Math.min(offset, bytes.length),
                    (int) Math.max(0, bytes.length - offset));
        }
    }
}
