package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.UploadError;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageReadParam;

/**
 * Decodes the first frame of an image once, refusing cut-off or corrupt files with error 610, and turns it
 * upright. Large images can be decoded at reduced resolution (every n-th pixel of every n-th row) when only small
 * derivatives are wanted: a twelve-megapixel photo then never occupies the heap whole.
 */
final class Decoder {

    private final ImageLimits limits;

    Decoder(ImageLimits limits) {
        this.limits = limits;
    }

    /**
     * The first frame, upright; as wide and high as {@code probe} says divided by {@code subsampling} (rounded up),
     * with a GIF frame placed on its canvas.
     */
    BufferedImage decode(Path file, Probe probe, Orientation orientation, int subsampling) {
        try (ReaderSession session = ReaderSession.open(file, probe.format())) {
            TruncationWatch watch = new TruncationWatch();
            session.reader().addIIOReadWarningListener(watch);
            BufferedImage frame = session.read(reader -> {
                // The probe already checked, but render may be handed any file: guard again before allocating.
                limits.requireWithin(reader.getWidth(0), reader.getHeight(0));
                return reader.read(0, parameters(reader.getDefaultReadParam(), subsampling));
            });
            if (watch.truncated()) {
                throw UploadError.undecodable();
            }
            if (probe.format() == MediaFormat.GIF) {
                Size canvas = new Size(ceilDiv(probe.width(), subsampling), ceilDiv(probe.height(), subsampling));
                frame = GifCanvas.place(frame, session.read(reader -> reader.getImageMetadata(0)), canvas,
                        subsampling);
            }
            return orientation.apply(frame);
        }
    }

    private static ImageReadParam parameters(ImageReadParam parameters, int subsampling) {
        if (subsampling > 1) {
            parameters.setSourceSubsampling(subsampling, subsampling, 0, 0);
        }
        return parameters;
    }

    static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }
}
