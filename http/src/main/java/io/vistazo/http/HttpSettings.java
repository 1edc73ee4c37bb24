package io.vistazo.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What the HTTP edge needs to know about the site.
 *
 * @param publicUrl the site's base URL without trailing slash ({@code https://img.example.org}), or null to
 *                  derive it from each request's {@code Host}
 * @param maxUploadBytes the largest accepted image; urlencoded (base64) bodies, held in memory, are bounded from it
 * @param maxVideoBytes the largest accepted video; multipart bodies, spooled to disk, are bounded from the larger
 *                      of the two
 * @param tempDir where request bodies are spooled
 * @param trustedProxies peers whose forwarded client address, scheme and host are believed
 */
public record HttpSettings(String publicUrl, long maxUploadBytes, long maxVideoBytes, Path tempDir,
                           Limits limits, TrustedProxies trustedProxies) {

    /**
     * @param requestTimeout a request body must have arrived within this
     * @param maxConcurrentUploads uploads processed at once
     * @param uploadQueueTimeout how long an upload waits for its turn before a 503
     */
    public record Limits(Duration requestTimeout, int maxConcurrentUploads, Duration uploadQueueTimeout) {
    }

    public HttpSettings {
        Objects.requireNonNull(tempDir, "tempDir");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        if (publicUrl != null) {
            publicUrl = publicUrl.replaceAll("/+$", "");
        }
    }

    /** The largest file a multipart body may carry: an image or a video. */
    long maxFileBytes() {
        return Math.max(maxUploadBytes, maxVideoBytes);
    }

    /** Multipart bodies may carry the file plus form fields and part headers. */
    long maxMultipartBytes() {
        return maxFileBytes() + 1_000_000;
    }

    /** Base64 in a urlencoded form is about 4/3 of the file, and urlencoding adds a little. */
    long maxFormBytes() {
        return maxUploadBytes * 14 / 10 + 1_000_000;
    }

    /** The base URL for links in a response to this request: {@code public-url}, else the request's origin. */
    public String baseUrl(Exchange exchange) {
        if (publicUrl != null) {
            return publicUrl;
        }
        RequestOrigin origin = exchange.origin();
        return origin.scheme() + "://" + (origin.host() == null ? "localhost" : origin.host());
    }
}
