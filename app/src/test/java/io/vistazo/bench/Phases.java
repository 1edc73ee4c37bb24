package io.vistazo.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs one request kind from N threads for a fixed time, bounded in count by the time. */
final class Phases {

    private Phases() {
    }

    /** One request; true when it succeeded. */
    @FunctionalInterface
    interface Request {
        boolean send() throws Exception;
    }

    static Stats run(int concurrency, Duration length, Request request) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<List<Long>>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            workers.add(pool.submit(() -> loop(end, request, ok, errors)));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            latencies.addAll(worker.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Stats(ok.get(), errors.get(), seconds, latencies.stream().mapToLong(Long::longValue).toArray());
    }

    private static List<Long> loop(long end, Request request, AtomicInteger ok, AtomicInteger errors) {
        List<Long> latencies = new ArrayList<>();
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            boolean success;
            try {
                success = request.send();
            } catch (Exception e) {
                success = false;
            }
            if (success) {
                ok.incrementAndGet();
                latencies.add((System.nanoTime() - started) / 1000);
            } else {
                errors.incrementAndGet();
            }
        }
        return latencies;
    }
}
