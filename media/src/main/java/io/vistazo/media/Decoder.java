package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;

/**
 * Decodes the first frame of an image once, refusing cut-off or corrupt files with error 610, and turns it
 * upright. Large images can be decoded at reduced resolution (every n-th pixel of every n-th row) when only small
 * derivatives are wanted: a twelve-megapixel photo then never occupies the heap whole.
 */
final class Decoder {

    private final ImageLimits limits;
    private final PixelPool pool;

    /** @param concurrentDecodes how many decodes run at once, so how many pixel arrays are worth keeping */
    Decoder(ImageLimits limits, int concurrentDecodes) {
        this.limits = limits;
        this.pool = new PixelPool(concurrentDecodes);
    }

    Decoder(ImageLimits limits) {
        this(limits, 1);
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
                ImageReadParam parameters = parameters(reader.getDefaultReadParam(), subsampling);
                if (probe.format() == MediaFormat.JPEG && decodesToBgr(reader)) {
                    int width = ceilDiv(reader.getWidth(0), subsampling);
                    int height = ceilDiv(reader.getHeight(0), subsampling);
                    parameters.setDestination(RgbBytes.over(pool.take(width * height * 3), width, height));
                }
                return reader.read(0, parameters);
            });
            if (watch.truncated()) {
                throw Refusal.undecodable();
            }
            if (probe.format() == MediaFormat.GIF) {
                Size canvas = new Size(ceilDiv(probe.width(), subsampling), ceilDiv(probe.height(), subsampling));
                frame = GifCanvas.place(frame, session.read(reader -> reader.getImageMetadata(0)), canvas,
                        subsampling);
            }
            return upright(frame, orientation);
        }
    }

    /** Turns the decoded (often subsampled) pixels, handing the stored layout's array back to the pool. */
    private BufferedImage upright(BufferedImage frame, Orientation orientation) {
        BufferedImage upright = orientation.apply(frame, pool::take);
        if (upright != frame) {
            recycle(frame);
        }
        return upright;
    }

    /** Takes back the pixels of an image {@link #decode} returned, once nothing reads them any more. */
    void recycle(BufferedImage decoded) {
        if (RgbBytes.is(decoded)) {
            pool.give(RgbBytes.bytes(decoded));
        }
    }

    /**
     * A plain colour JPEG (YCbCr, no embedded profile to convert from) would come out as {@code TYPE_3BYTE_BGR};
     * such pixels go into {@link RgbBytes} instead, which ImageIO fills row by row. Anything else (grey, CMYK, a
     * profile) keeps the reader's own type.
     */
    private static boolean decodesToBgr(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        return types.hasNext() && types.next().getBufferedImageType() == BufferedImage.TYPE_3BYTE_BGR;
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
