package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.KeyRepository;
import io.vistazo.core.port.out.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keys and accounts kept for a moment by a server's database ({@code node}), while another handle on the same
 * database ({@code other}, another node or the CLI) changes them: the node's own writes are seen at once, the
 * other's once the keeping time has passed.
 */
class RecentAccountsTest extends OnEachDatabase {

    private static final Duration KEEP = Duration.ofMillis(300);

    private Database node;

    @BeforeEach
    void openNode() {
        node = Database.open(location, KEEP);
    }

    @AfterEach
    void closeNode() {
        node.close();
    }

    @Test
    void aKeyRevokedElsewhereIsSeenOnceTheKeepingTimeHasPassed() {
        User ana = database.userRepository().create("ana", Role.USER);
        long id = database.keyRepository().reserve(ana.id(), "laptop", Instant.now());
        database.keyRepository().setHash(id, "ab".repeat(32));
        KeyRepository keys = node.keyRepository();
        assertThat(keys.findById(id)).hasValueSatisfying(key -> assertThat(key.revoked()).isFalse());
        assertThat(keys.findByHash("ab".repeat(32))).isPresent();

        database.keyRepository().revoke(id);

        assertThat(keys.findById(id).orElseThrow().revoked()).as("kept").isFalse();
        assertThat(within(() -> keys.findById(id).orElseThrow().revoked())).isTrue();
        assertThat(keys.findByHash("ab".repeat(32)).orElseThrow().revoked()).isTrue();
    }

    @Test
    void aKeyRevokedThroughTheNodeItselfIsSeenAtOnce() {
        User ana = database.userRepository().create("ana", Role.USER);
        long id = node.keyRepository().reserve(ana.id(), "laptop", Instant.now());
        node.keyRepository().setHash(id, "cd".repeat(32));
        assertThat(node.keyRepository().findByHash("cd".repeat(32))).isPresent();

        node.keyRepository().revoke(id);

        assertThat(node.keyRepository().findById(id).orElseThrow().revoked()).isTrue();
        assertThat(node.keyRepository().findByHash("cd".repeat(32)).orElseThrow().revoked()).isTrue();
    }

    @Test
    void anAccountDisabledElsewhereIsSeenOnceTheKeepingTimeHasPassedAndThroughTheNodeAtOnce() {
        User ana = database.userRepository().create("ana", Role.USER);
        UserRepository users = node.userRepository();
        assertThat(users.isDisabled(ana.id())).isFalse();

        database.userRepository().setDisabled(ana.id(), true);
        database.userRepository().setRole(ana.id(), Role.ADMIN);

        assertThat(users.isDisabled(ana.id())).as("kept").isFalse();
        assertThat(within(() -> users.isDisabled(ana.id()))).isTrue();
        assertThat(users.findById(ana.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);

        users.setDisabled(ana.id(), false);
        users.setRole(ana.id(), Role.USER);
        assertThat(users.isDisabled(ana.id())).isFalse();
        assertThat(users.findById(ana.id()).orElseThrow().role()).isEqualTo(Role.USER);
        assertThat(users.delete(ana.id())).isTrue();
        assertThat(users.findById(ana.id())).isEmpty();
    }

    @Test
    void anAccountMissingIsNotRememberedAsMissing() {
        UserRepository users = node.userRepository();
        assertThat(users.findById(1_000)).isEmpty();
        User ana = database.userRepository().create("ana", Role.USER);
        assertThat(users.findById(ana.id())).isPresent();
    }

    /** Polls the condition for a bounded time, well past the keeping time; whether it came to hold. */
    private static boolean within(BooleanSupplier condition) {
        long deadline = System.nanoTime() + KEEP.plusSeconds(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return true;
    }
}
