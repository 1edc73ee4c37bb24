package io.vistazo.storage;

import io.vistazo.core.port.out.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps small, often-read blobs (thumbs, mediums) in memory in front of another store. Stored blobs never
 * change (keys are never overwritten), so only deletes need to evict.
 */
public final class CachedBlobStore implements BlobStore {

    private final BlobStore files;
    private final long maxEntryBytes;
    private final long capacityBytes;
    private final LinkedHashMap<String, Cached> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long cachedBytes;

    /**
     * @param maxEntryBytes larger blobs are always read from {@code files}
     * @param capacityBytes least recently used entries are dropped beyond this total
     */
    public CachedBlobStore(BlobStore files, long maxEntryBytes, long capacityBytes) {
        this.files = files;
        this.maxEntryBytes = maxEntryBytes;
        this.capacityBytes = capacityBytes;
    }

    @Override
    public boolean create(String key, Path source) throws IOException {
        return files.create(key, source);
    }

    @Override
    public boolean exists(String key) {
        return cached(key) != null || files.exists(key);
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
        if (hit != null) {
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

    private static Cached load(Blob blob) {
        try (InputStream in = blob.openAt(0)) {
            return new Cached(in.readAllBytes(), blob.lastModified());
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

    /** A blob held in memory. */
    private record Cached(byte[] bytes, Instant lastModified) implements Blob {

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
