package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final FakeFailureCounts counts = new FakeFailureCounts();
    /** A minute in twelve buckets of five seconds. */
    private final AttemptLimiter limiter = new AttemptLimiter("key", 3, Duration.ofMinutes(1), counts, clock);

    @Test
    void aClientMayFailUpToTheLimitThenWaitsUntilItsOldestBucketLeavesTheWindow() {
        limiter.recordFailure("10.0.0.1");
        clock.advance(Duration.ofSeconds(10));
        limiter.recordFailure("10.0.0.1");
        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isZero();
        limiter.recordFailure("10.0.0.1");

        // The first failure's bucket (10:00:00 to :05) counts for one minute from its start.
        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isEqualTo(50);
        assertThat(limiter.secondsUntilAllowed("10.0.0.2")).isZero();

        clock.advance(Duration.ofMillis(49_500));
        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isEqualTo(1);
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.secondsUntilAllowed("10.0.0.1")).isZero();
    }

    @Test
    void theWaitEndsWhenEnoughBucketsLeftNotJustTheOldest() {
        limiter.recordFailure("a");
        limiter.recordFailure("a");
        clock.advance(Duration.ofSeconds(20));
        limiter.recordFailure("a");
        limiter.recordFailure("a");
        // Four failures, limit three: dropping the first bucket (two failures) is enough.
        assertThat(limiter.secondsUntilAllowed("a")).isEqualTo(40);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure("a");
            clock.advance(Duration.ofSeconds(30));
        }
        // Of the failures 150, 120, 90, 60 and 30 s ago, only the last is within a minute of its bucket's start.
        assertThat(limiter.secondsUntilAllowed("a")).isZero();
    }

    @Test
    void scopesCountApart() {
        AttemptLimiter logins = new AttemptLimiter("login", 3, Duration.ofMinutes(1), counts, clock);
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("a");
        }
        assertThat(limiter.secondsUntilAllowed("a")).isPositive();
        assertThat(logins.secondsUntilAllowed("a")).isZero();
    }

    @Test
    void bucketsAreAlignedToTheEpochSoEveryNodeAgrees() {
        assertThat(limiter.bucketStart(Instant.parse("2026-01-01T10:00:07.300Z")))
                .isEqualTo(Instant.parse("2026-01-01T10:00:05Z"));
    }

    @Test
    void zeroTurnsTheLimitOff() {
        AttemptLimiter off = new AttemptLimiter("key", 0, Duration.ofMinutes(1), counts, clock);
        for (int i = 0; i < 100; i++) {
            off.recordFailure("a");
        }
        assertThat(off.secondsUntilAllowed("a")).isZero();
    }

    @Test
    void aClientSeenWithoutFailuresIsNotReadAgainForAMomentButItsOwnFailuresCountAtOnce() {
        assertThat(limiter.secondsUntilAllowedSeenRecently("a")).isZero();
        assertThat(limiter.secondsUntilAllowedSeenRecently("a")).isZero();
        assertThat(counts.reads).as("the second check is answered from memory").isEqualTo(1);

        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("a");
        }
        assertThat(limiter.secondsUntilAllowedSeenRecently("a")).as("this node's failures").isPositive();
    }

    @Test
    void failuresCountedByAnotherNodeAreSeenOnceTheRereadTimeHasPassed() {
        AttemptLimiter otherNode = new AttemptLimiter("key", 3, Duration.ofMinutes(1), counts, clock);
        assertThat(limiter.secondsUntilAllowedSeenRecently("a")).isZero();
        for (int i = 0; i < 3; i++) {
            otherNode.recordFailure("a");
        }

        assertThat(limiter.secondsUntilAllowedSeenRecently("a")).as("still the view of a moment ago").isZero();
        assertThat(limiter.secondsUntilAllowed("a")).as("a full check always reads").isPositive();
        clock.advance(SharedState.REREAD_AFTER);
        assertThat(limiter.secondsUntilAllowedSeenRecently("a")).isPositive();
        assertThat(limiter.secondsUntilAllowedSeenRecently("a")).as("a limited client is read every time")
                .isPositive();
        assertThat(counts.reads).isEqualTo(4);
    }
}
