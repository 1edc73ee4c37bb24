package io.vistazo.app;

import io.vistazo.core.service.ExpirationSweeper;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the expiration sweeper, and the clean-up after nodes that are gone, on one daemon thread, every interval,
 * and logs what each run did.
 */
final class SweepSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SweepSchedule.class);

    private final ScheduledExecutorService executor;

    private SweepSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Sweeps once, now, on the caller's thread: the server starts with nothing expired left behind. */
    static void sweepNow(ExpirationSweeper sweeper) {
        ExpirationSweeper.Result result = sweeper.sweep();
        log(result);
    }

    /** Sweeps every {@code interval}, the first time one interval from now, each time also running {@code alsoEach}. */
    static SweepSchedule every(Duration interval, ExpirationSweeper sweeper, Runnable alsoEach) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vistazo-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(() -> sweepQuietly(sweeper, alsoEach), millis, millis, TimeUnit.MILLISECONDS);
        return new SweepSchedule(executor);
    }

    /** A scheduled task that throws is never run again, so a failed run is logged and the next one still comes. */
    private static void sweepQuietly(ExpirationSweeper sweeper, Runnable alsoEach) {
        try {
            sweepNow(sweeper);
        } catch (RuntimeException e) {
            LOG.error("expiration sweep failed; retrying at the next interval", e);
        }
        try {
            alsoEach.run();
        } catch (RuntimeException e) {
            LOG.error("clean-up after gone nodes failed; retrying at the next interval", e);
        }
    }

    private static void log(ExpirationSweeper.Result result) {
        if (result.deleted() > 0) {
            LOG.info("Deleted {} expired media", result.deleted());
        }
        for (ExpirationSweeper.Failure failure : result.failures()) {
            LOG.error("could not delete expired media {}", failure.mediaId(), failure.error());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
