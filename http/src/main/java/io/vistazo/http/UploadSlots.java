package io.vistazo.http;

import io.vistazo.core.domain.Refusal;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many uploads are processed at once, over the API and the web uploader together; more wait in line, for a
 * while, then get 503.
 */
final class UploadSlots {

    private final Semaphore slots;
    private final long waitMillis;

    UploadSlots(HttpSettings.Limits limits) {
        this.slots = new Semaphore(limits.maxConcurrentUploads(), true);
        this.waitMillis = limits.uploadQueueTimeout().toMillis();
    }

    /** Takes a slot, which the caller must {@link #release()}, or refuses with 503. */
    void acquire() throws InterruptedException {
        if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
            throw Refusal.busy();
        }
    }

    void release() {
        slots.release();
    }
}
