package io.vistazo.core.port.in;

import io.vistazo.core.domain.User;
import java.util.Optional;

/**
 * Visitors make their own account, when the site allows it ({@link Mode}): name, password (by the same strength
 * rule as a password change), an invite code with {@link Mode#INVITE}. Every attempt counts against the
 * client's sign-up limit.
 */
public interface SignUp {

    /** The {@code signup} setting. */
    enum Mode {
        /** Only admins make accounts. */
        OFF,
        /** Visitors with a one-use invite link from an admin. */
        INVITE,
        /** Anyone. */
        OPEN
    }

    /** How a sign-up ended. */
    enum Outcome {
        CREATED,
        /** Sign-up is off. */
        CLOSED,
        /** Sign-up needs an invite and the one given is missing, unknown, used or revoked. */
        BAD_INVITE,
        /** The name is not 1 to 32 letters, digits, {@code _} or {@code -}. */
        BAD_NAME,
        NAME_TAKEN,
        /** The password is too weak; see {@link Result#weakness()}. */
        WEAK,
        /** Too many attempts from the client; see {@link Result#retryAfterSeconds()}. */
        RATE_LIMITED
    }

    /** @param user the new account when {@link Outcome#CREATED} */
    record Result(Outcome outcome, Optional<User> user, Optional<PasswordWeakness> weakness,
                  long retryAfterSeconds) {

        public static Result of(Outcome outcome) {
            return new Result(outcome, Optional.empty(), Optional.empty(), 0);
        }
    }

    Mode mode();

    /** Whether the invite code may be used now (for the form shown from an invite link). */
    boolean inviteOpen(String code);

    /**
     * @param invite the invite code, or null
     * @param client the client's address, for the attempt limit
     */
    Result signUp(String name, String password, String invite, String client);
}
