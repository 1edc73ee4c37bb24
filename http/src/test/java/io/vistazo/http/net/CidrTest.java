package io.vistazo.http.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    private static byte[] address(String literal) {
        return IpLiteral.parseStrict(literal).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/8, 10.0.0.0, true",
        "10.0.0.0/8, 10.255.255.255, true",
        "10.0.0.0/8, 11.0.0.0, false",
        "10.0.0.0/8, 9.255.255.255, false",
        "100.64.0.0/10, 100.127.0.1, true",
        "100.64.0.0/10, 100.128.0.1, false",
        "0.0.0.0/0, 203.0.113.5, true",
        "192.0.2.7, 192.0.2.7, true",
        "192.0.2.7, 192.0.2.8, false",
        "fc00::/7, fdff:ffff::1, true",
        "fc00::/7, fe00::1, false",
        "2001:db8::/32, 2001:db8:ffff::1, true",
        "2001:db8::/32, 2001:db9::1, false",
        "::1, ::1, true",
        "::1, ::2, false",
        "::ffff:0:0/96, ::ffff:127.0.0.1, true",
        "10.0.0.0/8, ::ffff:10.0.0.1, false",
        "::/0, 10.0.0.1, false"
    })
    void knowsWhatItContains(String network, String candidate, boolean inside) {
        assertThat(Cidr.parse(network).contains(address(candidate))).isEqualTo(inside);
    }

    @Test
    void masksHostBits() {
        assertThat(Cidr.parse("10.1.2.3/8")).isEqualTo(Cidr.parse("10.0.0.0/8"));
        assertThat(Cidr.parse("10.1.2.3/8").contains(address("10.200.0.1"))).isTrue();
    }

    @Test
    void treatsABareAddressAsOneHost() {
        assertThat(Cidr.parse("192.0.2.7").prefixLength()).isEqualTo(32);
        assertThat(Cidr.parse("::1").prefixLength()).isEqualTo(128);
    }

    @Test
    void printsAsWritten() {
        assertThat(Cidr.parse(" ::ffff:0:0/96 ")).hasToString("::ffff:0:0/96");
        assertThat(Cidr.parse("127.0.0.1")).hasToString("127.0.0.1/32");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/8", "10.0.0.0/33", "::/129", "10.0.0.0/-1", "10.0.0.0/x", "example.com/8",
        "localhost", "010.0.0.0/8", "10.0.0/8", "256.0.0.0/8", "g::1/64", "1::2::3/64"})
    void rejectsWhatIsNoNetwork(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse(text));
    }
}
