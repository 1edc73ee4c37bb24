package io.vistazo.core.service;

import io.vistazo.core.domain.ApiKey;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.ForeignHashes;
import io.vistazo.core.port.out.KeyRepository;
import io.vistazo.core.port.out.UserRepository;
import io.vistazo.core.text.FileNames;
import io.vistazo.core.text.IdCodec;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Issues and verifies API keys of the form {@code chv_<encoded key id>_<128 hex>}. Only the SHA-256 of a key is
 * stored; verification compares digests in constant time. A key imported with a foreign hash (Chevereto's bcrypt)
 * is checked against it once, then stored as our digest.
 */
public final class Authenticator {

    private static final String PREFIX = "chv_";

    private final KeyRepository keys;
    private final UserRepository users;
    private final IdCodec codec;
    private final Clock clock;
    private final RandomGenerator secureRandom;
    private final ForeignHashes foreign;

    public Authenticator(KeyRepository keys, UserRepository users, IdCodec codec, Clock clock,
                         RandomGenerator secureRandom) {
        this(keys, users, codec, clock, secureRandom, ForeignHashes.NONE);
    }

    /** @param foreign checks keys imported with another program's hashes */
    public Authenticator(KeyRepository keys, UserRepository users, IdCodec codec, Clock clock,
                         RandomGenerator secureRandom, ForeignHashes foreign) {
        this.foreign = foreign;
        this.keys = keys;
        this.users = users;
        this.codec = codec;
        this.clock = clock;
        this.secureRandom = secureRandom;
    }

    /** The key's user, or {@code No key provided} / {@code Invalid API key.}. */
    public User authenticate(String key) {
        if (key == null || key.isBlank()) {
            throw Refusal.noKey();
        }
        return verify(key).orElseThrow(Refusal::invalidKey);
    }

    /** The user of a stored, unrevoked key of an enabled account; empty for anything else. */
    public Optional<User> verify(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String hash = Hashes.sha256Hex(key);
        return lookUp(key, hash)
                .filter(stored -> !stored.revoked())
                .filter(stored -> !users.isDisabled(stored.userId()))
                .flatMap(stored -> users.findById(stored.userId()));
    }

    /**
     * By the id a {@code chv_} key embeds, else by digest (operator-chosen keys); digests compared in constant time.
     */
    private Optional<ApiKey> lookUp(String key, String hash) {
        Optional<ApiKey> embedded = embeddedId(key).flatMap(keys::findById).filter(found -> found.hashHex() != null);
        Optional<ApiKey> byId = embedded.filter(found -> Hashes.sameDigest(found.hashHex(), hash));
        if (byId.isPresent()) {
            return byId;
        }
        Optional<ApiKey> imported = embedded.filter(found -> foreign.recognizes(found.hashHex())
                && foreign.matches(key, found.hashHex()));
        if (imported.isPresent()) {
            keys.setHash(imported.get().id(), hash);
            return imported;
        }
        return keys.findByHash(hash).filter(stored -> Hashes.sameDigest(stored.hashHex(), hash));
    }

    private Optional<Long> embeddedId(String key) {
        if (!key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int end = key.indexOf('_', PREFIX.length());
        if (end < 0) {
            return Optional.empty();
        }
        long id = codec.decode(key.substring(PREFIX.length(), end));
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /** Creates a new key for the user and returns it in plain text: the only time it is ever shown. */
    public String issue(User user, String name) {
        long id = keys.reserve(user.id(), name, clock.instant());
        String key = PREFIX + codec.encode(id) + "_" + FileNames.randomHex(128, secureRandom);
        keys.setHash(id, Hashes.sha256Hex(key));
        return key;
    }

    /**
     * Stores an operator-chosen key (for automation) for the user. Idempotent, also when nodes sharing a database
     * seed it at the same moment: the one that loses revokes its unused reservation.
     */
    public void seed(User user, String name, String key) {
        String hash = Hashes.sha256Hex(key);
        if (keys.findByHash(hash).isPresent()) {
            return;
        }
        long id = keys.reserve(user.id(), name, clock.instant());
        try {
            keys.setHash(id, hash);
        } catch (IllegalArgumentException storedMeanwhile) {
            if (keys.findByHash(hash).isEmpty()) {
                throw storedMeanwhile;
            }
            keys.revoke(id);
        }
    }

    /** The form a key is listed in: {@code chv_<id>_***}. */
    public String masked(ApiKey key) {
        return PREFIX + codec.encode(key.id()) + "_***";
    }
}
