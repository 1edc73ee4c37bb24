package io.vistazo.core.port.out;

import java.util.List;
import java.util.Map;

/**
 * Files being written for uploads whose row is not stored yet. A crash between the two leaves entries here, so
 * the files can be removed at the next start instead of lingering as orphans. Storing the media row ends its
 * entry ({@link MediaRepository#insert}).
 */
public interface UploadJournal {

    /** Records that the files {@code keys} of the upload whose main file is {@code mainKey} are being written. */
    void begin(String mainKey, List<String> keys);

    /** Forgets the upload's entry (it was stored, or abandoned and its files removed). */
    void end(String mainKey);

    /** Unfinished uploads: main key to the keys of the files that may have been written. */
    Map<String, List<String>> pending();
}
