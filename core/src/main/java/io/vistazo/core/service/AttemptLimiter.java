package io.vistazo.core.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts (wrong API keys, wrong passwords) per client in a sliding window kept in memory, and
 * says how long a client that reached the limit must wait. A restart forgets everything, which only helps an
 * attacker once per restart.
 */
public final class AttemptLimiter {

    /** Above this many tracked clients, clients whose failures all left the window are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** @param maxFailures failures allowed within the window; 0 turns the limit off */
    public AttemptLimiter(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("need maxFailures >= 0 and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** 0 when the client may try now, else the whole seconds until its oldest counted failure leaves the window. */
    public long secondsUntilAllowed(String client) {
        if (maxFailures == 0) {
            return 0;
        }
        Deque<Instant> times = failures.get(client);
        if (times == null) {
            return 0;
        }
        Instant now = clock.instant();
        synchronized (times) {
            dropOld(times, now);
            if (times.size() < maxFailures) {
                return 0;
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return Math.max(1, ceilSeconds(wait));
        }
    }

    public void recordFailure(String client) {
        if (maxFailures == 0) {
            return;
        }
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            prune(now);
        }
        Deque<Instant> times = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (times) {
            dropOld(times, now);
            times.addLast(now);
            // Only the newest maxFailures matter for the answer.
            while (times.size() > maxFailures) {
                times.removeFirst();
            }
        }
    }

    private void dropOld(Deque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.removeFirst();
        }
    }

    private void prune(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                dropOld(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    static long ceilSeconds(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }
}
