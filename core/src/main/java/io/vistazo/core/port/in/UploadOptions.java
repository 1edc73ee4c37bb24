package io.vistazo.core.port.in;

/**
 * The optional upload parameters exactly as received (null when absent); {@link UploadMedia} validates them.
 */
public record UploadOptions(
        String title,
        String description,
        String tags,
        String albumId,
        String categoryId,
        String width,
        String expiration,
        String nsfw,
        String useFileDate) {

    public static UploadOptions none() {
        return new UploadOptions(null, null, null, null, null, null, null, null, null);
    }
}
