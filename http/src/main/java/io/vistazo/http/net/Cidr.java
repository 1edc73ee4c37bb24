package io.vistazo.http.net;

import java.net.InetAddress;
import java.util.Arrays;

/** An IPv4 or IPv6 network such as {@code 10.0.0.0/8} or {@code fc00::/7}; a bare address is a single host. */
public final class Cidr {

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private Cidr(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * Parses {@code address/prefix} or a bare address. Only canonical dotted quads and IPv6 literals are
     * accepted, so parsing never touches DNS.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Cidr parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String addressText = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] address = IpLiteral.parseStrict(addressText)
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or network: " + text));
        int bits = address.length * 8;
        int prefix = slash < 0 ? bits : parsePrefix(trimmed.substring(slash + 1), bits, text);
        return new Cidr(masked(address, prefix), prefix, addressText + "/" + prefix);
    }

    private static int parsePrefix(String prefixText, int bits, String text) {
        try {
            int prefix = Integer.parseInt(prefixText);
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Prefix length out of range: " + text);
            }
            return prefix;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an IP address or network: " + text, e);
        }
    }

    private static byte[] masked(byte[] address, int prefix) {
        byte[] network = address.clone();
        for (int bit = prefix; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return network;
    }

    /** Addresses of the other family are never inside. */
    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    public boolean contains(byte[] address) {
        return address.length == network.length && Arrays.equals(masked(address, prefixLength), network);
    }

    public int prefixLength() {
        return prefixLength;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && prefixLength == cidr.prefixLength
                && Arrays.equals(network, cidr.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }
}
