package io.vistazo.http.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Refusal;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.util.Promise;
import org.junit.jupiter.api.Test;

class VettingResolverTest {

    private final FakeDns dns = new FakeDns()
            .with("public.test", "93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946")
            .with("mixed.test", "93.184.216.34", "192.168.1.10")
            .with("files.lan", "10.1.2.3");

    private VettingResolver resolver(String allowList) {
        return new VettingResolver(new AddressPolicy(AllowList.parse(allowList)), dns, Runnable::run);
    }

    @Test
    void pinsTheConnectionToTheCheckedAddresses() throws UnknownHostException {
        List<InetSocketAddress> addresses = resolver("").vet("public.test", 443);

        assertThat(addresses).extracting(InetSocketAddress::isUnresolved).containsOnly(false);
        assertThat(addresses).extracting(address -> address.getAddress().getHostAddress())
                .containsExactly("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946");
        assertThat(addresses).extracting(InetSocketAddress::getPort).containsOnly(443);
        assertThat(dns.queries()).containsExactly("public.test");
    }

    @Test
    void refusesWhenAnyResolvedAddressIsNotPublic() {
        assertThatThrownBy(() -> resolver("").vet("mixed.test", 80))
                .isInstanceOf(Refusal.class)
                .hasMessage("Unsupported non-public IP address for upload");
    }

    @Test
    void letsAllowListedHostsReachPrivateAddresses() throws UnknownHostException {
        assertThat(resolver("files.lan").vet("files.lan", 80))
                .containsExactly(new InetSocketAddress(FakeDns.address("10.1.2.3"), 80));
    }

    @Test
    void readsNumericHostsItselfWithoutAskingDns() throws UnknownHostException {
        assertThatThrownBy(() -> resolver("").vet("0177.0.0.1", 80)).isInstanceOf(Refusal.class);
        assertThat(resolver("127.0.0.0/8").vet("0177.0.0.1", 80))
                .containsExactly(new InetSocketAddress(FakeDns.address("127.0.0.1"), 80));
        assertThat(dns.queries()).isEmpty();
    }

    @Test
    void readsBracketedIpv6LiteralsWithoutAskingDns() throws UnknownHostException {
        assertThatThrownBy(() -> resolver("").vet("[::1]", 80)).isInstanceOf(Refusal.class);
        assertThat(resolver("::1/128").vet("[::1]", 80))
                .containsExactly(new InetSocketAddress(FakeDns.address("::1"), 80));
        assertThat(dns.queries()).isEmpty();
    }

    @Test
    void reportsRefusalsThroughThePromise() throws InterruptedException {
        CompletableFuture<List<InetSocketAddress>> result = new CompletableFuture<>();

        resolver("").resolve("mixed.test", 80, Map.of(), Promise.from(result));

        assertThatThrownBy(result::get)
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(Refusal.class);
    }

    @Test
    void reportsUnknownHostsThroughThePromise() {
        CompletableFuture<List<InetSocketAddress>> result = new CompletableFuture<>();

        resolver("").resolve("nowhere.test", 80, Map.of(), Promise.from(result));

        assertThat(result).isCompletedExceptionally();
    }
}
