package io.vistazo.http.fetch;

import io.vistazo.http.net.Cidr;
import io.vistazo.http.net.IpLiteral;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Networks and host names the operator lets URL uploads reach although they are not public, parsed from a
 * setting such as {@code 127.0.0.0/8,::1/128,files.lan}.
 */
public record AllowList(List<Cidr> networks, Set<String> hosts) {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final String LABEL = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";
    private static final Pattern HOST_NAME = Pattern.compile(LABEL + "(\\." + LABEL + ")*");

    public AllowList {
        networks = List.copyOf(networks);
        hosts = normalizedHosts(hosts);
    }

    public static AllowList none() {
        return new AllowList(List.of(), Set.of());
    }

    /**
     * Comma or space separated entries: networks ({@code 10.0.0.0/8}), addresses ({@code ::1}) and host names.
     *
     * @throws IllegalArgumentException for an entry that is neither
     */
    public static AllowList parse(String setting) {
        List<Cidr> networks = new ArrayList<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (String entry : SEPARATORS.split(setting.strip())) {
            if (entry.isEmpty()) {
                continue;
            }
            if (looksLikeAddress(entry)) {
                networks.add(Cidr.parse(entry));
            } else {
                hosts.add(entry);
            }
        }
        return new AllowList(networks, hosts);
    }

    private static boolean looksLikeAddress(String entry) {
        return entry.contains("/") || entry.contains(":") || IpLiteral.parseStrict(entry).isPresent();
    }

    private static Set<String> normalizedHosts(Set<String> hosts) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String host : hosts) {
            String name = Hosts.normalize(host);
            if (!HOST_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a host name: " + host);
            }
            normalized.add(name);
        }
        return Set.copyOf(normalized);
    }

    public boolean allowsHost(String host) {
        return hosts.contains(Hosts.normalize(host));
    }

    public boolean allowsAddress(byte[] address) {
        byte[] unmapped = Addresses.unmapped(address);
        return networks.stream().anyMatch(network -> network.contains(address) || network.contains(unmapped));
    }
}
