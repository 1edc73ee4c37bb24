package io.vistazo.core.service;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks by storage key, so that writing a shared (content-addressed) file and dropping its last
 * reference never interleave within this process.
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
