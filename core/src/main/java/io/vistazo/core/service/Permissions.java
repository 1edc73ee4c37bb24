package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;

/** The one place admin-only actions are refused. */
final class Permissions {

    private Permissions() {
    }

    static void requireAdmin(User actor, String action) {
        if (!actor.isAdmin()) {
            throw Refusal.forbidden("Only admins may " + action);
        }
    }

    /** A stored account to own something (not the guest, not the console). */
    static void requireAccount(User owner) {
        if (!owner.isAccount()) {
            throw Refusal.invalidValue("Only a user account can own this");
        }
    }
}
