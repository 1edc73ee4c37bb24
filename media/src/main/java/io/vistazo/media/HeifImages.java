package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaMetadata;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * HEIC/HEIF and AVIF uploads. The probe reads size, rotation, frames and metadata from the boxes, before anything
 * is decoded; rendering has libheif's tool decode the primary image (upright) into the work folder and goes on as
 * for a JPEG (or, for an AVIF with alpha, a PNG) upload. A HEIC is stored as that JPEG, its original kept beside it;
 * an AVIF is stored as itself. Thumbs and mediums of both are JPEG.
 */
final class HeifImages {

    /** A HEIC's JPEG is the picture people keep, as a re-encoded JPEG main file is. */
    private static final int HEIC_JPEG_QUALITY = Math.round(ImageFiles.MAIN_JPEG_QUALITY * 100);
    /** An AVIF's JPEG only feeds its thumb and medium. */
    private static final int AVIF_JPEG_QUALITY = Math.round(ImageFiles.JPEG_QUALITY * 100);

    private final HeifTool tool;
    private final ImageLimits limits;
    private final ExifPolicy exifPolicy;
    private final boolean keepOriginal;

    HeifImages(HeifSettings settings, ImageLimits limits, ExifPolicy exifPolicy) {
        this.tool = new HeifTool(settings);
        this.limits = limits;
        this.exifPolicy = exifPolicy;
        this.keepOriginal = settings.keepOriginal();
    }

    static boolean handles(MediaFormat format) {
        return format == MediaFormat.HEIC || format == MediaFormat.AVIF;
    }

    /** Whether uploads in these formats can be decoded here. */
    boolean available() {
        return tool.available();
    }

    /**
     * @throws Refusal 613 naming what to install when no decoder is; 610 for a cut-off file or one over the
     *                     pixel limits
     */
    Probe probe(Path file, MediaFormat format) {
        if (!tool.available()) {
            throw Refusal.unavailableFormat(HeifTool.INSTALL_HINT);
        }
        HeifContainer container = HeifContainer.read(file);
        Size size = container.upright();
        if (size.width() <= 0 || size.height() <= 0) {
            throw Refusal.invalidImage();
        }
        limits.requireWithin(size.width(), size.height());
        if (container.sequence()) {
            limits.requireAnimationWithin(size.width(), size.height(), container.frames());
        }
        MediaMetadata metadata = MetadataFacts.of(HeifMetadata.read(file, container).metadata(), exifPolicy);
        return new Probe(format, size.width(), size.height(), container.sequence(), container.frames(), metadata);
    }

    Rendition render(Path source, Probe probe, RenderRequest request, Renderer renderer) {
        HeifContainer container = HeifContainer.read(source);
        OutputFiles outputs = new OutputFiles(request.workDir(), source);
        boolean heic = probe.format() == MediaFormat.HEIC;
        // JPEG is much faster to write than PNG; only an AVIF's alpha needs PNG (thumbs then flatten it on white).
        MediaFormat decodedFormat = !heic && container.hasAlpha() ? MediaFormat.PNG : MediaFormat.JPEG;
        Path decodable = container.sequenceBrand() ? withStillBrand(source, probe.format(), outputs) : source;
        Path decoded = tool.decode(decodable, outputs.named("decoded", decodedFormat),
                heic ? HEIC_JPEG_QUALITY : AVIF_JPEG_QUALITY, request.workDir());
        if (decodedFormat == MediaFormat.JPEG) {
            decoded = uprightJpeg(decoded, outputs.named("upright", MediaFormat.JPEG));
        }
        Rendition pixels = renderer.render(decoded, probeOf(decoded, decodedFormat, probe), request,
                MediaFormat.JPEG);
        if (heic) {
            Path original = keepOriginal ? withPolicy(source, container, outputs.named("original", MediaFormat.HEIC))
                    : null;
            return new Rendition(pixels.main(), pixels.mainFormat(), pixels.width(), pixels.height(),
                    pixels.resized(), pixels.thumb(), pixels.medium(), original);
        }
        if (pixels.resized()) {
            return pixels;
        }
        return new Rendition(withPolicy(source, container, outputs.named("main", MediaFormat.AVIF)),
                MediaFormat.AVIF, pixels.width(), pixels.height(), false, pixels.thumb(), pixels.medium());
    }

    /**
     * libheif 1.15 refuses files whose major brand is a sequence's ({@code avis}, {@code msf1}) although they carry
     * a still primary image (the first frame): a copy naming the still brand instead is decoded. Files with no
     * still image at all are refused by the tool, with 610.
     */
    private static Path withStillBrand(Path source, MediaFormat format, OutputFiles outputs) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            byte[] brand = (format == MediaFormat.AVIF ? "avif" : "heic").getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(brand, 0, bytes, 8, brand.length);
            return Files.write(outputs.named("still", format), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tool turns the pixels upright but copies the EXIF orientation as it was; the tag is reset to 1 here (so
     * nothing turns the picture again) and the policy applied, rewriting the header segments only.
     */
    private Path uprightJpeg(Path decoded, Path target) {
        JpegHeader header = JpegHeader.read(decoded);
        List<JpegHeader.Segment> edited = JpegMetadata.apply(header.segments(), exifPolicy, true);
        if (!JpegMetadata.changed(header.segments(), edited)) {
            return decoded;
        }
        JpegHeader.rewrite(decoded, header.scanOffset(), edited, target);
        return target;
    }

    /** The decoded file's own size (a clean aperture may crop it), with the upload's animation and metadata. */
    private Probe probeOf(Path decoded, MediaFormat format, Probe upload) {
        Size size;
        try (ReaderSession session = ReaderSession.open(decoded, format)) {
            size = new Size(session.read(reader -> reader.getWidth(0)), session.read(reader -> reader.getHeight(0)));
        }
        limits.requireWithin(size.width(), size.height());
        return new Probe(format, size.width(), size.height(), upload.animated(), 1, upload.metadata());
    }

    /** The source as the policy keeps it: itself, or an edited copy at {@code target}. */
    private Path withPolicy(Path source, HeifContainer container, Path target) {
        return HeifMetadata.read(source, container).writeWithPolicy(exifPolicy, target) ? target : source;
    }
}
