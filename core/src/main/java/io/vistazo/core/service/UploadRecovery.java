package io.vistazo.core.service;

import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.UploadJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Finishes what a crash interrupted: files written for uploads whose row was never stored are removed, unless
 * another row uses them (content-addressed files are shared). Runs at start-up, before the server takes requests.
 */
public final class UploadRecovery {

    private final UploadJournal journal;
    private final MediaRepository media;
    private final BlobStore blobs;

    public UploadRecovery(UploadJournal journal, MediaRepository media, BlobStore blobs) {
        this.journal = journal;
        this.media = media;
        this.blobs = blobs;
    }

    /** @return how many interrupted uploads were cleaned up */
    public int recover() {
        Map<String, List<String>> pending = journal.pending();
        for (Map.Entry<String, List<String>> upload : pending.entrySet()) {
            if (media.countByKey(upload.getKey()) == 0) {
                deleteAll(upload.getValue());
            }
            journal.end(upload.getKey());
        }
        return pending.size();
    }

    private void deleteAll(List<String> keys) {
        try {
            for (String key : keys) {
                blobs.delete(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
