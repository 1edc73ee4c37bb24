package io.vistazo.app.chevereto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The values Chevereto 4 keeps encrypted when its {@code CHEVERETO_ENCRYPTION_KEY} is set (settings such as
 * {@code api_v1_key}, album passwords, storage credentials): base64 of a 12-byte nonce followed by the ChaCha20
 * ciphertext, the key stream starting at block 0 (phpseclib3's ChaCha20 without Poly1305).
 */
public final class CheveretoSecrets {

    /** A site without encryption: values are stored as they are. */
    public static final CheveretoSecrets NONE = new CheveretoSecrets(null);

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;

    private final byte[] key;

    private CheveretoSecrets(byte[] key) {
        this.key = key;
    }

    /**
     * The key as Chevereto keeps it in {@code app/env.php}: base64 of 32 bytes, on the file's first line.
     *
     * @throws IllegalArgumentException naming {@code --encryption-key-file} when the file holds no such key
     */
    public static CheveretoSecrets fromKeyFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --encryption-key-file " + file, e);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(lines.isEmpty() ? "" : lines.get(0).strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("--encryption-key-file " + file + " must hold the site's "
                    + "CHEVERETO_ENCRYPTION_KEY: base64 of " + KEY_BYTES + " bytes");
        }
        return new CheveretoSecrets(key);
    }

    /**
     * The value as plain text: decrypted with the key, or as stored on a site without one.
     *
     * @throws IllegalArgumentException when the key does not open the value (a wrong key, or a value not encrypted)
     */
    public String reveal(String stored, String what) {
        if (key == null) {
            return stored;
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.strip());
        } catch (IllegalArgumentException e) {
            throw cannotOpen(what);
        }
        if (sealed.length <= NONCE_BYTES) {
            throw cannotOpen(what);
        }
        String plain = new String(chacha20(Arrays.copyOf(sealed, NONCE_BYTES),
                Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length)), StandardCharsets.UTF_8);
        if (!plain.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw cannotOpen(what);
        }
        return plain;
    }

    /** XORs the key stream of (key, nonce) from block 0: encrypting and decrypting are the same operation. */
    byte[] chacha20(byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("ChaCha20");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new ChaCha20ParameterSpec(nonce, 0));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks ChaCha20", e);
        }
    }

    private static IllegalArgumentException cannotOpen(String what) {
        return new IllegalArgumentException("--encryption-key-file does not open " + what
                + ": is it the old site's CHEVERETO_ENCRYPTION_KEY?");
    }
}
