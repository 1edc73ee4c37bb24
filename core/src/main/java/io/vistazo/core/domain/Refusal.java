package io.vistazo.core.domain;

import java.util.Objects;

/**
 * A refusal the user can cause: Chevereto's internal {@code error.code} and message, and the {@link Reason} it was
 * refused for. The codes are the protocol's error catalogue, so they live here with the messages: the static
 * factories are that catalogue ({@code chevereto-compat.md} §1.8), one place per message. Transport knowledge
 * does not: each edge turns the reason into its own answer (the HTTP statuses are in
 * {@code io.vistazo.http.RefusalStatus}).
 */
public final class Refusal extends RuntimeException {

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

    public Refusal(int code, Reason reason, String message) {
        this(code, reason, message, 0);
    }

    /** @param retryAfterSeconds when the client may try again, 0 when not said */
    public Refusal(int code, Reason reason, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private static Refusal badRequest(int code, String message) {
        return new Refusal(code, Reason.INVALID, message);
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

    public static Refusal noKey() {
        return badRequest(100, "No key provided");
    }

    public static Refusal invalidKey() {
        return badRequest(100, "Invalid API key.");
    }

    public static Refusal invalidVersion() {
        return badRequest(110, "Invalid API version.");
    }

    public static Refusal invalidAction() {
        return badRequest(120, "Invalid API action");
    }

    /** Chevereto's answer when the visitor may not upload (§1.4): here, a web visitor who is not signed in. */
    public static Refusal requestDenied() {
        return new Refusal(401, Reason.UNAUTHENTICATED, "Request denied");
    }

    public static Refusal emptyUploadSource() {
        return badRequest(130, "Empty upload source");
    }

    public static Refusal base64NeedsPost() {
        return badRequest(130, "Upload using base64 source must be done using POST method.");
    }

    public static Refusal invalidBase64() {
        return badRequest(120, "Invalid base64 string");
    }

    public static Refusal emptySource() {
        return badRequest(130, "Empty source");
    }

    public static Refusal tempFileFailed() {
        return new Refusal(200, Reason.INTERNAL, "Can't get a tempnam");
    }

    public static Refusal urlUploadsDisabled() {
        return new Refusal(403, Reason.FORBIDDEN, "URL uploading is disabled");
    }

    public static Refusal unsupportedUrlScheme(String scheme) {
        return badRequest(400, "Unsupported URL scheme `" + scheme + "`");
    }

    public static Refusal selfHostUrl() {
        return badRequest(400, "Unsupported self host URL upload");
    }

    public static Refusal nonPublicAddress() {
        return badRequest(400, "Unsupported non-public IP address for upload");
    }

    public static Refusal fetchFailed(String reason) {
        return badRequest(0, "Curl error " + reason);
    }

    public static Refusal duplicated(int code) {
        return badRequest(code, "Duplicated upload");
    }

    /** @param limit what the exceeded window allows, e.g. {@code 50 images per minute} */
    public static Refusal flooding(String limit, long retryAfterSeconds) {
        return new Refusal(130, Reason.RATE_LIMITED, "Flooding detected. You can only upload " + limit,
                retryAfterSeconds);
    }

    public static Refusal tooManyInvalidKeys(long retryAfterSeconds) {
        return new Refusal(100, Reason.RATE_LIMITED, "Too many invalid API keys. Try again later.",
                retryAfterSeconds);
    }

    public static Refusal invalidFileSource() {
        return badRequest(620, "Invalid file source");
    }

    public static Refusal partialUpload() {
        return badRequest(601, "File was partially uploaded (UPLOAD_ERR_PARTIAL)");
    }

    public static Refusal undecodable() {
        return badRequest(610, "Can't get target upload source info");
    }

    public static Refusal invalidImage() {
        return badRequest(400, "Invalid image");
    }

    public static Refusal unavailableFormat() {
        return badRequest(613, "Unavailable image format");
    }

    /** 613 with what is missing, e.g. the decoder a format needs and how to install it. */
    public static Refusal unavailableFormat(String detail) {
        return badRequest(613, "Unavailable image format: " + detail);
    }

    /** 610 for a file an external decoder failed on or took too long with; {@code detail} says which. */
    public static Refusal undecodable(String detail) {
        return badRequest(610, "Can't get target upload source info: " + detail);
    }

    public static Refusal disabledFormat(String extension) {
        return badRequest(614, "Disabled image format (" + extension + ")");
    }

    public static Refusal tooBig(String formattedLimit) {
        return badRequest(400, "File too big - max " + formattedLimit);
    }

    public static Refusal bodyTooBig(String formattedLimit) {
        return new Refusal(400, Reason.TOO_LARGE, "File too big - max " + formattedLimit);
    }

    public static Refusal tooManyPixels(String detail) {
        return badRequest(610, "Image too large: " + detail);
    }

    public static Refusal videoNotSupportedYet() {
        return badRequest(613, "Video uploads are not supported yet");
    }

    /** Chevereto's answer for a video whose duration is not positive. */
    public static Refusal invalidVideo() {
        return badRequest(100, "Invalid video file provided");
    }

    public static Refusal videoTooLong(String formattedLimit) {
        return badRequest(400, "Video too long - max " + formattedLimit);
    }

    public static Refusal videoTooLarge(String detail) {
        return badRequest(610, "Video too large: " + detail);
    }

    public static Refusal widthGreaterThanOriginal() {
        return badRequest(610, "Target width is greater than the original image width");
    }

    public static Refusal invalidWidth() {
        return badRequest(400, "Invalid width");
    }

    public static Refusal invalidAlbum() {
        return badRequest(400, "Invalid album");
    }

    public static Refusal invalidCategory() {
        return badRequest(400, "Invalid category");
    }

    public static Refusal fileDateForbidden() {
        return badRequest(401, "use_file_date is only available to admin keys");
    }

    public static Refusal requestTimeout() {
        return new Refusal(408, Reason.TIMED_OUT, "Request body not received in time");
    }

    /**
     * A dependency (the database, the object store) is down or failing; nothing was kept, and the same request
     * may be tried again once it is back.
     */
    public static Refusal unavailable(String dependency, long retryAfterSeconds) {
        return new Refusal(503, Reason.UNAVAILABLE,
                "The " + dependency + " is temporarily unavailable, try again shortly", retryAfterSeconds);
    }

    public static Refusal busy() {
        return new Refusal(503, Reason.BUSY, "Too many uploads in progress, try again shortly");
    }

    public static Refusal noSpace() {
        return new Refusal(104, Reason.NO_SPACE, "No space left on storage");
    }

    // Refusals of the account, album and category use cases (CLI and web), outside Chevereto's catalogue.

    /** A value that breaks a rule the message states, e.g. a name too long. */
    public static Refusal invalidValue(String message) {
        return badRequest(400, message);
    }

    /**
     * Something that does not exist or that the actor may not see; the two are one answer so that nobody can
     * probe for other users' private things.
     *
     * @param what e.g. {@code Album}
     */
    public static Refusal notFound(String what) {
        return new Refusal(404, Reason.NOT_FOUND, what + " not found");
    }

    /** An action only an admin (or the owner) may take, refused to someone who can see the thing. */
    public static Refusal forbidden(String message) {
        return new Refusal(403, Reason.FORBIDDEN, message);
    }

    // Refusals of the web edge itself (its paths, forms, sessions and attempt limits); the code is the status.

    /** A path that names nothing, or nothing the visitor may see: the same plain answer for both. */
    public static Refusal notFound() {
        return new Refusal(404, Reason.NOT_FOUND, "Not found");
    }

    /** An admin asked for the media of a user name nobody has. */
    public static Refusal noSuchUser() {
        return new Refusal(404, Reason.NOT_FOUND, "No such user");
    }

    /** A change whose CSRF token is missing or not its session's. */
    public static Refusal invalidCsrfToken() {
        return new Refusal(403, Reason.FORBIDDEN, "Invalid or missing CSRF token; reload the page and try again");
    }

    /** A form or JSON body beyond what the web interface reads. */
    public static Refusal formTooLarge() {
        return new Refusal(413, Reason.TOO_LARGE, "Request body too large");
    }

    /** A form whose encoding cannot be decoded. */
    public static Refusal malformedForm() {
        return new Refusal(400, Reason.INVALID, "Malformed form field");
    }

    /**
     * Too many attempts from one client in a window: sign-ins, sign-ups, password changes.
     *
     * @param attempts what was tried too often, e.g. {@code failed sign-ins}
     */
    public static Refusal tooManyAttempts(String attempts, long retryAfterSeconds) {
        return new Refusal(429, Reason.RATE_LIMITED,
                "Too many " + attempts + "; try again in " + retryAfterSeconds + " seconds", retryAfterSeconds);
    }
}
