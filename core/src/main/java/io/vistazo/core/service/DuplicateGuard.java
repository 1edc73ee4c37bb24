package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.UploadHistory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Chevereto's duplicate rule, off unless the operator chooses {@code reject}: the same bytes from the same address
 * within 24 hours are refused, first by the md5 of the source as received (101), then by the md5 of the file
 * about to be stored (102). Admins are exempt.
 */
public final class DuplicateGuard {

    static final Duration WINDOW = Duration.ofHours(24);

    private final Policy policy;
    private final UploadHistory history;
    private final Clock clock;

    /** The {@code duplicates} setting. */
    public enum Policy {
        ALLOW,
        REJECT;

        public static Policy parse(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "allow" -> ALLOW;
                case "reject" -> REJECT;
                default -> throw new IllegalArgumentException("duplicates must be allow or reject, not " + value);
            };
        }
    }

    public DuplicateGuard(Policy policy, UploadHistory history, Clock clock) {
        this.policy = policy;
        this.history = history;
        this.clock = clock;
    }

    /** Before probing: the source file as received. */
    void checkSource(User user, String clientIp, Path source) {
        if (applies(user)) {
            refuseIfSeen(clientIp, Hashes.ofFile(source).md5(), 101);
        }
    }

    /** After rendering: the main file as it will be stored (differs from the source when re-encoded). */
    void checkStored(User user, String clientIp, String storedMd5) {
        if (applies(user)) {
            refuseIfSeen(clientIp, storedMd5, 102);
        }
    }

    private boolean applies(User user) {
        return policy == Policy.REJECT && !user.isAdmin();
    }

    private void refuseIfSeen(String clientIp, String md5, int code) {
        Instant since = clock.instant().minus(WINDOW);
        if (history.md5SeenSince(clientIp, md5, since)) {
            throw Refusal.duplicated(code);
        }
    }
}
