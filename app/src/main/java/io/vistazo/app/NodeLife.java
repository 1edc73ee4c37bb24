package io.vistazo.app;

import io.vistazo.core.port.out.NodeRegistry;
import io.vistazo.core.text.FileNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's place among the nodes serving one site: an id (configured, or picked at random at start), and a
 * heartbeat written to the shared database every interval. A node that missed {@link #SILENT_BEATS} beats is
 * gone, and any node may then clean up what its interrupted uploads left. A clean stop removes the node's row at
 * once; a node restarted under a configured id takes over what its previous run left at once.
 */
final class NodeLife implements AutoCloseable {

    /** Beats a node may miss before the others treat it as gone. */
    static final int SILENT_BEATS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(NodeLife.class);

    private final String id;
    private final boolean configured;
    private final Duration interval;
    private final Clock clock;
    private NodeRegistry registry;
    private ScheduledExecutorService beats;

    private NodeLife(String id, boolean configured, Duration interval, Clock clock) {
        this.id = id;
        this.configured = configured;
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * This node under {@code configuredId}, or a new random id when that is null; nothing is written until
     * {@link #join}.
     */
    static NodeLife named(String configuredId, Duration interval, Clock clock, RandomGenerator random) {
        if (configuredId != null) {
            return new NodeLife(configuredId, true, interval, clock);
        }
        return new NodeLife(FileNames.randomHex(16, random), false, interval, clock);
    }

    String id() {
        return id;
    }

    /** Nodes whose last beat is at or after this are alive. */
    Instant aliveSince() {
        return clock.instant().minus(interval.multipliedBy(SILENT_BEATS));
    }

    /**
     * Writes the first beat now, then one every interval on a daemon thread. Under a configured id, the row of
     * this node's previous run is removed first, so what that run left counts as abandoned: call
     * {@code beforeFirstBeat} to clean it up while it does.
     */
    synchronized void join(NodeRegistry nodes, Runnable beforeFirstBeat) {
        this.registry = nodes;
        if (configured) {
            nodes.leave(id);
            beforeFirstBeat.run();
        }
        nodes.beat(id, clock.instant());
        beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vistazo-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        beats.scheduleAtFixedRate(this::beatQuietly, millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("Node {} joined (heartbeat every {} ms)", id, millis);
    }

    /** A scheduled task that throws is never run again, so a failed beat is logged and the next one still comes. */
    private void beatQuietly() {
        try {
            registry.beat(id, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("heartbeat of node {} failed; retrying at the next interval", id, e);
        }
    }

    @Override
    public synchronized void close() {
        if (beats == null) {
            return;
        }
        beats.shutdownNow();
        try {
            beats.awaitTermination(5, TimeUnit.SECONDS);
            registry.leave(id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("node {} could not leave; the others will see it gone after its heartbeats stop", id, e);
        }
        beats = null;
    }
}
