package io.vistazo.core.service;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks by key within this process (uploads of the same content-addressed bytes take their digest's
 * stripe). Across processes, the upload of some bytes and the delete of their last row are ordered by a lock on
 * the storage key in the database: see {@code MediaRepository.insertSharing} and {@code deleteSharing}.
 */
public final class KeyLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public KeyLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    ReentrantLock forKey(String key) {
        return stripes[Math.floorMod(key.hashCode(), stripes.length)];
    }
}
