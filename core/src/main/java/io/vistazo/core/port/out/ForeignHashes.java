package io.vistazo.core.port.out;

/**
 * Checks a secret against a hash another program wrote (a site moved in from Chevereto keeps its users' bcrypt
 * password and API-key hashes). A foreign hash is kept only until the secret first matches it; then ours
 * replaces it.
 */
public interface ForeignHashes {

    /** Knows no foreign hash: every stored hash is ours. */
    ForeignHashes NONE = new ForeignHashes() {
        @Override
        public boolean recognizes(String hash) {
            return false;
        }

        @Override
        public boolean matches(String secret, String hash) {
            return false;
        }
    };

    /** Whether the stored value is a hash of this kind (and not one of ours). */
    boolean recognizes(String hash);

    /** Whether the secret matches the hash, checked as the program that wrote it checks it. */
    boolean matches(String secret, String hash);
}
