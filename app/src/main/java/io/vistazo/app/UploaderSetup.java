package io.vistazo.app;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.UrlUploads;
import io.vistazo.http.web.UploaderSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Settings of the web uploader ({@code /upload}). The README's configuration table lists the same names. */
final class UploaderSetup {

    private UploaderSetup() {
    }

    static UploaderSettings from(Settings settings) {
        return new UploaderSettings(
                onOff("web-guest-uploads", settings.get("web-guest-uploads", "off")),
                settings.getInt("upload-threads", 2),
                UrlUploads.valueOf(settings.get("url-uploads", "users").toUpperCase(Locale.ROOT)),
                storedFormats());
    }

    /** Every format Vistazo may store; {@link #storedBy} narrows it to what this server can decode. */
    private static List<MediaFormat> storedFormats() {
        return Arrays.stream(MediaFormat.values()).filter(MediaFormat::available).toList();
    }

    /** The uploader offers only what the server stores: AVIF and HEIC only when libheif's decoder is installed. */
    static UploaderSettings storedBy(UploaderSettings settings, Predicate<MediaFormat> stores) {
        return new UploaderSettings(settings.guestUploads(), settings.threads(), settings.urlUploads(),
                settings.formats().stream().filter(stores).toList());
    }

    /** {@code on}/{@code off} (also true/false, yes/no), for every on-off setting. */
    static boolean onOff(String name, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException(name + " must be on or off, not " + value);
        };
    }
}
