package io.vistazo.http.web;

import io.vistazo.core.domain.Refusal;
import io.vistazo.http.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.UrlEncoded;

/** Small urlencoded forms and query strings of the web pages. */
final class Forms {

    /** Web forms carry a few short fields; anything larger is refused. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_FIELDS = 1000;

    /** Far beyond any real listing, and small enough that offsets never overflow. */
    static final int MAX_PAGE = 1_000_000;

    private final Map<String, List<String>> values;

    private Forms(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's urlencoded body. */
    static Forms body(Exchange exchange) throws IOException {
        return parse(new String(readBody(exchange), StandardCharsets.UTF_8));
    }

    static Forms query(Exchange exchange) {
        return parse(exchange.rawQuery());
    }

    static byte[] readBody(Exchange exchange) throws IOException {
        try (InputStream in = exchange.body()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw Refusal.formTooLarge();
            }
            return bytes;
        }
    }

    /** Decoded by Jetty's form decoder, the same one the API uses. */
    static Forms parse(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            try {
                UrlEncoded.decodeTo(raw, (name, value) -> values.computeIfAbsent(name, key -> new ArrayList<>())
                        .add(value == null ? "" : value), StandardCharsets.UTF_8, MAX_FIELDS);
            } catch (IllegalArgumentException | IllegalStateException malformed) {
                throw Refusal.malformedForm();
            }
        }
        return new Forms(values);
    }

    /** The first value of the field, or null. */
    String get(String name) {
        List<String> all = values.get(name);
        return all == null ? null : all.get(0);
    }

    String get(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A page number from {@code page}: 1 when absent or not a positive number; at most {@value #MAX_PAGE}. */
    int page() {
        try {
            return Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(get("page", "1").strip())));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

}
