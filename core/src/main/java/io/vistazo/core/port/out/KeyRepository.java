package io.vistazo.core.port.out;

import io.vistazo.core.domain.ApiKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys, stored as SHA-256 hashes. */
public interface KeyRepository {

    /** Inserts a key row without a hash yet, to learn the id the visible key embeds. */
    long reserve(long userId, String name, Instant created);

    /** @throws IllegalArgumentException when no key has this id, or another key already has this hash */
    void setHash(long keyId, String hashHex);

    Optional<ApiKey> findById(long keyId);

    /** For keys not in the {@code chv_<id>_<secret>} form (a pre-seeded admin key). */
    Optional<ApiKey> findByHash(String hashHex);

    List<ApiKey> listByUser(long userId);

    void revoke(long keyId);
}
