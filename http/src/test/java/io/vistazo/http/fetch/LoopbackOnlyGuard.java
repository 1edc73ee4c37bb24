package io.vistazo.http.fetch;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Workplace rule for tests: traffic goes to loopback only. Sits between the fetcher's vetting resolver and
 * Jetty, so even a broken policy cannot make a test connect anywhere else; tests assert it saw no violation.
 */
final class LoopbackOnlyGuard implements UnaryOperator<SocketAddressResolver> {

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<InetSocketAddress> released = new CopyOnWriteArrayList<>();

    @Override
    public SocketAddressResolver apply(SocketAddressResolver vetting) {
        return (host, port, context, promise) -> vetting.resolve(host, port, context,
                Promise.from(addresses -> release(host, addresses, promise), promise::failed));
    }

    private void release(String host, List<InetSocketAddress> addresses,
            Promise<List<InetSocketAddress>> promise) {
        boolean loopbackOnly = addresses.stream()
                .allMatch(address -> address.getAddress() != null && address.getAddress().isLoopbackAddress());
        if (loopbackOnly) {
            released.addAll(addresses);
            promise.succeeded(addresses);
        } else {
            violations.add(host + " -> " + addresses);
            promise.failed(new IllegalStateException("test guard: not connecting outside loopback to " + addresses));
        }
    }

    List<String> violations() {
        return violations;
    }

    /** Addresses Jetty was allowed to connect to. */
    List<InetSocketAddress> released() {
        return released;
    }
}
