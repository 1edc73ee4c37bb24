package io.vistazo.media;

import io.vistazo.media.ExifTiff.Malformed;
import io.vistazo.media.XmpPacket.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The edits an {@link ExifPolicy} makes to an EXIF block (a TIFF structure) and an XMP packet, whichever container
 * holds them. An empty result means the block must go: it could not be cleaned.
 */
final class MetadataEdits {

    private MetadataEdits() {
    }

    static Optional<byte[]> exif(byte[] tiff, ExifPolicy policy, boolean upright) {
        boolean removeGps = policy == ExifPolicy.KEEP_GPS_FREE;
        if (!removeGps && !upright) {
            return Optional.of(tiff);
        }
        try {
            ExifTiff edited = new ExifTiff(tiff);
            if (removeGps) {
                edited.removeGps();
            }
            if (upright) {
                edited.resetOrientation();
            }
            return Optional.of(edited.bytes());
        } catch (Malformed | RuntimeException e) {
            // A block we cannot follow is kept as it is unless it must change; if metadata-extractor still finds
            // a location in it, the container's check then drops all metadata.
            return upright ? Optional.empty() : Optional.of(tiff);
        }
    }

    static Optional<byte[]> xmp(byte[] packet, ExifPolicy policy, boolean upright) {
        List<Removal> removals = new ArrayList<>();
        if (policy == ExifPolicy.KEEP_GPS_FREE) {
            removals.add(Removal.GPS);
        }
        if (upright) {
            removals.add(Removal.ORIENTATION);
        }
        return removals.isEmpty() ? Optional.of(packet) : XmpPacket.without(packet, removals);
    }
}
