package io.vistazo.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A path pattern of literal segments, {@code {name}} for one segment and a final {@code {name...}} for the rest.
 * Matching runs on the raw path; each captured segment is percent-decoded exactly once.
 */
final class RoutePattern {

    private final String text;
    private final List<String> segments;
    private final boolean tail;

    RoutePattern(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("pattern must start with /: " + text);
        }
        this.text = text;
        this.segments = split(text);
        this.tail = !segments.isEmpty() && segments.get(segments.size() - 1).endsWith("...}");
        for (int i = 0; i < segments.size() - 1; i++) {
            if (segments.get(i).endsWith("...}")) {
                throw new IllegalArgumentException("{name...} must be last: " + text);
            }
        }
    }

    String text() {
        return text;
    }

    /** The captured parameters, or null when the path does not match. */
    Map<String, String> match(String rawPath) {
        return match(split(rawPath));
    }

    /** As {@link #match(String)}, for a path already split by {@link #split(String)} (once per request). */
    Map<String, String> match(List<String> parts) {
        if (tail ? parts.size() < segments.size() : parts.size() != segments.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (tail && i == segments.size() - 1) {
                params.put(name(segment), decodeEach(parts.subList(i, parts.size())));
            } else if (isParam(segment)) {
                params.put(name(segment), decode(parts.get(i)));
            } else if (!segment.equals(parts.get(i))) {
                return null;
            }
        }
        return params;
    }

    private static boolean isParam(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static String name(String segment) {
        return segment.substring(1, segment.length() - 1).replace("...", "");
    }

    /** Splits on '/', keeping a trailing empty segment so {@code /a/} differs from {@code /a}. */
    static List<String> split(String path) {
        List<String> parts = new ArrayList<>(List.of(path.substring(1).split("/", -1)));
        if (parts.size() == 1 && parts.get(0).isEmpty()) {
            parts.clear();
        }
        return parts;
    }

    private static String decodeEach(List<String> parts) {
        List<String> decoded = new ArrayList<>(parts.size());
        for (String part : parts) {
            decoded.add(decode(part));
        }
        return String.join("/", decoded);
    }

    private static String decode(String segment) {
        // URLDecoder turns '+' into a space, which is right for query strings only.
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
