package io.vistazo.core.port.in;

import io.vistazo.core.domain.User;
import java.util.Optional;

/**
 * A signed-in user changes their own password: the current one is required, the new one must pass the same
 * strength rule as sign-up, and every session of the user ends (the caller starts a fresh one for the browser
 * that made the change).
 */
public interface ChangePassword {

    /** How a change ended. */
    enum Outcome {
        CHANGED,
        /** The current password given is not the account's. */
        WRONG_CURRENT,
        /** The new password is too weak; see {@link Result#weakness()}. */
        WEAK
    }

    /** @param weakness why the new password was refused, when the outcome is {@link Outcome#WEAK} */
    record Result(Outcome outcome, Optional<PasswordWeakness> weakness) {

        public boolean changed() {
            return outcome == Outcome.CHANGED;
        }
    }

    Result change(User user, String currentPassword, String newPassword);
}
