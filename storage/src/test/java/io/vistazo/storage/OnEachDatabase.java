package io.vistazo.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The frame of the repository tests: each test runs once on every {@link DatabaseKind}, on a fresh database opened
 * before it (before the subclass's own {@code @BeforeEach}) and closed after it.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
abstract class OnEachDatabase {

    @Parameter
    DatabaseKind kind;

    @TempDir
    Path folder;

    /** Where the fresh database is: open it again to stand in for a second handle or a restart. */
    DatabaseLocation location;
    Database database;

    @BeforeEach
    void openFreshDatabase() {
        location = kind.freshLocation(folder);
        database = Database.open(location);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The work of one of {@link #onThreadsAtOnce}'s threads, given its number. */
    @FunctionalInterface
    interface ThreadWork {
        void run(int thread) throws Exception;
    }

    /**
     * Runs {@code work} on {@code threads} threads released together, so that their transactions contend; rethrows
     * the first failure, and fails when they take longer than a minute.
     */
    static void onThreadsAtOnce(int threads, ThreadWork work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    work.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
