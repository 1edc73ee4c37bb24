package io.vistazo.app.chevereto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hashes made by libxcrypt's bcrypt (the crypt_blowfish code PHP also uses), as {@code password_hash} writes them. */
class BcryptHashesTest {

    private static final String KEY = "chv_AAA_" + "0123456789abcdef".repeat(8);
    private final BcryptHashes hashes = new BcryptHashes();

    @Test
    void aShortPasswordMatchesOnlyItself() {
        String hash = "$2y$10$abcdefghijklmnopqrstuuP4bGmhW17v.i1OMosVZxHa01pAc2JCS";
        assertThat(hashes.matches("old-secret-1", hash)).isTrue();
        assertThat(hashes.matches("old-secret-2", hash)).isFalse();
        assertThat(hashes.matches("old-secret-1", hash.replace("$2y$", "$2b$"))).isTrue();
    }

    @Test
    void aLongKeyCountsOnlyItsFirst72Bytes() {
        String hash = "$2y$10$abcdefghijklmnopqrstuuTEemupM4PjU2LjRbt5pSfWBwDFFxfjy";
        assertThat(hashes.matches(KEY, hash)).isTrue();
        assertThat(hashes.matches(KEY.substring(0, 72), hash)).isTrue();
        assertThat(hashes.matches(KEY.substring(0, 72) + "DIFFERENT", hash)).isTrue();
        assertThat(hashes.matches(KEY.substring(0, 71), hash)).isFalse();
        assertThat(hashes.matches("chv_AAB" + KEY.substring(7), hash)).isFalse();
    }

    @Test
    void bytesNotCharactersAreCounted() {
        assertThat(hashes.matches("ü".repeat(40), "$2y$10$abcdefghijklmnopqrstuue/rRniplgs525YMIiQV4eFopDb.i1Hq"))
                .isTrue();
    }

    @Test
    void onlyBcryptIsRecognized() {
        assertThat(hashes.recognizes("$2y$10$abcdefghijklmnopqrstuuP4bGmhW17v.i1OMosVZxHa01pAc2JCS")).isTrue();
        assertThat(hashes.recognizes("pbkdf2-sha256$210000$c2FsdA$aGFzaA")).isFalse();
        assertThat(hashes.recognizes("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")).isFalse();
        assertThat(hashes.recognizes(null)).isFalse();
        assertThat(hashes.matches("x", "not a hash")).isFalse();
    }
}
