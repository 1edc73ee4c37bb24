package io.vistazo.core.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the bytes of originals and derivatives live, addressed by keys such as {@code 2024/10/10/cat.jpg}. */
public interface BlobStore {

    /**
     * Stores {@code source} under {@code key} atomically: readers see the whole file or nothing. The store may
     * take the file over rather than copy it (a hard link), so the caller must not change it afterwards; it may
     * delete it.
     *
     * @return false, writing nothing, when the key already exists (never overwrites)
     */
    boolean create(String key, Path source) throws IOException;

    boolean exists(String key);

    /** Removes the key; a missing key is not an error. */
    void delete(String key) throws IOException;

    Optional<Blob> find(String key);

    /** Every stored key (for consistency checks), in no particular order. */
    Stream<String> keys() throws IOException;

    /** A stored file, readable from any offset (for HTTP ranges). */
    interface Blob {
        long size();

        Instant lastModified();

        /** @throws java.nio.file.NoSuchFileException when the file was removed since it was found */
        InputStream openAt(long offset) throws IOException;

        /**
         * At least {@code length} bytes from {@code offset}; a remote store fetches only those (an HTTP range),
         * where {@link #openAt} would fetch the whole rest of the blob.
         */
        default InputStream open(long offset, long length) throws IOException {
            return openAt(offset);
        }
    }
}
