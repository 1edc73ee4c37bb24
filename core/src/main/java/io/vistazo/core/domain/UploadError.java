package io.vistazo.core.domain;

/**
 * A refusal the user can cause, with Chevereto's internal {@code error.code} and the HTTP status we answer
 * with. The static factories are the error catalogue ({@code chevereto-compat.md} §1.8): one place per message.
 */
public final class UploadError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final int httpStatus;

    public UploadError(int code, int httpStatus, String message) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    private static UploadError badRequest(int code, String message) {
        return new UploadError(code, 400, message);
    }

    /** Chevereto's internal code, not an HTTP status. */
    public int code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
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
        return new UploadError(200, 500, "Can't get a tempnam");
    }

    public static UploadError urlUploadsDisabled() {
        return new UploadError(403, 403, "URL uploading is disabled");
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

    public static UploadError flooding(String limit) {
        return new UploadError(130, 429, "Flooding detected. You can only upload " + limit);
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

    public static UploadError disabledFormat(String extension) {
        return badRequest(614, "Disabled image format (" + extension + ")");
    }

    public static UploadError tooBig(String formattedLimit) {
        return badRequest(400, "File too big - max " + formattedLimit);
    }

    public static UploadError bodyTooBig(String formattedLimit) {
        return new UploadError(400, 413, "File too big - max " + formattedLimit);
    }

    public static UploadError tooManyPixels(String detail) {
        return badRequest(610, "Image too large: " + detail);
    }

    public static UploadError videoNotSupportedYet() {
        return badRequest(613, "Video uploads are not supported yet");
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

    public static UploadError noSpace() {
        return new UploadError(104, 507, "No space left on storage");
    }
}
