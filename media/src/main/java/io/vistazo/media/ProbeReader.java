package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.MediaMetadata;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import java.nio.file.Path;

/**
 * Sniffs a file and reads its dimensions from the headers only, so a decompression bomb is refused before a
 * single pixel is allocated.
 */
final class ProbeReader {

    private static final int GIF_SCREEN_OFFSET = 6;

    private final ImageLimits limits;
    private final ExifPolicy exifPolicy;
    private final HeifImages heif;

    ProbeReader(ImageLimits limits, ExifPolicy exifPolicy, HeifImages heif) {
        this.limits = limits;
        this.exifPolicy = exifPolicy;
        this.heif = heif;
    }

    Probe probe(Path file) {
        byte[] head = Sniffer.readHead(file);
        MediaFormat format = Sniffer.sniff(head).orElseThrow(Refusal::undecodable);
        if (!format.available()) {
            throw Refusal.unavailableFormat();
        }
        if (format.kind() == MediaKind.VIDEO) {
            return new Probe(format, 0, 0, false, 0);
        }
        if (HeifImages.handles(format)) {
            return heif.probe(file, format);
        }
        Size size = readSize(file, format, head);
        AnimationDetector.Animation animation = AnimationDetector.detect(file, format);
        if (animation.animated()) {
            limits.requireAnimationWithin(size.width(), size.height(), animation.frames());
        }
        if (format == MediaFormat.JPEG) {
            // Width and height as shown: after the EXIF orientation, which the stored pixels will follow.
            JpegHeader header = JpegHeader.read(file);
            Size upright = JpegMetadata.orientation(header.segments()).upright(size);
            return new Probe(format, upright.width(), upright.height(), false, 1,
                    MetadataFacts.of(MetadataReading.of(header), exifPolicy));
        }
        MediaMetadata metadata = format == MediaFormat.BMP ? MediaMetadata.NONE
                : MetadataFacts.of(MetadataReading.of(file, format), exifPolicy);
        return new Probe(format, size.width(), size.height(), animation.animated(), animation.frames(), metadata);
    }

    private Size readSize(Path file, MediaFormat format, byte[] head) {
        Size firstImage;
        try (ReaderSession session = ReaderSession.open(file, format)) {
            firstImage = new Size(session.read(reader -> reader.getWidth(0)),
                    session.read(reader -> reader.getHeight(0)));
        }
        requireAcceptable(firstImage);
        if (format == MediaFormat.GIF) {
            Size screen = gifLogicalScreen(head);
            if (screen.width() > 0 && screen.height() > 0) {
                requireAcceptable(screen);
                return screen;
            }
        }
        return firstImage;
    }

    private void requireAcceptable(Size size) {
        if (size.width() <= 0 || size.height() <= 0) {
            throw Refusal.invalidImage();
        }
        limits.requireWithin(size.width(), size.height());
    }

    /** The GIF's canvas; ImageIO only reports the first frame, which may be smaller. */
    private static Size gifLogicalScreen(byte[] head) {
        if (head.length < GIF_SCREEN_OFFSET + 4) {
            return new Size(0, 0);
        }
        int width = (head[GIF_SCREEN_OFFSET] & 0xFF) | (head[GIF_SCREEN_OFFSET + 1] & 0xFF) << 8;
        int height = (head[GIF_SCREEN_OFFSET + 2] & 0xFF) | (head[GIF_SCREEN_OFFSET + 3] & 0xFF) << 8;
        return new Size(width, height);
    }
}
