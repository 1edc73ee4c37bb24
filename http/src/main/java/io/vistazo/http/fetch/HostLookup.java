package io.vistazo.http.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name resolution; {@link InetAddress#getAllByName(String)} outside tests. */
@FunctionalInterface
interface HostLookup {

    HostLookup SYSTEM = InetAddress::getAllByName;

    /** All A and AAAA records of {@code host}. */
    InetAddress[] lookup(String host) throws UnknownHostException;
}
