package io.vistazo.app;

import io.vistazo.media.ExifPolicy;
import io.vistazo.media.HeifSettings;
import io.vistazo.media.ImageLimits;
import io.vistazo.media.MediaSettings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the image pipeline settings ({@code exif}, {@code max-pixels}, {@code max-concurrent-decodes}, and for
 * HEIC/AVIF {@code heif}, {@code heif-timeout}, {@code heic-keep-original}).
 */
final class MediaSetup {

    private static final Set<String> DISABLED = Set.of("off", "none", "false", "no");

    private MediaSetup() {
    }

    static MediaSettings from(Settings settings) {
        long maxPixels = parsePixels(settings.get("max-pixels", String.valueOf(ImageLimits.DEFAULT_MAX_PIXELS)));
        return new MediaSettings(maxPixels, Math.max(maxPixels, ImageLimits.DEFAULT_MAX_ANIMATION_PIXELS),
                ExifPolicy.parse(settings.get("exif", ExifPolicy.KEEP_GPS_FREE.setting())),
                settings.getInt("max-concurrent-decodes", Runtime.getRuntime().availableProcessors()),
                heif(settings));
    }

    /** {@code heif}: a command name or path, {@code off}, or unset for heif-dec, else heif-convert. */
    private static HeifSettings heif(Settings settings) {
        List<String> commands = settings.get("heif")
                .map(value -> DISABLED.contains(value.strip().toLowerCase(Locale.ROOT)) ? List.<String>of()
                        : List.of(value.strip()))
                .orElse(HeifSettings.DEFAULT_COMMANDS);
        return new HeifSettings(commands,
                Safeguards.parseDuration(settings.get("heif-timeout",
                        HeifSettings.DEFAULT_TIMEOUT.toSeconds() + "s")),
                UploaderSetup.onOff("heic-keep-original", settings.get("heic-keep-original", "on")));
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
