package io.vistazo.media;

import io.vistazo.media.JpegHeader.Segment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes the new pixels of a resized JPEG (turned upright on the way) once, at high quality, and carries the
 * original's metadata over under the EXIF policy, with the orientation reset to 1. The ICC profile is not carried:
 * the new pixels went through Java2D, which converts them to sRGB.
 */
final class JpegReencoding {

    private JpegReencoding() {
    }

    static void write(BufferedImage pixels, JpegHeader original, ExifPolicy policy, Path target) {
        byte[] encoded = ImageFiles.jpeg(pixels, ImageFiles.MAIN_JPEG_QUALITY);
        JpegHeader fresh = JpegHeader.read(encoded);
        List<Segment> carried = JpegMetadata.apply(original.segments(), policy, true).stream()
                .filter(Segment::isMetadata).toList();
        JpegHeader.rewrite(encoded, fresh.scanOffset(), merged(fresh.segments(), carried), target);
    }

    /** The encoder's JFIF segment stays first; the metadata follows it, then the encoder's tables. */
    private static List<Segment> merged(List<Segment> fresh, List<Segment> carried) {
        List<Segment> merged = new ArrayList<>();
        fresh.stream().filter(segment -> segment.marker() == JpegHeader.APP0).forEach(merged::add);
        merged.addAll(carried);
        fresh.stream().filter(segment -> segment.marker() != JpegHeader.APP0).forEach(merged::add);
        return merged;
    }
}
