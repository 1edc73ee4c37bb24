package io.vistazo.app.chevereto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheveretoSecretsTest {

    @TempDir
    Path folder;

    /** RFC 8439 A.1, test vector 1: the key stream of the zero key and nonce from block 0. */
    @Test
    void theKeyStreamStartsAtBlockZero() throws IOException {
        CheveretoSecrets secrets = CheveretoSecrets.fromKeyFile(keyFile(new byte[32]));

        byte[] stream = secrets.chacha20(new byte[12], new byte[16]);

        assertThat(HexFormat.of().formatHex(stream)).isEqualTo("76b8e0ada0f13d90405d6ae55386bd28");
    }

    @Test
    void aStoredValueIsOpenedWithTheSiteKey() throws IOException {
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        CheveretoSecrets secrets = CheveretoSecrets.fromKeyFile(keyFile(key));
        byte[] nonce = "twelve bytes".getBytes(StandardCharsets.US_ASCII);
        String stored = sealed(secrets, nonce, "f".repeat(64));

        assertThat(secrets.reveal(stored, "api_v1_key")).isEqualTo("f".repeat(64));
        assertThat(CheveretoSecrets.NONE.reveal("plain-key", "api_v1_key")).isEqualTo("plain-key");
    }

    @Test
    void aWrongKeyOrAPlainValueIsRefusedWithAClearMessage() throws IOException {
        byte[] nonce = "twelve bytes".getBytes(StandardCharsets.US_ASCII);
        String stored = sealed(CheveretoSecrets.fromKeyFile(keyFile(new byte[32])), nonce, "f".repeat(64));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        CheveretoSecrets wrong = CheveretoSecrets.fromKeyFile(keyFile(otherKey));

        assertThatThrownBy(() -> wrong.reveal(stored, "api_v1_key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not open api_v1_key");
        assertThatThrownBy(() -> wrong.reveal("f".repeat(64), "api_v1_key"))
                .hasMessageContaining("does not open api_v1_key");
    }

    @Test
    void aFileWithoutA32ByteKeyIsRefused() throws IOException {
        Path shortKey = keyFile(new byte[16]);
        Path notBase64 = Files.writeString(folder.resolve("garbage"), "not a key!\n");

        assertThatThrownBy(() -> CheveretoSecrets.fromKeyFile(shortKey))
                .hasMessageContaining("--encryption-key-file").hasMessageContaining("base64 of 32 bytes");
        assertThatThrownBy(() -> CheveretoSecrets.fromKeyFile(notBase64))
                .hasMessageContaining("base64 of 32 bytes");
    }

    private Path keyFile(byte[] key) throws IOException {
        return Files.writeString(folder.resolve("key-" + key.length + "-" + key[0]),
                Base64.getEncoder().encodeToString(key) + "\n");
    }

    private static String sealed(CheveretoSecrets secrets, byte[] nonce, String plain) {
        byte[] cipher = secrets.chacha20(nonce, plain.getBytes(StandardCharsets.US_ASCII));
        byte[] stored = new byte[nonce.length + cipher.length];
        System.arraycopy(nonce, 0, stored, 0, nonce.length);
        System.arraycopy(cipher, 0, stored, nonce.length, cipher.length);
        return Base64.getEncoder().encodeToString(stored);
    }
}
