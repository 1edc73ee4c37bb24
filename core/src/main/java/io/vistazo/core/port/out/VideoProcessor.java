package io.vistazo.core.port.out;

import io.vistazo.core.domain.MediaFormat;
import java.nio.file.Path;

/**
 * Measures uploaded videos and grabs their poster frame. Refusals are {@link io.vistazo.core.domain.Refusal}s
 * (610 for a file that only claims to be a video, size and duration limits).
 */
public interface VideoProcessor {

    /** Container, dimensions of the first video stream and duration, read from the file. */
    VideoProbe probe(Path file, MediaFormat format);

    /**
     * Writes a JPEG still of the video at ⌊duration/4⌋ seconds into {@code workDir}, or a generated poster when no
     * decoder can read the stream; never fails for a video {@link #probe} accepted.
     */
    Path frame(Path file, VideoProbe probe, Path workDir);

    /** @param durationSeconds whole seconds, truncated */
    record VideoProbe(MediaFormat format, int width, int height, int durationSeconds) {
    }
}
