package io.vistazo.core.service;

import io.vistazo.core.domain.ApiKey;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageKeys;
import io.vistazo.core.port.out.KeyRepository;
import io.vistazo.core.text.IdCodec;
import java.util.List;

/**
 * A user's API keys: created (the plain key is shown once), listed masked as {@code chv_<id>_***} and revoked.
 * A user manages their own keys; an admin anyone's.
 */
public final class Keys implements ManageKeys {

    private static final String DEFAULT_LABEL = "key";

    private final KeyRepository keys;
    private final Authenticator authenticator;
    private final IdCodec codec;

    public Keys(KeyRepository keys, Authenticator authenticator, IdCodec codec) {
        this.keys = keys;
        this.authenticator = authenticator;
        this.codec = codec;
    }

    /** @param label a name to tell keys apart (e.g. {@code ShareX laptop}); blank gets a default */
    @Override
    public IssuedKey create(User actor, User owner, String label) {
        requireManager(actor, owner);
        Permissions.requireAccount(owner);
        String name = label == null || label.isBlank() ? DEFAULT_LABEL : Names.label(label, Names.MAX_KEY_LABEL,
                "Key names");
        String plain = authenticator.issue(owner, name);
        ApiKey stored = keys.findById(idOf(plain)).orElseThrow();
        return new IssuedKey(plain, view(stored));
    }

    @Override
    public List<KeyView> list(User actor, User owner) {
        requireManager(actor, owner);
        return keys.listByUser(owner.id()).stream().map(this::view).toList();
    }

    /**
     * Revokes a key named by its encoded id, its masked form {@code chv_<id>_***} or the key itself. Revoked keys
     * answer {@code Invalid API key.}; revoking twice is harmless.
     */
    @Override
    public KeyView revoke(User actor, String id) {
        ApiKey key = keys.findById(idOf(id))
                .filter(found -> actor.mayManage(found.userId()))
                .orElseThrow(() -> Refusal.notFound("API key"));
        keys.revoke(key.id());
        return view(keys.findById(key.id()).orElseThrow());
    }

    private long idOf(String id) {
        String text = id == null ? "" : id.strip();
        if (text.startsWith("chv_")) {
            int end = text.indexOf('_', 4);
            text = end < 0 ? text.substring(4) : text.substring(4, end);
        }
        return text.isEmpty() ? 0 : codec.decode(text);
    }

    private static void requireManager(User actor, User owner) {
        if (!actor.mayManage(owner.id())) {
            throw Refusal.forbidden("Only admins may manage other users' keys");
        }
    }

    private KeyView view(ApiKey key) {
        return new KeyView(authenticator.masked(key), key.name(), key.created(), key.revoked());
    }
}
