package io.vistazo.app;

import io.vistazo.media.video.VideoSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Reads the video settings ({@code video-max-size}, {@code video-max-duration}, {@code ffmpeg}…). */
final class VideoSetup {

    private static final Set<String> DISABLED = Set.of("off", "none", "false", "no");

    private VideoSetup() {
    }

    static VideoSettings from(Settings settings) {
        return new VideoSettings(
                VistazoConfig.parseSize(settings.get("video-max-size", "500 MB")),
                settings.getInt("video-max-duration", VideoSettings.DEFAULT_MAX_DURATION_SECONDS),
                Duration.ofSeconds(settings.getInt("video-frame-timeout",
                        (int) VideoSettings.DEFAULT_FRAME_TIMEOUT.toSeconds())),
                ffmpeg(settings.get("ffmpeg", VideoSettings.DEFAULT_FFMPEG)));
    }

    /** A command name or path; {@code off} never runs ffmpeg. */
    private static String ffmpeg(String value) {
        return DISABLED.contains(value.toLowerCase(Locale.ROOT)) ? null : value;
    }
}
