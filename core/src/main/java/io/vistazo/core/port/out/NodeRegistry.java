package io.vistazo.core.port.out;

import java.time.Instant;

/**
 * The Vistazo nodes serving one site, each under an id chosen at its start, with the time it last said it was
 * alive. A node silent for long enough is gone: any other node may clean up after it.
 */
public interface NodeRegistry {

    /** Records that the node is alive at {@code now} (creating its row at the first beat). */
    void beat(String nodeId, Instant now);

    /** Removes the node's row: it stopped and left nothing in flight. */
    void leave(String nodeId);

    /** Whether the node beat at or after {@code since}. */
    boolean alive(String nodeId, Instant since);

    /** Removes the rows of nodes silent since before {@code since}; returns how many. */
    int forgetSilentSince(Instant since);
}
