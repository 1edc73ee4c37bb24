package io.vistazo.core.service;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.Page;
import io.vistazo.core.domain.StorageMode;
import io.vistazo.core.port.in.DeleteMedia;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.MediaRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** Deletes a media row and every file of its chain. */
public final class DeleteMediaService implements DeleteMedia {

    private final MediaRepository media;
    private final BlobStore blobs;
    private final KeyLocks locks;

    public DeleteMediaService(MediaRepository media, BlobStore blobs) {
        this(media, blobs, new KeyLocks());
    }

    public DeleteMediaService(MediaRepository media, BlobStore blobs, KeyLocks locks) {
        this.media = media;
        this.blobs = blobs;
        this.locks = locks;
    }

    /** Whether {@code secret} is the media's delete secret (constant-time comparison of digests). */
    @Override
    public boolean secretMatches(long id, String secret) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        return media.deleteSecretHash(id)
                .map(stored -> Hashes.sameDigest(stored, Hashes.sha256Hex(secret)))
                .orElse(false);
    }

    /** Deletes with the secret from the delete link; false when the secret is wrong or the media is gone. */
    @Override
    public boolean deleteWithSecret(long id, String secret) {
        if (!secretMatches(id, secret)) {
            return false;
        }
        return media.findById(id).map(this::delete).orElse(false);
    }

    /**
     * Deletes the row first, then the files no other row still needs. In the hash layout the last row's files go
     * in the transaction that deletes it, under the storage key's lock in the database, so an upload of the same
     * bytes on another node either comes first (and keeps the files) or finds them gone and writes them again.
     */
    @Override
    public boolean delete(Media target) {
        ReentrantLock lock = locks.forKey(target.storageKey());
        lock.lock();
        try {
            if (target.storageMode() == StorageMode.HASH) {
                return media.deleteSharing(target.id(), target.storageKey(), () -> deleteFiles(target));
            }
            if (!media.delete(target.id())) {
                return false;
            }
            deleteFiles(target);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Deletes every media the query selects, in pages; returns how many were deleted. */
    public int deleteAll(MediaRepository.Query query) {
        Page batch = Page.first(Page.MAX_SIZE);
        int deleted = 0;
        while (true) {
            List<Media> found = media.list(query, batch);
            int before = deleted;
            for (Media target : found) {
                deleted += delete(target) ? 1 : 0;
            }
            // Deleted rows leave the query, so the first page is always the next; stop when it made no progress.
            if (found.size() < batch.size() || deleted == before) {
                return deleted;
            }
        }
    }

    private void deleteFiles(Media target) {
        try {
            for (ChainMember member : ChainMember.values()) {
                if (target.has(member)) {
                    blobs.delete(target.keyOf(member));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
