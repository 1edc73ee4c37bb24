package io.vistazo.http.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralTest {

    @ParameterizedTest
    @CsvSource({
        "2130706433, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "0x7f.0.0.1, 127.0.0.1",
        "0X7F.0.0.1, 127.0.0.1",
        "127.1, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "127.0.1, 127.0.0.1",
        "127.0.0.01, 127.0.0.1",
        "017700000001, 127.0.0.1",
        "0x7f000001, 127.0.0.1",
        "127.0.0.1., 127.0.0.1",
        "0x, 0.0.0.0",
        "0, 0.0.0.0",
        "8.8.8.8, 8.8.8.8",
        "4294967295, 255.255.255.255",
        "10.0x0.0.012, 10.0.0.10"
    })
    void readsNumericHostsTheWayBrowsersDo(String host, String expected) throws UnknownHostException {
        byte[] parsed = IpLiteral.parseNumericHost(host).orElseThrow();

        assertThat(InetAddress.getByAddress(parsed).getHostAddress()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com", "1.example", "127.0.0.1.example", "0x7f.example", "x0",
        "0xg", "example.0x1g1"})
    void leavesNamesAlone(String host) {
        assertThat(IpLiteral.parseNumericHost(host)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "1.2.3.4.5", "09.0.0.1", "4294967296", "1.16777216", "1.2.65536",
        "0x100.0.0.1", "1..2", "0x1ffffffff"})
    void rejectsNumericHostsThatAreNoAddress(String host) {
        assertThatIllegalArgumentException().isThrownBy(() -> IpLiteral.parseNumericHost(host));
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.1, 4", "::1, 16", "::ffff:127.0.0.1, 16", "2001:db8::1, 16"})
    void readsStrictLiterals(String literal, int length) {
        assertThat(IpLiteral.parseStrict(literal)).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010.0.0.1", "1.2.3", "10.0.0.256", "2130706433", "localhost", "g::1", ".:1", "::1%lo",
        "1.2.3.4 ", "+1.2.3.4"})
    void refusesLooseLiterals(String literal) {
        assertThat(IpLiteral.parseStrict(literal)).isEmpty();
    }
}
