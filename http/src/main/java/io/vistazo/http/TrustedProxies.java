package io.vistazo.http;

import io.vistazo.http.net.Cidr;
import io.vistazo.http.net.IpLiteral;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code trusted-proxies} setting and the one place that works out a request's {@link RequestOrigin}. Only
 * when the peer is a trusted proxy are {@code Forwarded} / {@code X-Forwarded-For} (the right-most address that
 * is not a trusted proxy), {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} believed; anyone else's are
 * ignored, so a client cannot choose its own address.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    /** A name (underscores too: Docker service names have them) or an address, with an optional port. */
    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9._\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final List<Cidr> networks;

    private TrustedProxies(List<Cidr> networks) {
        this.networks = List.copyOf(networks);
    }

    /**
     * Comma or space separated networks ({@code 10.0.0.0/8}, {@code fd00::/8}) or addresses ({@code 127.0.0.1}).
     *
     * @throws IllegalArgumentException for an entry that is neither
     */
    public static TrustedProxies parse(String setting) {
        List<Cidr> networks = new ArrayList<>();
        for (String entry : SEPARATORS.split(setting.strip())) {
            if (!entry.isEmpty()) {
                networks.add(Cidr.parse(entry));
            }
        }
        return new TrustedProxies(networks);
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    boolean trusts(InetAddress address) {
        return networks.stream().anyMatch(network -> network.contains(address));
    }

    /**
     * @param peer the address the connection comes from
     * @param headers every value of a request header by name (an empty list when absent)
     */
    public RequestOrigin origin(InetAddress peer, Function<String, List<String>> headers) {
        String host = validHost(first(headers.apply("Host"))).orElse(null);
        if (peer == null) {
            return new RequestOrigin("", "http", host);
        }
        if (!trusts(peer)) {
            return new RequestOrigin(peer.getHostAddress(), "http", host);
        }
        return new RequestOrigin(clientBehind(peer, forwardedChain(headers)).getHostAddress(),
                forwardedScheme(first(headers.apply("X-Forwarded-Proto"))),
                validHost(first(headers.apply("X-Forwarded-Host"))).orElse(host));
    }

    /**
     * Walks the chain from the right, past trusted proxies, to the first address that is not one. An entry
     * that is no address (garbage, {@code unknown}, an obfuscated name) ends the walk at the last proxy passed:
     * nothing to its left can be believed.
     */
    private InetAddress clientBehind(InetAddress peer, List<String> chain) {
        InetAddress client = peer;
        for (int index = chain.size() - 1; index >= 0; index--) {
            Optional<InetAddress> hop = ForwardedHeaders.address(chain.get(index));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
            if (!trusts(client)) {
                return client;
            }
        }
        return client;
    }

    /** {@code Forwarded}'s {@code for=} nodes when the header is present, else {@code X-Forwarded-For}'s. */
    private static List<String> forwardedChain(Function<String, List<String>> headers) {
        List<String> forwarded = headers.apply("Forwarded");
        if (forwarded != null && !forwarded.isEmpty()) {
            return ForwardedHeaders.forNodes(forwarded);
        }
        List<String> forwardedFor = headers.apply("X-Forwarded-For");
        return forwardedFor == null ? List.of() : ForwardedHeaders.listItems(forwardedFor);
    }

    private static String forwardedScheme(String proto) {
        String first = proto == null ? "" : proto.split(",", -1)[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("https") ? "https" : "http";
    }

    private static Optional<String> validHost(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String first = value.split(",", -1)[0].strip();
        return HOST.matcher(first).matches() ? Optional.of(first) : Optional.empty();
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Parsing of {@code Forwarded} (RFC 7239) and {@code X-Forwarded-For} values; no DNS is ever asked. */
    static final class ForwardedHeaders {

        private ForwardedHeaders() {
        }

        /** The comma separated items of every value of a list header, in order, outside quoted strings. */
        static List<String> listItems(List<String> values) {
            List<String> items = new ArrayList<>();
            for (String value : values) {
                items.addAll(split(value, ','));
            }
            return items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
        }

        /** The {@code for=} node of each element of {@code Forwarded}; an element without one counts as unknown. */
        static List<String> forNodes(List<String> values) {
            List<String> nodes = new ArrayList<>();
            for (String element : listItems(values)) {
                String node = "unknown";
                for (String pair : split(element, ';')) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                        node = unquote(pair.substring(equals + 1).strip());
                    }
                }
                nodes.add(node);
            }
            return nodes;
        }

        /**
         * The address of a node: {@code 192.0.2.1}, {@code 192.0.2.1:8080}, {@code 2001:db8::1},
         * {@code [2001:db8::1]} or {@code [2001:db8::1]:80}; empty for anything else.
         */
        static Optional<InetAddress> address(String node) {
            String text = node.strip();
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                if (close < 0 || !portOrNothing(text.substring(close + 1))) {
                    return Optional.empty();
                }
                text = text.substring(1, close);
            } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
                int colon = text.indexOf(':');
                if (!portOrNothing(text.substring(colon))) {
                    return Optional.empty();
                }
                text = text.substring(0, colon);
            }
            return IpLiteral.parseStrict(text).flatMap(ForwardedHeaders::toAddress);
        }

        private static boolean portOrNothing(String rest) {
            return rest.isEmpty() || rest.matches(":[0-9]{1,5}");
        }

        private static Optional<InetAddress> toAddress(byte[] bytes) {
            try {
                // IPv4-mapped IPv6 addresses come back as the IPv4 address they map.
                return Optional.of(InetAddress.getByAddress(bytes));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }

        private static String unquote(String value) {
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            return value;
        }

        private static List<String> split(String text, char separator) {
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && quoted && i + 1 < text.length()) {
                    part.append(c).append(text.charAt(++i));
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == separator && !quoted) {
                    parts.add(part.toString());
                    part.setLength(0);
                    continue;
                }
                part.append(c);
            }
            parts.add(part.toString());
            return parts;
        }
    }
}
