package io.vistazo.core.port.in;

import io.vistazo.core.domain.User;
import java.time.Instant;
import java.util.List;

/**
 * A user's API keys: created (the plain key is shown once), listed masked as {@code chv_<id>_***} and revoked.
 * A user manages their own keys; an admin anyone's.
 */
public interface ManageKeys {

    /** @param label a name to tell keys apart (e.g. {@code ShareX laptop}); blank gets a default */
    IssuedKey create(User actor, User owner, String label);

    List<KeyView> list(User actor, User owner);

    /**
     * Revokes a key named by its encoded id, its masked form {@code chv_<id>_***} or the key itself; revoking twice
     * is harmless.
     */
    KeyView revoke(User actor, String id);

    /** A key as listed: never the secret. */
    record KeyView(String masked, String name, Instant created, boolean revoked) {
    }

    /** A new key: {@code key} is the plain key, shown this once and never stored. */
    record IssuedKey(String key, KeyView view) {
    }
}
