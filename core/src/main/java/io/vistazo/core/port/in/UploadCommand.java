package io.vistazo.core.port.in;

import io.vistazo.core.domain.User;
import java.util.Objects;

/**
 * One upload.
 *
 * @param apiKey the key from {@code X-API-Key} or {@code key}; null or blank when none was sent
 * @param source null when the request carried no source at all
 * @param viaPost whether the request method was POST (base64 requires it)
 * @param clientIp the caller's address, kept with the media
 * @param uploader who uploads when the caller has already authenticated them (a signed-in web session, or the
 *                 guest where the operator allows web guest uploads); null to authenticate by {@code apiKey}
 */
public record UploadCommand(String apiKey, UploadSource source, UploadOptions options, boolean viaPost,
                            String clientIp, User uploader) {

    public UploadCommand {
        Objects.requireNonNull(options, "options");
    }

    /** An API upload, authenticated by its key. */
    public UploadCommand(String apiKey, UploadSource source, UploadOptions options, boolean viaPost,
                         String clientIp) {
        this(apiKey, source, options, viaPost, clientIp, null);
    }

    /** An upload by someone the caller has already authenticated: no key is checked, every other rule applies. */
    public static UploadCommand by(User uploader, UploadSource source, UploadOptions options, String clientIp) {
        return new UploadCommand(null, source, options, true, clientIp, Objects.requireNonNull(uploader, "uploader"));
    }
}
