package io.vistazo.http.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.vistazo.http.net.Cidr;
import io.vistazo.http.net.IpLiteral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowListTest {

    @Test
    void readsNetworksAddressesAndHostNames() {
        AllowList allowList = AllowList.parse("127.0.0.0/8,::1/128,files.lan");

        assertThat(allowList.networks()).containsExactly(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128"));
        assertThat(allowList.hosts()).containsExactly("files.lan");
    }

    @Test
    void acceptsSpacesAndNormalizesHostNames() {
        AllowList allowList = AllowList.parse("  10.1.2.3   Files.LAN. , fd00::1 ,, ");

        assertThat(allowList.networks()).containsExactly(Cidr.parse("10.1.2.3/32"), Cidr.parse("fd00::1/128"));
        assertThat(allowList.allowsHost("files.lan")).isTrue();
        assertThat(allowList.allowsHost("FILES.lan.")).isTrue();
        assertThat(allowList.allowsHost("other.lan")).isFalse();
    }

    @Test
    void isEmptyForABlankSetting() {
        assertThat(AllowList.parse(" ")).isEqualTo(AllowList.none());
        assertThat(AllowList.none().allowsAddress(IpLiteral.parseStrict("127.0.0.1").orElseThrow())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/40", "under_score.lan", "bad host!", "-leading.lan", "fe80::1%eth0"})
    void rejectsEntriesThatAreNeither(String setting) {
        assertThatIllegalArgumentException().isThrownBy(() -> AllowList.parse(setting));
    }
}
