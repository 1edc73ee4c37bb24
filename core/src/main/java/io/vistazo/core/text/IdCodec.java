package io.vistazo.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.IntStream;

/**
 * Chevereto's ID codec: positional base 62 over an alphabet permuted by SHA-256 of a salt, with the id
 * multiplied by a padding first ({@code docs/chevereto-compat.md} §3.1).
 */
public final class IdCodec {

    private static final String BASE_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int BASE = BASE_ALPHABET.length();

    private final String alphabet;
    private final long padding;
    /** Digit value per ASCII char; chars outside the alphabet stay 0, as in Chevereto. */
    private final int[] digitOf = new int[128];

    public IdCodec(String salt, long padding) {
        this.alphabet = permutedAlphabet(salt == null ? "" : salt);
        this.padding = padding;
        for (int digit = 0; digit < BASE; digit++) {
            digitOf[alphabet.charAt(digit)] = digit;
        }
    }

    /** The permuted alphabet, for tests and diagnostics. */
    public String alphabet() {
        return alphabet;
    }

    /** {@code ""} for 0. */
    public String encode(long id) {
        if (id < 0) {
            throw new IllegalArgumentException("negative id " + id);
        }
        long value = padding > 0 ? Math.multiplyExact(id, padding) : id;
        StringBuilder digits = new StringBuilder();
        while (value > 0) {
            digits.append(alphabet.charAt((int) (value % BASE)));
            value /= BASE;
        }
        return digits.reverse().toString();
    }

    /** Characters outside the alphabet count as digit 0; 0 means "no such id"; overflow gives 0. */
    public long decode(String encoded) {
        if (encoded == null) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            value = c < 128 ? appendDigit(value, digitOf[c]) : appendZeros(value, utf8Length(c));
            if (value < 0) {
                return 0;
            }
        }
        return padding > 0 ? value / padding : value;
    }

    /** {@code value * 62 + digit}, or -1 on overflow. */
    private static long appendDigit(long value, int digit) {
        if (value > (Long.MAX_VALUE - digit) / BASE) {
            return -1;
        }
        return value * BASE + digit;
    }

    /** PHP walks bytes, so a non-ASCII char is one zero digit per UTF-8 byte. */
    private static long appendZeros(long value, int count) {
        long result = value;
        for (int i = 0; i < count && result >= 0; i++) {
            result = appendDigit(result, 0);
        }
        return result;
    }

    /** UTF-8 bytes of one UTF-16 unit; each half of a surrogate pair counts 2, making the pair's 4. */
    private static int utf8Length(char c) {
        return c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }

    private static String permutedAlphabet(String salt) {
        String hash = sha256Hex(salt);
        Comparator<Integer> byHashDescending = Comparator.comparing((Integer n) -> hash.charAt(n)).reversed();
        return IntStream.range(0, BASE)
                .boxed()
                .sorted(byHashDescending.thenComparing(n -> BASE_ALPHABET.charAt(n)))
                .map(n -> String.valueOf(BASE_ALPHABET.charAt(n)))
                .reduce("", String::concat);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
