package io.vistazo.app.chevereto;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.vistazo.core.port.out.ForeignHashes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Chevereto's password and API-key hashes: PHP's {@code password_hash} bcrypt ({@code $2y$}, also {@code $2a$}
 * and {@code $2b$}), checked as PHP's {@code password_verify} does. PHP hashes the secret with a terminating zero
 * byte and silently keeps only the first 72 bytes, so a secret of 72 bytes or more is cut to exactly 72 bytes
 * and hashed without the zero; an API key ({@code chv_<id>_<128 hex>}) is always that long.
 */
public final class BcryptHashes implements ForeignHashes {

    private static final int PHP_KEY_BYTES = 72;
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    @Override
    public boolean recognizes(String hash) {
        return hash != null && BCRYPT.matcher(hash).matches();
    }

    @Override
    public boolean matches(String secret, String hash) {
        if (secret == null || !recognizes(hash)) {
            return false;
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        byte[] stored = hash.getBytes(StandardCharsets.US_ASCII);
        BCrypt.Result result = bytes.length < PHP_KEY_BYTES
                ? BCrypt.verifyer(BCrypt.Version.VERSION_2Y).verify(bytes, stored)
                : BCrypt.verifyer(BCrypt.Version.VERSION_2Y_NO_NULL_TERMINATOR)
                        .verify(Arrays.copyOf(bytes, PHP_KEY_BYTES), stored);
        return result.verified;
    }
}
