package io.vistazo.media;

import io.vistazo.media.ExifTiff.Malformed;
import io.vistazo.media.JpegHeader.Segment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Applies an {@link ExifPolicy} to a JPEG's header segments, and resets the orientation of pixels that were
 * turned upright. Only metadata segments change; tables, frame header and ICC profile stay as they are. Pixels
 * stored turned keep their orientation tag under every policy: browsers turn them for display.
 */
final class JpegMetadata {

    private JpegMetadata() {
    }

    /** The segments to store under {@code policy}; {@code upright} when the pixels no longer need turning. */
    static List<Segment> apply(List<Segment> segments, ExifPolicy policy, boolean upright) {
        Orientation stored = upright ? Orientation.NORMAL : orientation(segments);
        if (policy == ExifPolicy.STRIP_ALL) {
            return withoutMetadata(segments, stored);
        }
        List<Segment> kept = new ArrayList<>();
        for (Segment segment : segments) {
            edited(segment, policy, upright).ifPresent(kept::add);
        }
        if (policy == ExifPolicy.KEEP_GPS_FREE && MetadataReading.hasGps(MetadataReading.of(new JpegHeader(kept, 0)))) {
            // Location survived somewhere we do not edit (a Photoshop copy of EXIF, say): keep no metadata at all.
            return withoutMetadata(kept, stored);
        }
        return kept;
    }

    /**
     * The segments without EXIF, XMP, IPTC and comments; but for pixels stored turned, an EXIF block that holds
     * their orientation alone, after the JFIF segment (which must come first) if there is one.
     */
    private static List<Segment> withoutMetadata(List<Segment> segments, Orientation stored) {
        List<Segment> kept = new ArrayList<>(segments.stream().filter(segment -> !segment.isMetadata()).toList());
        if (stored != Orientation.NORMAL) {
            int afterJfif = 0;
            while (afterJfif < kept.size() && kept.get(afterJfif).marker() == JpegHeader.APP0) {
                afterJfif++;
            }
            kept.add(afterJfif, Segment.exif(ExifTiff.orientationOnly(stored)));
        }
        return kept;
    }

    /** Whether {@code edited} differs from {@code original}, byte for byte. */
    static boolean changed(List<Segment> original, List<Segment> edited) {
        if (original.size() != edited.size()) {
            return true;
        }
        for (int i = 0; i < original.size(); i++) {
            if (original.get(i).marker() != edited.get(i).marker()
                    || !Arrays.equals(original.get(i).payload(), edited.get(i).payload())) {
                return true;
            }
        }
        return false;
    }

    /** The orientation the first EXIF block declares; {@link Orientation#NORMAL} when none is readable. */
    static Orientation orientation(List<Segment> segments) {
        for (Segment segment : segments) {
            if (segment.isExif()) {
                try {
                    return new ExifTiff(segment.tiff()).orientation().orElse(Orientation.NORMAL);
                } catch (Malformed e) {
                    return Orientation.NORMAL;
                }
            }
        }
        return Orientation.NORMAL;
    }

    private static Optional<Segment> edited(Segment segment, ExifPolicy policy, boolean upright) {
        if (segment.isExif()) {
            return MetadataEdits.exif(segment.tiff(), policy, upright).map(Segment::exif);
        } else if (segment.isXmp()) {
            return MetadataEdits.xmp(segment.xmpPacket(), policy, upright).map(Segment::xmp)
                    .filter(xmp -> xmp.payload().length <= JpegHeader.MAX_PAYLOAD);
        } else if (segment.isExtendedXmp() && policy == ExifPolicy.KEEP_GPS_FREE && mentionsGps(segment)) {
            // Extended XMP is split over segments and tied to the main packet by a digest; not worth rewriting.
            return Optional.empty();
        }
        return Optional.of(segment);
    }

    private static boolean mentionsGps(Segment segment) {
        return new String(segment.payload(), StandardCharsets.ISO_8859_1).contains("GPS");
    }
}
