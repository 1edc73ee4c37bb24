package io.vistazo.core.service;

import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.UploadJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Finishes what a crash interrupted: files written for uploads whose row was never stored are removed, unless
 * another row uses them (content-addressed files are shared). Only uploads of nodes that are gone are touched, so
 * any node may run it while others take uploads: at its start, with every sweep, and in {@code check --repair}.
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

    /**
     * @param aliveSince nodes that beat at or after this are alive, and their uploads are left alone
     * @return how many interrupted uploads were cleaned up
     */
    public int recover(Instant aliveSince) {
        List<UploadJournal.Abandoned> abandoned = journal.abandoned(aliveSince);
        for (UploadJournal.Abandoned upload : abandoned) {
            media.removeIfUnused(upload.mainKey(), () -> deleteAll(upload.keys()));
            journal.forget(upload);
        }
        return abandoned.size();
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
