package io.vistazo.core.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One-use sign-up invites, known only by the SHA-256 of their code. */
public interface InviteRepository {

    /**
     * One invite.
     *
     * @param createdBy the admin who made it, or null once that account is gone
     * @param usedBy the account made with it, or null
     * @param usedAt when it was used, or null
     * @param revokedAt when an admin revoked it, or null
     */
    record StoredInvite(String codeHash, Long createdBy, Instant createdAt, Long usedBy, Instant usedAt,
                        Instant revokedAt) {

        public boolean open() {
            return usedAt == null && revokedAt == null;
        }
    }

    void create(String codeHash, long createdBy, Instant createdAt);

    Optional<StoredInvite> find(String codeHash);

    /** Newest first. */
    List<StoredInvite> list();

    /** Marks an open invite used by the account; false when it was not open (used or revoked meanwhile). */
    boolean use(String codeHash, long userId, Instant at);

    /** Revokes an open invite; false when there is no open invite by that hash. */
    boolean revoke(String codeHash, Instant at);
}
