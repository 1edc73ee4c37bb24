package io.vistazo.core.text;

/**
 * Chevereto's ID codec: positional base 62 over an alphabet permuted by SHA-256 of a salt, with the id
 * multiplied by a padding first ({@code chevereto-compat.md} §3.1).
 */
public final class IdCodec {

    public IdCodec(String salt, long padding) {
        throw new UnsupportedOperationException("stub");
    }

    /** The permuted alphabet, for tests and diagnostics. */
    public String alphabet() {
        throw new UnsupportedOperationException("stub");
    }

    /** {@code ""} for 0. */
    public String encode(long id) {
        throw new UnsupportedOperationException("stub");
    }

    /** Characters outside the alphabet count as digit 0; 0 means "no such id"; overflow gives 0. */
    public long decode(String encoded) {
        throw new UnsupportedOperationException("stub");
    }
}
