package io.vistazo.core.domain;

import java.util.Objects;

/**
 * A refusal the user can cause: Chevereto's internal {@code error.code} and message, and the {@link Reason} it was
 * refused for. The codes are the protocol's error catalogue, so they live here with the messages: the static
 * factories are that catalogue ({@code chevereto-compat.md} §1.8), one place per message. Transport knowledge
 * does not: each edge turns the reason into its own answer (the HTTP statuses are in
 * {@code io.vistazo.http.RefusalStatus}).
 */
public final class UploadError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a request was refused, in the domain's words; the HTTP edge maps each to one status. */
    public enum Reason {
        /** The request or one of its values breaks a rule. */
        INVALID,
        /** Nobody is signed in where someone must be. */
        UNAUTHENTICATED,
        /** The actor may see the thing but not do this to it. */
        FORBIDDEN,
        /** It does not exist, or the actor may not see it. */
        NOT_FOUND,
        /** The request did not arrive in time. */
        TIMED_OUT,
        /** The request is larger than accepted before it is even read. */
        TOO_LARGE,
        /** Too many attempts or uploads in a window; {@link #retryAfterSeconds} says when to try again. */
        RATE_LIMITED,
        /** Something failed on our side. */
        INTERNAL,
        /** A variant of the request that is not offered. */
        UNSUPPORTED,
        /** A dependency (the database, the object store) is down; the same request may succeed later. */
        UNAVAILABLE,
        /** Too much work in progress right now. */
        BUSY,
        /** The storage is full. */
        NO_SPACE
    }

    private final int code;
    private final Reason reason;
    private final long retryAfterSeconds;

    public UploadError(int code, Reason reason, String message) {
        this(code, reason, message, 0);
    }

    /** @param retryAfterSeconds when the client may try again, 0 when not said */
    public UploadError(int code, Reason reason, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private static UploadError badRequest(int code, String message) {
        return new UploadError(code, Reason.INVALID, message);
    }

    /** Chevereto's internal code, not an HTTP status. */
    public int code() {
        return code;
    }

    public Reason reason() {
        return reason;
    }

    /** Seconds the client should wait before trying again; 0 when the refusal is not about timing. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static UploadError noKey() {
        return badRequest(100, "No key provided");
    }

    public static UploadError invalidKey() {
        return badRequest(100, "Invalid API key.");
    }

    public static UploadError invalidVersion() {
        return badRequest(110, "Invalid API version.");
    }

    public static UploadError invalidAction() {
        return badRequest(120, "Invalid API action");
    }

    /** Chevereto's answer when the visitor may not upload (§1.4): here, a web visitor who is not signed in. */
    public static UploadError requestDenied() {
        return new UploadError(401, Reason.UNAUTHENTICATED, "Request denied");
    }

    public static UploadError emptyUploadSource() {
        return badRequest(130, "Empty upload source");
    }

    public static UploadError base64NeedsPost() {
        return badRequest(130, "Upload using base64 source must be done using POST method.");
    }

    public static UploadError invalidBase64() {
        return badRequest(120, "Invalid base64 string");
    }

    public static UploadError emptySource() {
        return badRequest(130, "Empty source");
    }

    public static UploadError tempFileFailed() {
        return new UploadError(200, Reason.INTERNAL, "Can't get a tempnam");
    }

    public static UploadError urlUploadsDisabled() {
        return new UploadError(403, Reason.FORBIDDEN, "URL uploading is disabled");
    }

    public static UploadError unsupportedUrlScheme(String scheme) {
        return badRequest(400, "Unsupported URL scheme `" + scheme + "`");
    }

    public static UploadError selfHostUrl() {
        return badRequest(400, "Unsupported self host URL upload");
    }

    public static UploadError nonPublicAddress() {
        return badRequest(400, "Unsupported non-public IP address for upload");
    }

    public static UploadError fetchFailed(String reason) {
        return badRequest(0, "Curl error " + reason);
    }

    public static UploadError duplicated(int code) {
        return badRequest(code, "Duplicated upload");
    }

    /** @param limit what the exceeded window allows, e.g. {@code 50 images per minute} */
    public static UploadError flooding(String limit, long retryAfterSeconds) {
        return new UploadError(130, Reason.RATE_LIMITED, "Flooding detected. You can only upload " + limit,
                retryAfterSeconds);
    }

    public static UploadError tooManyInvalidKeys(long retryAfterSeconds) {
        return new UploadError(100, Reason.RATE_LIMITED, "Too many invalid API keys. Try again later.",
                retryAfterSeconds);
    }

    public static UploadError invalidFileSource() {
        return badRequest(620, "Invalid file source");
    }

    public static UploadError partialUpload() {
        return badRequest(601, "File was partially uploaded (UPLOAD_ERR_PARTIAL)");
    }

    public static UploadError undecodable() {
        return badRequest(610, "Can't get target upload source info");
    }

    public static UploadError invalidImage() {
        return badRequest(400, "Invalid image");
    }

    public static UploadError unavailableFormat() {
        return badRequest(613, "Unavailable image format");
    }

    /** 613 with what is missing, e.g. the decoder a format needs and how to install it. */
    public static UploadError unavailableFormat(String detail) {
        return badRequest(613, "Unavailable image format: " + detail);
    }

    /** 610 for a file an external decoder failed on or took too long with; {@code detail} says which. */
    public static UploadError undecodable(String detail) {
        return badRequest(610, "Can't get target upload source info: " + detail);
    }

    public static UploadError disabledFormat(String extension) {
        return badRequest(614, "Disabled image format (" + extension + ")");
    }

    public static UploadError tooBig(String formattedLimit) {
        return badRequest(400, "File too big - max " + formattedLimit);
    }

    public static UploadError bodyTooBig(String formattedLimit) {
        return new UploadError(400, Reason.TOO_LARGE, "File too big - max " + formattedLimit);
    }

    public static UploadError tooManyPixels(String detail) {
        return badRequest(610, "Image too large: " + detail);
    }

    public static UploadError videoNotSupportedYet() {
        return badRequest(613, "Video uploads are not supported yet");
    }

    /** Chevereto's answer for a video whose duration is not positive. */
    public static UploadError invalidVideo() {
        return badRequest(100, "Invalid video file provided");
    }

    public static UploadError videoTooLong(String formattedLimit) {
        return badRequest(400, "Video too long - max " + formattedLimit);
    }

    public static UploadError videoTooLarge(String detail) {
        return badRequest(610, "Video too large: " + detail);
    }

    public static UploadError widthGreaterThanOriginal() {
        return badRequest(610, "Target width is greater than the original image width");
    }

    public static UploadError invalidWidth() {
        return badRequest(400, "Invalid width");
    }

    public static UploadError invalidAlbum() {
        return badRequest(400, "Invalid album");
    }

    public static UploadError invalidCategory() {
        return badRequest(400, "Invalid category");
    }

    public static UploadError fileDateForbidden() {
        return badRequest(401, "use_file_date is only available to admin keys");
    }

    public static UploadError requestTimeout() {
        return new UploadError(408, Reason.TIMED_OUT, "Request body not received in time");
    }

    /**
     * A dependency (the database, the object store) is down or failing; nothing was kept, and the same request
     * may be tried again once it is back.
     */
    public static UploadError unavailable(String dependency, long retryAfterSeconds) {
        return new UploadError(503, Reason.UNAVAILABLE,
                "The " + dependency + " is temporarily unavailable, try again shortly", retryAfterSeconds);
    }

    public static UploadError busy() {
        return new UploadError(503, Reason.BUSY, "Too many uploads in progress, try again shortly");
    }

    public static UploadError noSpace() {
        return new UploadError(104, Reason.NO_SPACE, "No space left on storage");
    }

    // Refusals of the account, album and category use cases (CLI and web), outside Chevereto's catalogue.

    /** A value that breaks a rule the message states, e.g. a name too long. */
    public static UploadError invalidValue(String message) {
        return badRequest(400, message);
    }

    /**
     * Something that does not exist or that the actor may not see; the two are one answer so that nobody can
     * probe for other users' private things.
     *
     * @param what e.g. {@code Album}
     */
    public static UploadError notFound(String what) {
        return new UploadError(404, Reason.NOT_FOUND, what + " not found");
    }

    /** An action only an admin (or the owner) may take, refused to someone who can see the thing. */
    public static UploadError forbidden(String message) {
        return new UploadError(403, Reason.FORBIDDEN, message);
    }
}
