package io.vistazo.http.fetch;

import io.vistazo.http.net.Cidr;
import java.util.Optional;

/** Byte-level helpers for IPv6 forms that carry an IPv4 address. */
final class Addresses {

    private static final Cidr IPV4_MAPPED = Cidr.parse("::ffff:0:0/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private Addresses() {
    }

    /** The IPv4 address an IPv4-mapped, NAT64 or 6to4 address leads to. */
    static Optional<byte[]> embeddedIpv4(byte[] address) {
        if (IPV4_MAPPED.contains(address) || NAT64.contains(address)) {
            return Optional.of(slice(address, 12));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Optional.of(slice(address, 2));
        }
        return Optional.empty();
    }

    /** IPv4-mapped addresses as their IPv4 form, so one allow-list entry covers both spellings. */
    static byte[] unmapped(byte[] address) {
        return IPV4_MAPPED.contains(address) ? slice(address, 12) : address;
    }

    private static byte[] slice(byte[] address, int from) {
        byte[] ipv4 = new byte[4];
        System.arraycopy(address, from, ipv4, 0, 4);
        return ipv4;
    }
}
