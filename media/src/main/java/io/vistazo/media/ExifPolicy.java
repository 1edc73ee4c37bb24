package io.vistazo.media;

import java.util.Locale;

/** What metadata a stored file and {@code original_exifdata} keep (setting {@code exif}). */
public enum ExifPolicy {
    /** Removes EXIF, XMP and IPTC (JPEG APP1, APP13 and comments); the ICC profile stays. */
    STRIP_ALL("strip-all"),
    /** Everything but the location: the GPS IFD and XMP {@code exif:GPS*} properties are removed. */
    KEEP_GPS_FREE("keep-gps-free"),
    /** The bytes as received. */
    KEEP_ALL("keep-all");

    private final String setting;

    ExifPolicy(String setting) {
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }

    /** {@code strip-all}, {@code keep-gps-free} or {@code keep-all}. */
    public static ExifPolicy parse(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (ExifPolicy policy : values()) {
            if (policy.setting.equals(wanted)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("exif must be strip-all, keep-gps-free or keep-all, not " + value);
    }
}
