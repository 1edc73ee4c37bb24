package io.vistazo.app;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waiting for a condition within a bound, by polling, where a test would otherwise sleep a fixed time. */
final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private Poll() {
    }

    /** Polls {@code condition} until it holds or {@code limit} has passed; returns whether it held. */
    static boolean within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(INTERVAL.toNanos());
        }
        return true;
    }
}
