package io.vistazo.http.fetch;

import io.vistazo.http.net.IpLiteral;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty asks this resolver for the addresses of every new connection. It resolves the host once, checks every
 * address, and hands Jetty only those already-resolved addresses, so the socket goes exactly where the check
 * looked: a DNS answer that changes between check and connect (rebinding) cannot redirect it.
 */
final class VettingResolver implements SocketAddressResolver {

    private static final Logger LOG = LoggerFactory.getLogger(VettingResolver.class);

    private final AddressPolicy policy;
    private final HostLookup lookup;
    private final Executor executor;

    VettingResolver(AddressPolicy policy, HostLookup lookup, Executor executor) {
        this.policy = policy;
        this.lookup = lookup;
        this.executor = executor;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context,
            Promise<List<InetSocketAddress>> promise) {
        // DNS blocks; Jetty may call this from a selector thread.
        try {
            executor.execute(() -> complete(host, port, promise));
        } catch (RejectedExecutionException e) {
            promise.failed(e);
        }
    }

    private void complete(String host, int port, Promise<List<InetSocketAddress>> promise) {
        List<InetSocketAddress> addresses;
        try {
            addresses = vet(host, port);
        } catch (UnknownHostException | RuntimeException e) {
            promise.failed(e);
            return;
        }
        promise.succeeded(addresses);
    }

    /** The resolved, permitted socket addresses of {@code host}; refuses if any address is not permitted. */
    List<InetSocketAddress> vet(String host, int port) throws UnknownHostException {
        String bareHost = Hosts.normalize(host);
        List<InetAddress> addresses = resolveAll(bareHost);
        try {
            policy.requirePermitted(bareHost, addresses);
        } catch (RuntimeException e) {
            LOG.debug("Refused to fetch from {} at {}", bareHost, addresses);
            throw e;
        }
        return addresses.stream().map(address -> new InetSocketAddress(address, port)).toList();
    }

    private List<InetAddress> resolveAll(String host) throws UnknownHostException {
        if (host.indexOf(':') >= 0) {
            byte[] literal = IpLiteral.parseStrict(host)
                    .orElseThrow(() -> new UnknownHostException("invalid IPv6 address " + host));
            return List.of(InetAddress.getByAddress(literal));
        }
        Optional<byte[]> numeric = IpLiteral.parseNumericHost(host);
        if (numeric.isPresent()) {
            return List.of(InetAddress.getByAddress(numeric.get()));
        }
        return List.of(lookup.lookup(host));
    }
}
