package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedHealthProbeTest {

    private final SteppedClock clock = new SteppedClock();
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicInteger checks = new AtomicInteger();
    private final CachedHealthProbe probe = new CachedHealthProbe("storage", () -> {
        checks.incrementAndGet();
        return up.get();
    }, Duration.ofSeconds(5), clock);

    @Test
    void theServiceIsAskedAtMostOncePerInterval() {
        assertThat(probe.healthy()).isTrue();
        up.set(false);
        clock.advance(Duration.ofSeconds(4));
        assertThat(probe.healthy()).as("the last answer, within the interval").isTrue();
        assertThat(probe.healthy()).isTrue();
        assertThat(checks).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(probe.healthy()).isFalse();
        assertThat(checks).hasValue(2);

        up.set(true);
        clock.advance(Duration.ofSeconds(5));
        assertThat(probe.healthy()).as("back once the service is").isTrue();
        assertThat(probe.name()).isEqualTo("storage");
    }

    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2024-10-10T10:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
