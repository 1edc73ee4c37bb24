package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.SessionRepository;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Web sessions: random ids stored hashed, over after the idle time, ended on request. */
class SessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final FakeUserRepository users = new FakeUserRepository();
    private final FakeSessions stored = new FakeSessions();
    private final Sessions sessions = new Sessions(stored, users, clock, new SecureRandom(), Duration.ofDays(14));
    private final User ana = users.create("ana", Role.USER);

    @Test
    void aStartedSessionResumesAndOnlyItsHashIsStored() {
        String id = sessions.start(ana);

        assertThat(id).matches("[A-Za-z0-9_-]{43}");
        assertThat(sessions.resume(id)).contains(ana);
        assertThat(stored.rows).doesNotContainKey(id).containsKey(Hashes.sha256Hex(id));
        assertThat(sessions.start(ana)).isNotEqualTo(id);
    }

    @Test
    void unknownMalformedAndEndedIdsSignNobodyIn() {
        String id = sessions.start(ana);

        assertThat(sessions.resume(null)).isEmpty();
        assertThat(sessions.resume("short")).isEmpty();
        assertThat(sessions.resume(sessions.newId())).isEmpty();
        sessions.end(id);
        assertThat(sessions.resume(id)).isEmpty();
    }

    @Test
    void disablingAnAccountEndsItsSessions() {
        String id = sessions.start(ana);
        users.setDisabled(ana.id(), true);

        assertThat(sessions.resume(id)).isEmpty();
        assertThat(stored.rows).isEmpty();
        users.setDisabled(ana.id(), false);
        assertThat(sessions.resume(id)).as("ended, not paused").isEmpty();
    }

    @Test
    void activityKeepsASessionAliveAndIdlenessEndsIt() {
        String id = sessions.start(ana);
        clock.advance(Duration.ofDays(10));
        assertThat(sessions.resume(id)).isPresent();
        clock.advance(Duration.ofDays(10));
        assertThat(sessions.resume(id)).as("active 10 days ago").isPresent();

        clock.advance(Duration.ofDays(14));

        assertThat(sessions.resume(id)).isEmpty();
        assertThat(stored.rows).isEmpty();
    }

    @Test
    void startingASessionSweepsIdleOnesAndNeedsAnAccount() {
        sessions.start(ana);
        clock.advance(Duration.ofDays(15));
        sessions.start(ana);

        assertThat(stored.rows).hasSize(1);
        assertThatThrownBy(() -> sessions.start(User.GUEST)).isInstanceOf(Refusal.class);
    }

    @Test
    void aRemovedAccountHasNoSession() {
        String id = sessions.start(ana);
        users.delete(ana.id());

        assertThat(sessions.resume(id)).isEmpty();
    }

    private static final class FakeSessions implements SessionRepository {

        final Map<String, StoredSession> rows = new HashMap<>();

        @Override
        public void create(StoredSession session) {
            rows.put(session.idHash(), session);
        }

        @Override
        public Optional<StoredSession> find(String idHash) {
            return Optional.ofNullable(rows.get(idHash));
        }

        @Override
        public void touch(String idHash, Instant lastSeen) {
            rows.computeIfPresent(idHash, (hash, old) -> new StoredSession(hash, old.userId(), old.created(),
                    lastSeen));
        }

        @Override
        public void delete(String idHash) {
            rows.remove(idHash);
        }

        @Override
        public int deleteForUser(long userId) {
            int before = rows.size();
            rows.values().removeIf(session -> session.userId() == userId);
            return before - rows.size();
        }

        @Override
        public int deleteIdleSince(Instant instant) {
            int before = rows.size();
            rows.values().removeIf(session -> session.lastSeen().isBefore(instant));
            return before - rows.size();
        }
    }
}
