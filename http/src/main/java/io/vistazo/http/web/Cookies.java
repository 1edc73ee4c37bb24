package io.vistazo.http.web;

import java.util.ArrayList;
import java.util.List;

/** Reads cookie values from {@code Cookie} and {@code Set-Cookie} headers. */
final class Cookies {

    private Cookies() {
    }

    /** Every value of the named cookie in a request's {@code Cookie} header, in order. */
    static List<String> requestValues(String header, String name) {
        List<String> values = new ArrayList<>();
        if (header == null) {
            return values;
        }
        for (String pair : header.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
                values.add(pair.substring(equals + 1).strip());
            }
        }
        return values;
    }

    /** The value a list of {@code Set-Cookie} headers gives the named cookie, or null. */
    static String valueIn(List<String> setCookies, String name) {
        if (setCookies == null) {
            return null;
        }
        String prefix = name + "=";
        for (String header : setCookies) {
            if (header.startsWith(prefix)) {
                int end = header.indexOf(';');
                return header.substring(prefix.length(), end < 0 ? header.length() : end);
            }
        }
        return null;
    }
}
