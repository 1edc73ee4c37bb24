package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.UploadError;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Decodes the first frame of an image once, refusing cut-off or corrupt files with error 610. Later steps
 * (EXIF orientation, say) can extend this class and adjust the pixels after {@link #decode}.
 */
class Decoder {

    private final ImageLimits limits;

    Decoder(ImageLimits limits) {
        this.limits = limits;
    }

    /** The first frame, as wide and high as {@code probe} says (a GIF frame is placed on its canvas). */
    BufferedImage decode(Path file, Probe probe) {
        try (ReaderSession session = ReaderSession.open(file, probe.format())) {
            TruncationWatch watch = new TruncationWatch();
            session.reader().addIIOReadWarningListener(watch);
            BufferedImage frame = session.read(reader -> {
                // The probe already checked, but render may be handed any file: guard again before allocating.
                limits.requireWithin(reader.getWidth(0), reader.getHeight(0));
                return reader.read(0);
            });
            if (watch.truncated()) {
                throw UploadError.undecodable();
            }
            if (probe.format() == MediaFormat.GIF) {
                return GifCanvas.place(frame, session.read(reader -> reader.getImageMetadata(0)),
                        new Size(probe.width(), probe.height()));
            }
            return frame;
        }
    }
}
