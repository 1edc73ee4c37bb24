package io.vistazo.http.fetch;

import io.vistazo.core.domain.Refusal;
import io.vistazo.http.net.Cidr;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses URL uploads may reach: public unicast ones, plus whatever the operator's {@link AllowList}
 * names. IPv4-mapped, NAT64 and 6to4 addresses are judged by the IPv4 address they lead to.
 */
public final class AddressPolicy {

    private static final List<Cidr> NON_PUBLIC_IPV4 = cidrs(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32");

    private static final List<Cidr> NON_PUBLIC_IPV6 = cidrs(
            "::/128", "::1/128", "100::/64", "2001::/23", "2001:db8::/32", "3fff::/20", "fc00::/7", "fe80::/10",
            "fec0::/10", "ff00::/8");

    // Everything outside 2000::/3 is reserved or unassigned, e.g. the deprecated IPv4-compatible ::a.b.c.d.
    private static final Cidr GLOBAL_UNICAST_IPV6 = Cidr.parse("2000::/3");

    private final AllowList allowList;

    public AddressPolicy(AllowList allowList) {
        this.allowList = allowList;
    }

    private static List<Cidr> cidrs(String... networks) {
        return Arrays.stream(networks).map(Cidr::parse).toList();
    }

    public static boolean isPublic(InetAddress address) {
        return isPublic(address.getAddress());
    }

    static boolean isPublic(byte[] address) {
        if (address.length == 4) {
            return NON_PUBLIC_IPV4.stream().noneMatch(network -> network.contains(address));
        }
        Optional<byte[]> embedded = Addresses.embeddedIpv4(address);
        if (embedded.isPresent()) {
            return isPublic(embedded.get());
        }
        return GLOBAL_UNICAST_IPV6.contains(address)
                && NON_PUBLIC_IPV6.stream().noneMatch(network -> network.contains(address));
    }

    /** Whether {@code address}, which {@code host} resolved to, may be reached. */
    public boolean permits(String host, InetAddress address) {
        byte[] bytes = address.getAddress();
        return allowList.allowsHost(host) || allowList.allowsAddress(bytes) || isPublic(bytes);
    }

    /** @throws Refusal nonPublicAddress if any of the addresses may not be reached */
    public void requirePermitted(String host, List<InetAddress> addresses) {
        if (addresses.isEmpty() || !addresses.stream().allMatch(address -> permits(host, address))) {
            throw Refusal.nonPublicAddress();
        }
    }
}
