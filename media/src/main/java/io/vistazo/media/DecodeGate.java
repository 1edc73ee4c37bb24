package io.vistazo.media;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most n renders hold decoded pixels at once; the others wait their turn, first come first served. A burst
 * of large uploads then costs time, not the heap.
 */
final class DecodeGate {

    private final Semaphore permits;

    DecodeGate(int maxConcurrent) {
        this.permits = new Semaphore(maxConcurrent, true);
    }

    <T> T run(Supplier<T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to decode", e);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
