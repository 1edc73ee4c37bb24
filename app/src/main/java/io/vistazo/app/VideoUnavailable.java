package io.vistazo.app;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.UploadError;
import io.vistazo.core.port.out.VideoProcessor;
import java.nio.file.Path;

/** Refuses every video clearly until the video pipeline is wired. */
final class VideoUnavailable implements VideoProcessor {

    @Override
    public VideoProbe probe(Path file, MediaFormat format) {
        throw UploadError.videoNotSupportedYet();
    }

    @Override
    public Path frame(Path file, VideoProbe probe, Path workDir) {
        throw UploadError.videoNotSupportedYet();
    }
}
