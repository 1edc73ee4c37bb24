package io.vistazo.http.fetch;

import java.util.Locale;

/** One spelling per host, for comparing URL hosts with configured names. */
final class Hosts {

    private Hosts() {
    }

    /** Lower case, without IPv6 brackets and without the trailing dot of a fully qualified name. */
    static String normalize(String host) {
        String bare = host.strip();
        if (bare.length() > 1 && bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        if (bare.length() > 1 && bare.endsWith(".")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return bare.toLowerCase(Locale.ROOT);
    }
}
