package io.vistazo.http;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the HTTP edge needs to know about the site.
 *
 * @param publicUrl the site's base URL without trailing slash ({@code https://img.example.org}), or null to
 *                  derive it from each request's {@code Host}
 * @param maxUploadBytes the largest accepted file; bodies are bounded from it
 * @param tempDir where request bodies are spooled
 */
public record HttpSettings(String publicUrl, long maxUploadBytes, Path tempDir, String imageRoute,
                           String videoRoute) {

    public HttpSettings {
        Objects.requireNonNull(tempDir, "tempDir");
        if (publicUrl != null) {
            publicUrl = publicUrl.replaceAll("/+$", "");
        }
    }

    /** Multipart bodies may carry the file plus form fields and part headers. */
    long maxMultipartBytes() {
        return maxUploadBytes + 1_000_000;
    }

    /** Base64 in a urlencoded form is about 4/3 of the file, and urlencoding adds a little. */
    long maxFormBytes() {
        return maxUploadBytes * 14 / 10 + 1_000_000;
    }

    /** The base URL for links in a response to this request. */
    String baseUrl(Exchange exchange) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String host = exchange.header("Host");
        return "http://" + (host == null || host.isBlank() ? "localhost" : host.strip());
    }
}
