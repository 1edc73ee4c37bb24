package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(1), clock);

    @Test
    void aClientMayFailUpToTheLimitThenWaitsUntilItsOldestFailureLeavesTheWindow() {
        limiter.recordFailure("10.0.0.1");
        clock.advance(Duration.ofSeconds(10));
        limiter.recordFailure("10.0.0.1");
        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isZero();
        limiter.recordFailure("10.0.0.1");

        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isEqualTo(50);
        assertThat(limiter.secondsUntilAllowed("10.0.0.2")).isZero();

        clock.advance(Duration.ofMillis(49_500));
        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isEqualTo(1);
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isZero();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure("a");
            clock.advance(Duration.ofSeconds(30));
        }
        // Of the failures 150, 120, 90, 60 and 30 s ago, only the last is within the minute.
        assertThat(limiter.secondsUntilAllowed("a")).isZero();
    }

    @Test
    void zeroTurnsTheLimitOff() {
        AttemptLimiter off = new AttemptLimiter(0, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 100; i++) {
            off.recordFailure("a");
        }
        assertThat(off.secondsUntilAllowed("a")).isZero();
    }
}
