package io.vistazo.core.port.in;

/** Counts failed attempts (wrong API keys, wrong passwords) per client, and says how long a client must wait. */
public interface LimitAttempts {

    /** 0 when the client may try now, else the whole seconds until it may. */
    long secondsUntilAllowed(String client);

    void recordFailure(String client);
}
