package io.vistazo.core.port.in;

import java.util.Objects;

/**
 * One API upload.
 *
 * @param apiKey the key from {@code X-API-Key} or {@code key}; null or blank when none was sent
 * @param source null when the request carried no source at all
 * @param viaPost whether the request method was POST (base64 requires it)
 * @param clientIp the caller's address, kept with the media
 */
public record UploadCommand(String apiKey, UploadSource source, UploadOptions options, boolean viaPost,
                            String clientIp) {

    public UploadCommand {
        Objects.requireNonNull(options, "options");
    }
}
