package io.vistazo.http.fetch;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link JettyRemoteFetcher} fetches.
 *
 * @param allowList non-public networks and hosts that may be reached anyway
 * @param ownHosts the site's own host names; URLs naming them are refused
 * @param connectTimeout bound for opening one TCP (and TLS) connection
 * @param idleTimeout bound for silence while waiting for response bytes
 * @param totalTimeout bound for the whole fetch, redirects and body included
 * @param maxRedirects redirects followed before giving up
 * @param userAgent the {@code User-Agent} header sent
 * @param maxConnectionsPerHost connection pool size per scheme, host and port
 */
public record FetchPolicy(
        AllowList allowList,
        Set<String> ownHosts,
        Duration connectTimeout,
        Duration idleTimeout,
        Duration totalTimeout,
        int maxRedirects,
        String userAgent,
        int maxConnectionsPerHost) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_REDIRECTS = 3;
    public static final String DEFAULT_USER_AGENT = "Vistazo/0.1";
    public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = 4;

    public FetchPolicy {
        Objects.requireNonNull(allowList, "allowList");
        ownHosts = normalized(ownHosts);
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException("maxConnectionsPerHost must be positive");
        }
    }

    /** Public addresses only, default timeouts, 3 redirects. */
    public static FetchPolicy defaults(Set<String> ownHosts) {
        return new FetchPolicy(AllowList.none(), ownHosts, DEFAULT_CONNECT_TIMEOUT, DEFAULT_IDLE_TIMEOUT,
                DEFAULT_TOTAL_TIMEOUT, DEFAULT_MAX_REDIRECTS, DEFAULT_USER_AGENT, DEFAULT_MAX_CONNECTIONS_PER_HOST);
    }

    /** @param setting as {@link AllowList#parse(String)} reads it */
    public FetchPolicy withAllowList(String setting) {
        return withAllowList(AllowList.parse(setting));
    }

    public FetchPolicy withAllowList(AllowList newAllowList) {
        return new FetchPolicy(newAllowList, ownHosts, connectTimeout, idleTimeout, totalTimeout, maxRedirects,
                userAgent, maxConnectionsPerHost);
    }

    public FetchPolicy withTimeouts(Duration newConnectTimeout, Duration newIdleTimeout, Duration newTotalTimeout) {
        return new FetchPolicy(allowList, ownHosts, newConnectTimeout, newIdleTimeout, newTotalTimeout, maxRedirects,
                userAgent, maxConnectionsPerHost);
    }

    public boolean isOwnHost(String host) {
        return ownHosts.contains(Hosts.normalize(host));
    }

    private static Set<String> normalized(Set<String> hosts) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String host : hosts) {
            normalized.add(Hosts.normalize(host));
        }
        return Set.copyOf(normalized);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
