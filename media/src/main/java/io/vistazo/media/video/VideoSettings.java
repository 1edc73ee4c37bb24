package io.vistazo.media.video;

import java.time.Duration;
import java.util.Objects;

/**
 * The operator's video limits.
 *
 * @param maxBytes largest accepted video file
 * @param maxDurationSeconds longest accepted video
 * @param frameTimeout how long an upload waits for its poster frame before a generated poster is used instead
 * @param ffmpeg the ffmpeg command (a name looked up on {@code PATH}, or a path) used for streams JCodec cannot
 *               decode, or null to never run it
 */
public record VideoSettings(long maxBytes, int maxDurationSeconds, Duration frameTimeout, String ffmpeg) {

    public static final long DEFAULT_MAX_BYTES = 500_000_000L;
    public static final int DEFAULT_MAX_DURATION_SECONDS = 3600;
    public static final Duration DEFAULT_FRAME_TIMEOUT = Duration.ofSeconds(20);
    public static final String DEFAULT_FFMPEG = "ffmpeg";

    public VideoSettings {
        Objects.requireNonNull(frameTimeout, "frameTimeout");
        if (maxBytes <= 0 || maxDurationSeconds <= 0 || frameTimeout.isNegative() || frameTimeout.isZero()) {
            throw new IllegalArgumentException("video limits must be positive");
        }
        if (ffmpeg != null && ffmpeg.isBlank()) {
            ffmpeg = null;
        }
    }

    public static VideoSettings defaults() {
        return new VideoSettings(DEFAULT_MAX_BYTES, DEFAULT_MAX_DURATION_SECONDS, DEFAULT_FRAME_TIMEOUT,
                DEFAULT_FFMPEG);
    }

    public VideoSettings withFfmpeg(String command) {
        return new VideoSettings(maxBytes, maxDurationSeconds, frameTimeout, command);
    }

    public VideoSettings withFrameTimeout(Duration timeout) {
        return new VideoSettings(maxBytes, maxDurationSeconds, timeout, ffmpeg);
    }
}
