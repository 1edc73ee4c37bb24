package io.vistazo.core.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Files being written for uploads whose row is not stored yet, each entry tagged with the node writing it. A crash
 * between the two leaves entries here, so the files can be removed once the node is known to be gone instead of
 * lingering as orphans. Storing the media row ends its entries ({@link MediaRepository#insert}).
 */
public interface UploadJournal {

    /** An unfinished upload of a node that is gone. */
    record Abandoned(String nodeId, String mainKey, List<String> keys) {
    }

    /**
     * Records that this node is writing the files {@code keys} of the upload whose main file is {@code mainKey}.
     */
    void begin(String mainKey, List<String> keys);

    /** Forgets the upload's entries (it was stored, or abandoned and its files removed). */
    void end(String mainKey);

    /** Unfinished uploads of every node: main key to the keys of the files that may have been written. */
    Map<String, List<String>> pending();

    /**
     * Unfinished uploads of nodes that did not beat at or after {@code aliveSince} (see {@link NodeRegistry}), or
     * that were written before entries named their node; never one whose main key a live node is writing too.
     */
    List<Abandoned> abandoned(Instant aliveSince);

    /** Forgets one abandoned upload's entries, leaving any other node's entries for the same key. */
    void forget(Abandoned upload);
}
