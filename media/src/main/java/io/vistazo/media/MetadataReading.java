package io.vistazo.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcReader;
import com.drew.metadata.photoshop.PhotoshopReader;
import com.drew.metadata.xmp.XmpReader;
import io.vistazo.core.domain.MediaFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs metadata-extractor. JPEG headers are already split into segments by {@link JpegHeader}, so only the
 * readers for EXIF, XMP and IPTC see them; other formats go through metadata-extractor's own file reading.
 * Metadata never refuses an upload: what does not parse is simply absent.
 */
final class MetadataReading {

    private MetadataReading() {
    }

    static Metadata of(JpegHeader header) {
        Metadata metadata = new Metadata();
        try {
            List<byte[]> app1 = payloads(header, JpegHeader.APP1);
            List<byte[]> app13 = payloads(header, JpegHeader.APP13);
            new ExifReader().readJpegSegments(app1, metadata, JpegSegmentType.APP1);
            new XmpReader().readJpegSegments(app1, metadata, JpegSegmentType.APP1);
            new IptcReader().readJpegSegments(app13, metadata, JpegSegmentType.APPD);
            new PhotoshopReader().readJpegSegments(app13, metadata, JpegSegmentType.APPD);
        } catch (RuntimeException e) {
            return new Metadata();
        }
        return metadata;
    }

    /** PNG and WebP through their own chunk readers (frames are never loaded), other formats as a whole. */
    static Metadata of(Path file, MediaFormat format) {
        return switch (format) {
            case PNG -> PngMetadata.read(file).map(PngMetadata::metadata).orElseGet(Metadata::new);
            case WEBP -> WebpMetadata.read(file).map(WebpMetadata::metadata).orElseGet(Metadata::new);
            default -> whole(file);
        };
    }

    private static Metadata whole(Path file) {
        try {
            return ImageMetadataReader.readMetadata(file.toFile());
        } catch (Exception e) {
            return new Metadata();
        }
    }

    static boolean hasGps(Metadata metadata) {
        return metadata.getDirectoriesOfType(GpsDirectory.class).stream().anyMatch(gps -> gps.getTagCount() > 0);
    }

    private static List<byte[]> payloads(JpegHeader header, int marker) {
        return header.segments().stream().filter(segment -> segment.marker() == marker)
                .map(JpegHeader.Segment::payload).toList();
    }
}
