package io.vistazo.http;

/**
 * Who sent a request and which site they asked for, as {@link TrustedProxies} worked it out.
 *
 * @param clientIp the client's address: the peer's, or the one a trusted proxy forwarded
 * @param scheme {@code http} or {@code https}
 * @param host the host (and port) the client asked for, or null when the request named none
 */
public record RequestOrigin(String clientIp, String scheme, String host) {

    public boolean secure() {
        return scheme.equals("https");
    }
}
