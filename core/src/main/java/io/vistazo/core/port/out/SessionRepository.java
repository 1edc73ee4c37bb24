package io.vistazo.core.port.out;

import java.time.Instant;
import java.util.Optional;

/** Signed-in web sessions, known only by the SHA-256 of their secret id. */
public interface SessionRepository {

    /** One session of one account. */
    record StoredSession(String idHash, long userId, Instant created, Instant lastSeen) {
    }

    void create(StoredSession session);

    Optional<StoredSession> find(String idHash);

    /** Moves the session's last activity to {@code lastSeen}. */
    void touch(String idHash, Instant lastSeen);

    void delete(String idHash);

    /** Deletes every session of the account (after a password change); returns how many. */
    int deleteForUser(long userId);

    /** Deletes the sessions last seen before {@code instant}; returns how many. */
    int deleteIdleSince(Instant instant);
}
