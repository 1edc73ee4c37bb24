package io.vistazo.http.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The name a downloaded file had: the last path segment of its URL. */
final class UrlFilename {

    static final String FALLBACK = "download";

    // A decoded %2F or %5C would otherwise smuggle a path separator into a "file name".
    private static final Pattern UNSAFE = Pattern.compile("[/\\\\\\p{Cntrl}]");

    private UrlFilename() {
    }

    static String of(URI url) {
        String rawPath = url.getRawPath();
        if (rawPath == null) {
            return FALLBACK;
        }
        String name = UNSAFE.matcher(percentDecode(rawPath.substring(rawPath.lastIndexOf('/') + 1))).replaceAll("_");
        boolean meaningless = name.isBlank() || name.equals(".") || name.equals("..");
        return meaningless ? FALLBACK : name;
    }

    private static String percentDecode(String segment) {
        try {
            // URLDecoder is a form decoder: keep '+' literal, as it is in a path.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}
