package io.vistazo.http.fetch;

import io.vistazo.http.net.IpLiteral;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Name resolution for tests without network: a fixed table plus {@code localhost} from the hosts file. */
final class FakeDns implements HostLookup {

    private final Map<String, InetAddress[]> records = new ConcurrentHashMap<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();

    FakeDns with(String host, String... addresses) {
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int index = 0; index < addresses.length; index++) {
            resolved[index] = address(addresses[index]);
        }
        records.put(host, resolved);
        return this;
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByAddress(IpLiteral.parseStrict(literal).orElseThrow());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    @Override
    public InetAddress[] lookup(String host) throws UnknownHostException {
        queries.add(host);
        if (host.equals("localhost")) {
            return InetAddress.getAllByName("localhost");
        }
        InetAddress[] resolved = records.get(host);
        if (resolved == null) {
            throw new UnknownHostException(host);
        }
        return resolved.clone();
    }

    List<String> queries() {
        return queries;
    }
}
