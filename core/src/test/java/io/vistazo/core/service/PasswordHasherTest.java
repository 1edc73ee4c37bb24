package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher(new SecureRandom());

    @Test
    void theRightPasswordVerifiesAndNoOtherDoes() {
        String stored = HASHER.hash("correct horse battery");

        assertThat(HASHER.verify("correct horse battery", stored)).isTrue();
        assertThat(HASHER.verify("correct horse batter", stored)).isFalse();
        assertThat(HASHER.verify("Correct horse battery", stored)).isFalse();
        assertThat(HASHER.verify("", stored)).isFalse();
    }

    @Test
    void theStoredFormNamesTheSlowKdfAtLeast210000IterationsAndASaltedHash() {
        String[] parts = HASHER.hash("pässwörd 🔑").split("\\$");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void theSameTwoPasswordsGetDifferentSalts() {
        assertThat(HASHER.hash("same password")).isNotEqualTo(HASHER.hash("same password"));
    }

    @Test
    void theIterationCountIsReadFromTheStoredHash() {
        String cheap = new PasswordHasher(1_000, new SecureRandom()).hash("old hash");

        assertThat(HASHER.verify("old hash", cheap)).isTrue();
        assertThat(HASHER.verify("old hash", cheap.replace("$1000$", "$1001$"))).isFalse();
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        String stored = HASHER.hash("secret-pass");
        // The digest's first character: the last ones of base64 may carry bits the decoder ignores.
        int digest = stored.lastIndexOf('$') + 1;
        String tampered = stored.substring(0, digest) + (stored.charAt(digest) == 'A' ? 'B' : 'A')
                + stored.substring(digest + 1);

        assertThat(HASHER.verify("secret-pass", tampered)).isFalse();
        assertThat(HASHER.verify("secret-pass", null)).isFalse();
        assertThat(HASHER.verify("secret-pass", "")).isFalse();
        assertThat(HASHER.verify("secret-pass", "$2y$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(HASHER.verify("secret-pass", "pbkdf2-sha256$x$AAAA$AAAA")).isFalse();
        assertThat(HASHER.verify("secret-pass", "pbkdf2-sha256$1000$!!$AAAA")).isFalse();
    }
}
