package io.vistazo.app;

import io.vistazo.media.ExifPolicy;
import io.vistazo.media.ImageLimits;
import io.vistazo.media.MediaSettings;

/** Reads the image pipeline settings ({@code exif}, {@code max-pixels}, {@code max-concurrent-decodes}). */
final class MediaSetup {

    private MediaSetup() {
    }

    static MediaSettings from(Settings settings) {
        long maxPixels = parsePixels(settings.get("max-pixels", String.valueOf(ImageLimits.DEFAULT_MAX_PIXELS)));
        return new MediaSettings(maxPixels, Math.max(maxPixels, ImageLimits.DEFAULT_MAX_ANIMATION_PIXELS),
                ExifPolicy.parse(settings.get("exif", ExifPolicy.KEEP_GPS_FREE.setting())),
                settings.getInt("max-concurrent-decodes", Runtime.getRuntime().availableProcessors()));
    }

    /** {@code 100000000} or, with an underscore or comma for legibility, {@code 100_000_000}. */
    private static long parsePixels(String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("max-pixels must be a number of pixels, not " + value, e);
        }
    }
}
