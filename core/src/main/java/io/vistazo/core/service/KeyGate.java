package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who an API request acts as: the user of a valid key, the guest for the operator's guest key (when one is set),
 * or a refusal. Addresses that sent too many invalid keys are refused for a while (rate limited), whatever key
 * they send next. A valid key from an address this node saw without failures a moment ago costs no read of the
 * failure counts; an invalid one is always judged on the counts every node shares.
 */
public final class KeyGate {

    private final Authenticator authenticator;
    private final byte[] guestKey;
    private final AttemptLimiter failures;

    /** @param guestKey the key that uploads as the guest, or null for no guest uploads (the default) */
    public KeyGate(Authenticator authenticator, String guestKey, AttemptLimiter failures) {
        this.authenticator = authenticator;
        this.guestKey = guestKey == null || guestKey.isBlank() ? null : guestKey.getBytes(StandardCharsets.UTF_8);
        this.failures = failures;
    }

    User admit(String key, String clientIp) {
        if (key == null || key.isBlank()) {
            throw Refusal.noKey();
        }
        refuseWhileLimited(failures.secondsUntilAllowedSeenRecently(clientIp));
        Optional<User> user = authenticator.verify(key);
        if (user.isPresent()) {
            return user.get();
        }
        if (isGuestKey(key)) {
            return User.GUEST;
        }
        // Failures just counted on other nodes may be missing from the view above.
        refuseWhileLimited(failures.secondsUntilAllowed(clientIp));
        failures.recordFailure(clientIp);
        throw Refusal.invalidKey();
    }

    private static void refuseWhileLimited(long wait) {
        if (wait > 0) {
            throw Refusal.tooManyInvalidKeys(wait);
        }
    }

    private boolean isGuestKey(String key) {
        return guestKey != null && MessageDigest.isEqual(guestKey, key.getBytes(StandardCharsets.UTF_8));
    }
}
