package io.vistazo.core.service;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageSessions;
import io.vistazo.core.port.out.SessionRepository;
import io.vistazo.core.port.out.SessionRepository.StoredSession;
import io.vistazo.core.port.out.UserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Web sign-ins: a session is a random 256-bit id held by the browser; only its SHA-256 is stored, so a copy of the
 * database signs nobody in. A session unused for the idle time is over.
 */
public final class Sessions implements ManageSessions {

    /** 32 random bytes in unpadded base64url. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** Last activity is written at most this often, so reading pages does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final SessionRepository sessions;
    private final UserRepository users;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration idle;

    public Sessions(SessionRepository sessions, UserRepository users, Clock clock, SecureRandom random,
                    Duration idle) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle time must be positive");
        }
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
        this.random = random;
        this.idle = idle;
    }

    /** A fresh random id, for a new session or an anonymous visitor. */
    @Override
    public String newId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of an id this class hands out. */
    @Override
    public boolean wellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Starts a session for the account and returns its id; stale sessions are swept on the way. */
    @Override
    public String start(User user) {
        Permissions.requireAccount(user);
        Instant now = clock.instant();
        sessions.deleteIdleSince(now.minus(idle));
        String id = newId();
        sessions.create(new StoredSession(Hashes.sha256Hex(id), user.id(), now, now));
        return id;
    }

    /**
     * The account signed in with this id, if its session exists and has not been idle too long; a disabled
     * account's session ends here.
     */
    @Override
    public Optional<User> resume(String id) {
        if (!wellFormed(id)) {
            return Optional.empty();
        }
        String hash = Hashes.sha256Hex(id);
        Optional<StoredSession> found = sessions.find(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant lastSeen = found.get().lastSeen();
        if (!lastSeen.plus(idle).isAfter(now)) {
            sessions.delete(hash);
            return Optional.empty();
        }
        if (!lastSeen.plus(TOUCH_EVERY).isAfter(now)) {
            sessions.touch(hash, now);
        }
        if (users.isDisabled(found.get().userId())) {
            sessions.delete(hash);
            return Optional.empty();
        }
        return users.findById(found.get().userId());
    }

    /** Ends the session; unknown ids are ignored. */
    @Override
    public void end(String id) {
        if (wellFormed(id)) {
            sessions.delete(Hashes.sha256Hex(id));
        }
    }

    @Override
    public Duration idle() {
        return idle;
    }
}
