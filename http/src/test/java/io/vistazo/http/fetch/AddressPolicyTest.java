package io.vistazo.http.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Refusal;
import io.vistazo.http.net.Cidr;
import io.vistazo.http.net.IpLiteral;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private static byte[] address(String literal) {
        return IpLiteral.parseStrict(literal).orElseThrow();
    }

    /**
     * Every non-public range with one address inside (never public) and one just outside; whether the outside
     * one is public depends on its neighbours.
     */
    @ParameterizedTest(name = "{0}: {1} inside, {2} outside")
    @CsvSource({
        "0.0.0.0/8,          0.1.2.3,          1.0.0.0,           true",
        "10.0.0.0/8,         10.255.255.255,   11.0.0.0,          true",
        "100.64.0.0/10,      100.127.255.254,  100.128.0.0,       true",
        "100.64.0.0/10,      100.64.0.1,       100.63.255.255,    true",
        "127.0.0.0/8,        127.0.0.1,        128.0.0.0,         true",
        "169.254.0.0/16,     169.254.169.254,  169.255.0.1,       true",
        "172.16.0.0/12,      172.31.255.255,   172.32.0.0,        true",
        "172.16.0.0/12,      172.16.0.1,       172.15.255.255,    true",
        "192.0.0.0/24,       192.0.0.8,        192.0.1.1,         true",
        "192.0.2.0/24,       192.0.2.1,        192.0.3.1,         true",
        "192.88.99.0/24,     192.88.99.1,      192.88.98.255,     true",
        "192.168.0.0/16,     192.168.1.1,      192.169.0.1,       true",
        "198.18.0.0/15,      198.19.255.255,   198.20.0.0,        true",
        "198.18.0.0/15,      198.18.0.1,       198.17.255.255,    true",
        "198.51.100.0/24,    198.51.100.7,     198.51.101.0,      true",
        "203.0.113.0/24,     203.0.113.9,      203.0.114.0,       true",
        "224.0.0.0/4,        239.255.255.250,  223.255.255.255,   true",
        "240.0.0.0/4,        240.0.0.1,        239.255.255.255,   false",
        "255.255.255.255/32, 255.255.255.255,  255.255.255.254,   false",
        "::/128,             ::,               ::2,               false",
        "::1/128,            ::1,              ::2,               false",
        "::ffff:0:0/96,      ::ffff:127.0.0.1, ::fffe:7f00:1,     false",
        "::ffff:0:0/96,      ::ffff:10.1.2.3,  ::1:ffff:a01:203,  false",
        "64:ff9b::/96,       64:ff9b::a00:1,   64:ff9b:1::a00:1,  false",
        "64:ff9b::/96,       64:ff9b::a9fe:a9fe, 64:ff9a::a9fe:a9fe, false",
        "100::/64,           100::1,           100:0:0:1::1,      false",
        "2001::/23,          2001:0:4136::1,   2001:200::1,       true",
        "2001:db8::/32,      2001:db8::1,      2001:db9::1,       true",
        "2002::/16,          2002:7f00:1::,    2003::1,           true",
        "2002::/16,          2002:c0a8:101::1, 2001:4860::8888,   true",
        "fc00::/7,           fd12:3456::1,     fe00::1,           false",
        "fe80::/10,          fe80::1,          fe7f:ffff::1,      false",
        "fec0::/10,          fec0::1,          ff00::1,           false",
        "ff00::/8,           ff02::1,          feff::1,           false"
    })
    void refusesEveryNonPublicRange(String range, String inside, String outside, boolean outsideIsPublic) {
        Cidr network = Cidr.parse(range);

        assertThat(network.contains(address(inside))).as("%s inside %s", inside, range).isTrue();
        assertThat(network.contains(address(outside))).as("%s outside %s", outside, range).isFalse();
        assertThat(AddressPolicy.isPublic(address(inside))).as("%s public", inside).isFalse();
        assertThat(AddressPolicy.isPublic(address(outside))).as("%s public", outside).isEqualTo(outsideIsPublic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4001::200e",
        "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"})
    void acceptsPublicAddresses(String literal) {
        assertThat(AddressPolicy.isPublic(address(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::7f00:1", "::8.8.8.8", "1::1", "4000::1", "3fff::1", "64:ff9b:1::808:808"})
    void refusesIpv6OutsideGlobalUnicast(String literal) {
        assertThat(AddressPolicy.isPublic(address(literal))).isFalse();
    }

    @Test
    void permitsAllowListedNetworksAndHosts() {
        AddressPolicy policy = new AddressPolicy(AllowList.parse("127.0.0.0/8, fd00::/8, files.lan"));

        assertThat(policy.permits("anything", FakeDns.address("127.0.0.1"))).isTrue();
        assertThat(policy.permits("anything", FakeDns.address("fd00::5"))).isTrue();
        assertThat(policy.permits("FILES.LAN.", FakeDns.address("10.9.8.7"))).isTrue();
        assertThat(policy.permits("anything", FakeDns.address("10.9.8.7"))).isFalse();
        assertThat(policy.permits("anything", FakeDns.address("8.8.8.8"))).isTrue();
    }

    @Test
    void matchesIpv4MappedAddressesAgainstIpv4Entries() {
        AllowList allowList = AllowList.parse("127.0.0.0/8");

        assertThat(allowList.allowsAddress(address("::ffff:127.0.0.1"))).isTrue();
        assertThat(allowList.allowsAddress(address("::ffff:10.0.0.1"))).isFalse();
    }

    @Test
    void refusesWhenAnyAddressIsNotPermitted() {
        AddressPolicy policy = new AddressPolicy(AllowList.none());
        List<java.net.InetAddress> mixed = List.of(FakeDns.address("8.8.8.8"), FakeDns.address("10.0.0.1"));

        assertThatThrownBy(() -> policy.requirePermitted("mixed.test", mixed))
                .isInstanceOf(Refusal.class)
                .hasMessage("Unsupported non-public IP address for upload");
        assertThatThrownBy(() -> policy.requirePermitted("empty.test", List.of()))
                .isInstanceOf(Refusal.class);
        assertThatCode(() -> policy.requirePermitted("public.test", List.of(FakeDns.address("8.8.8.8"))))
                .doesNotThrowAnyException();
    }
}
