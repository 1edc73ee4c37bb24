package io.vistazo.core.service;

import io.vistazo.core.domain.Media;
import io.vistazo.core.port.out.MediaRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes expired media, files first gone from view then from disk, in batches through {@link DeleteMediaService},
 * and forgets visits that can no longer matter. The application runs it at start-up and then periodically.
 */
public final class ExpirationSweeper {

    static final int BATCH = 50;
    /** Bounds one run; whatever is left waits for the next. */
    static final int MAX_BATCHES = 200;

    private final MediaRepository media;
    private final DeleteMediaService deleter;
    private final ViewCounter views;
    private final Clock clock;

    public ExpirationSweeper(MediaRepository media, DeleteMediaService deleter, ViewCounter views, Clock clock) {
        this.media = media;
        this.deleter = deleter;
        this.views = views;
        this.clock = clock;
    }

    /**
     * One run. A media that fails to delete is reported and never stops the others; if its row is still there, the
     * next run tries again.
     */
    public Result sweep() {
        int deleted = 0;
        List<Failure> failures = new ArrayList<>();
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Media> expired = media.expired(clock.instant(), BATCH);
            int deletedInBatch = 0;
            for (Media target : expired) {
                try {
                    deletedInBatch += deleter.delete(target) ? 1 : 0;
                } catch (RuntimeException e) {
                    failures.add(new Failure(target.id(), e));
                }
            }
            deleted += deletedInBatch;
            // A short batch was the last; a batch where nothing could be deleted would only repeat itself.
            if (expired.size() < BATCH || deletedInBatch == 0) {
                break;
            }
        }
        return new Result(deleted, List.copyOf(failures), views.forgetOldVisits());
    }

    /** @param forgottenVisits per-visitor view records dropped because their day is over */
    public record Result(int deleted, List<Failure> failures, int forgottenVisits) {
    }

    public record Failure(long mediaId, RuntimeException error) {
    }
}
