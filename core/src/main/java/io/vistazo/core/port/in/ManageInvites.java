package io.vistazo.core.port.in;

import io.vistazo.core.domain.User;
import java.time.Instant;
import java.util.List;

/** Admins create, list and revoke one-use sign-up invites ({@code signup=invite}). */
public interface ManageInvites {

    /** A new invite: {@code code} is the plain code, shown this once and never stored. */
    IssuedInvite create(User actor);

    List<InviteView> list(User actor);

    /** Revokes the open invite with this id; refuses with "not found" when there is none. */
    void revoke(User actor, String id);

    /**
     * An invite as listed: never its code.
     *
     * @param id the invite's id for {@link #revoke} (the SHA-256 of its code)
     * @param usedBy the name of the account made with it, or null
     */
    record InviteView(String id, Instant created, String createdBy, String usedBy, Instant used,
                      boolean revoked) {

        public boolean open() {
            return used == null && !revoked;
        }
    }

    /** An invite just made, with its plain code. */
    record IssuedInvite(String code, InviteView view) {
    }
}
