package io.vistazo.core.port.out;

import java.net.URI;
import java.nio.file.Path;

/**
 * Downloads URL sources on a user's behalf, reaching only public addresses (or those the operator allows).
 * Refusals are {@link io.vistazo.core.domain.Refusal}s.
 */
public interface RemoteFetcher {

    /**
     * Downloads {@code url} into a new file in {@code workDir}.
     *
     * @param maxBytes the download is refused beyond this size
     */
    Fetched fetch(URI url, long maxBytes, Path workDir);

    /** The downloaded file and the name it had at its last URL. */
    record Fetched(Path file, String filename) {
    }
}
