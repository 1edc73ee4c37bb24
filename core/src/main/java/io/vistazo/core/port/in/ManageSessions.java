package io.vistazo.core.port.in;

import io.vistazo.core.domain.User;
import java.time.Duration;
import java.util.Optional;

/**
 * Web sign-ins: a session is a random id held by the browser. A session unused for the {@link #idle} time is
 * over.
 */
public interface ManageSessions {

    /** A fresh random id, for a new session or an anonymous visitor. */
    String newId();

    /** Whether the text has the shape of an id {@link #newId} hands out. */
    boolean wellFormed(String id);

    /** Starts a session for the account and returns its id. */
    String start(User user);

    /** The account signed in with this id, if its session exists and has not been idle too long. */
    Optional<User> resume(String id);

    /** Ends the session; unknown ids are ignored. */
    void end(String id);

    Duration idle();
}
