package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.http.TrustedProxies.ForwardedHeaders;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8 fd00::/8");

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static RequestOrigin origin(TrustedProxies proxies, String peer, String... headers) {
        Map<String, List<String>> byName = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            byName.computeIfAbsent(headers[i].toLowerCase(), name -> new java.util.ArrayList<>()).add(headers[i + 1]);
        }
        return proxies.origin(ip(peer), name -> byName.getOrDefault(name.toLowerCase(), List.of()));
    }

    private static String address(String node) {
        return ForwardedHeaders.address(node).map(InetAddress::getHostAddress).orElse(null);
    }

    @Test
    void parsesNetworksAndAddressesOfBothFamilies() {
        assertThat(TrustedProxies.parse("").isEmpty()).isTrue();
        assertThat(PROXIES.trusts(ip("10.1.2.3"))).isTrue();
        assertThat(PROXIES.trusts(ip("127.0.0.1"))).isTrue();
        assertThat(PROXIES.trusts(ip("127.0.0.2"))).isFalse();
        assertThat(PROXIES.trusts(ip("fd12::1"))).isTrue();
        assertThat(PROXIES.trusts(ip("2001:db8::1"))).isFalse();
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.lan")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsNodesWithPortsBracketsAndQuotes() {
        assertThat(address("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(address("192.0.2.1:8080")).isEqualTo("192.0.2.1");
        assertThat(address("2001:db8::1")).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(address("[2001:db8::1]")).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(address("[::1]:80")).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(address("::ffff:192.0.2.9")).isEqualTo("192.0.2.9");
        for (String garbage : new String[] {"unknown", "_hidden", "", "example.org", "192.0.2.1:http", "[::1",
                "[::1]x", "1.2.3", "01.2.3.4", "999.1.1.1", "<script>"}) {
            assertThat(ForwardedHeaders.address(garbage)).as(garbage).isEqualTo(Optional.empty());
        }
    }

    @Test
    void readsTheForNodesOfForwarded() {
        assertThat(ForwardedHeaders.forNodes(List.of("for=192.0.2.60;proto=http;by=203.0.113.43",
                "For=\"[2001:db8:cafe::17]:4711\", proto=https", "for=\"a,b;c\";by=x")))
                .containsExactly("192.0.2.60", "[2001:db8:cafe::17]:4711", "unknown", "a,b;c");
        assertThat(ForwardedHeaders.forNodes(List.of("for=\"[::1]:80\""))).containsExactly("[::1]:80");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItsHeadersSay() {
        RequestOrigin origin = origin(PROXIES, "192.0.2.7", "X-Forwarded-For", "198.51.100.1",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example", "Host", "img.example.org");

        assertThat(origin).isEqualTo(new RequestOrigin("192.0.2.7", "http", "img.example.org"));
        assertThat(origin(TrustedProxies.NONE, "127.0.0.1", "X-Forwarded-For", "198.51.100.1").clientIp())
                .isEqualTo("127.0.0.1");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        assertThat(origin(PROXIES, "127.0.0.1", "X-Forwarded-For", "6.6.6.6, 198.51.100.1, 10.0.0.2").clientIp())
                .as("the spoofed left-most entry is ignored").isEqualTo("198.51.100.1");
        assertThat(origin(PROXIES, "127.0.0.1", "X-Forwarded-For", "6.6.6.6",
                "X-Forwarded-For", "198.51.100.1").clientIp()).as("several header lines").isEqualTo("198.51.100.1");
        assertThat(origin(PROXIES, "127.0.0.1", "Forwarded", "for=198.51.100.9, for=\"[2001:db8::5]:4711\"",
                "X-Forwarded-For", "6.6.6.6").clientIp()).as("Forwarded wins").isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(origin(PROXIES, "127.0.0.1", "X-Forwarded-For", "10.0.0.3, 10.0.0.2").clientIp())
                .as("all proxies").isEqualTo("10.0.0.3");
        assertThat(origin(PROXIES, "127.0.0.1").clientIp()).as("no header").isEqualTo("127.0.0.1");
    }

    @Test
    void garbageEndsTheWalkAtTheLastProxyPassed() {
        assertThat(origin(PROXIES, "127.0.0.1", "X-Forwarded-For", "198.51.100.1, nonsense, 10.0.0.2").clientIp())
                .isEqualTo("10.0.0.2");
        assertThat(origin(PROXIES, "127.0.0.1", "Forwarded", "for=unknown").clientIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void schemeAndHostComeFromATrustedProxyOnly() {
        RequestOrigin proxied = origin(PROXIES, "127.0.0.1", "Host", "127.0.0.1:8080",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "img.example.org");
        assertThat(proxied.scheme()).isEqualTo("https");
        assertThat(proxied.secure()).isTrue();
        assertThat(proxied.host()).isEqualTo("img.example.org");

        RequestOrigin odd = origin(PROXIES, "127.0.0.1", "Host", "127.0.0.1:8080",
                "X-Forwarded-Proto", "gopher", "X-Forwarded-Host", "bad host\"><script>");
        assertThat(odd.scheme()).isEqualTo("http");
        assertThat(odd.host()).isEqualTo("127.0.0.1:8080");
        assertThat(origin(PROXIES, "127.0.0.1", "Host", "[::1]:8080").host()).isEqualTo("[::1]:8080");
        assertThat(origin(PROXIES, "127.0.0.1", "Host", "vistazo_app:8080").host()).isEqualTo("vistazo_app:8080");
        assertThat(origin(PROXIES, "192.0.2.7", "Host", "a b").host()).as("no host to link to").isNull();
    }
}
