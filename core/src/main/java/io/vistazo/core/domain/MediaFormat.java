package io.vistazo.core.domain;

import java.util.Locale;
import java.util.Optional;

/** Every file type Vistazo can recognise from its bytes, with its Chevereto extension and MIME type. */
public enum MediaFormat {
    JPEG("jpeg", "image/jpeg", MediaKind.IMAGE, true),
    PNG("png", "image/png", MediaKind.IMAGE, true),
    GIF("gif", "image/gif", MediaKind.IMAGE, true),
    WEBP("webp", "image/webp", MediaKind.IMAGE, true),
    BMP("bmp", "image/bmp", MediaKind.IMAGE, true),
    AVIF("avif", "image/avif", MediaKind.IMAGE, true),
    MP4("mp4", "video/mp4", MediaKind.VIDEO, true),
    MOV("mov", "video/quicktime", MediaKind.VIDEO, true),
    WEBM("webm", "video/webm", MediaKind.VIDEO, true),
    TIFF("tiff", "image/tiff", MediaKind.IMAGE, false),
    ICO("ico", "image/vnd.microsoft.icon", MediaKind.IMAGE, false),
    SVG("svg", "image/svg+xml", MediaKind.IMAGE, false),
    HEIC("heic", "image/heic", MediaKind.IMAGE, true);

    private final String extension;
    private final String mime;
    private final MediaKind kind;
    private final boolean available;

    MediaFormat(String extension, String mime, MediaKind kind, boolean available) {
        this.extension = extension;
        this.mime = mime;
        this.kind = kind;
        this.available = available;
    }

    public String extension() {
        return extension;
    }

    public String mime() {
        return mime;
    }

    public MediaKind kind() {
        return kind;
    }

    /**
     * Whether Vistazo stores it: Chevereto's hard list ({@code avif,jpg,jpeg,png,bmp,gif,webp,mov,mp4,webm}) and
     * HEIC. AVIF and HEIC also need libheif's command-line decoder on the server.
     */
    public boolean available() {
        return available;
    }

    /** The format a stored file extension denotes ({@code jpg} and {@code jpeg} are both JPEG). */
    public static Optional<MediaFormat> fromExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        if (lower.equals("jpg")) {
            return Optional.of(JPEG);
        }
        for (MediaFormat format : values()) {
            if (format.extension.equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** MIME type for a stored extension, or {@code application/octet-stream}. */
    public static String mimeOfExtension(String extension) {
        return fromExtension(extension).map(MediaFormat::mime).orElse("application/octet-stream");
    }
}
