package io.vistazo.storage;

import io.vistazo.core.port.out.HealthProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A health check that costs a request to another service, run at most once per interval: {@code /health} may
 * be asked as often as a load balancer likes without that service seeing more than one check per interval. While
 * one caller runs the check, the others get the last answer instead of waiting for it.
 */
final class CachedHealthProbe implements HealthProbe {

    private final String name;
    private final BooleanSupplier check;
    private final Duration interval;
    private final Clock clock;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile boolean healthy = true;
    private volatile Instant checkedAt;

    /** @param check true when the service answered; never throws */
    CachedHealthProbe(String name, BooleanSupplier check, Duration interval, Clock clock) {
        this.name = name;
        this.check = check;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean healthy() {
        Instant last = checkedAt;
        boolean due = last == null || !clock.instant().isBefore(last.plus(interval));
        if (due && checking.compareAndSet(false, true)) {
            try {
                healthy = check.getAsBoolean();
                checkedAt = clock.instant();
            } finally {
                checking.set(false);
            }
        }
        return healthy;
    }
}
