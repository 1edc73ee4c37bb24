package io.vistazo.media;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one decoded image into the chain's files: the main file (the source itself unless its metadata, its
 * format or its width must change), a crop-to-fill thumb and, for large or animated images, a medium, both upright.
 * Each upload is decoded once, at the lowest resolution the wanted files allow. A JPEG with an EXIF orientation
 * keeps its compressed data and its tag (browsers turn it for display) unless it is resized.
 */
final class Renderer {

    private final Decoder decoder;
    private final ExifPolicy exifPolicy;

    Renderer(Decoder decoder, ExifPolicy exifPolicy) {
        this.decoder = decoder;
        this.exifPolicy = exifPolicy;
    }

    /** The file to store as the image, and its size. */
    private record MainImage(Path file, MediaFormat format, Size size, boolean resized) {
    }

    Rendition render(Path source, Probe probe, RenderRequest request) {
        return render(source, probe, request, null);
    }

    /** @param derivativeFormat the format of thumb and medium, or null for the one the main file's format takes */
    Rendition render(Path source, Probe probe, RenderRequest request, MediaFormat derivativeFormat) {
        if (probe.format().kind() == MediaKind.VIDEO) {
            throw Refusal.videoNotSupportedYet();
        }
        JpegHeader header = probe.format() == MediaFormat.JPEG ? JpegHeader.read(source) : null;
        Orientation orientation = header == null ? Orientation.NORMAL : JpegMetadata.orientation(header.segments());
        Size upright = new Size(probe.width(), probe.height());
        boolean resize = !probe.animated() && request.targetWidth() > 0 && request.targetWidth() != upright.width();
        if (resize && request.targetWidth() > upright.width()) {
            throw Refusal.widthGreaterThanOriginal();
        }
        boolean mainNeedsPixels = resize || probe.format() == MediaFormat.BMP;
        int subsampling = mainNeedsPixels ? 1 : subsampling(upright, probe.animated(), request.sizes());
        BufferedImage decoded = decoder.decode(source, probe, orientation, subsampling);
        try {
            OutputFiles outputs = new OutputFiles(request.workDir(), source);
            MainImage main = mainImage(new Source(source, probe, header), decoded,
                    resize ? request.targetWidth() : 0, outputs);
            // Pixels decoded whole for the main file are averaged down once for both derivatives.
            int shrink = subsampling(upright, probe.animated(), request.sizes()) / subsampling;
            BufferedImage small = BoxShrink.by(decoded, shrink);
            return derivatives(small, main, probe.animated(), request.sizes(), outputs,
                    derivativeFormat == null ? ChainMember.derivativeFormat(main.format()) : derivativeFormat);
        } finally {
            decoder.recycle(decoded);
        }
    }

    /** Thumb and, when Chevereto would make one, medium, in {@code format}. */
    private static Rendition derivatives(BufferedImage pixels, MainImage main, boolean animated, DerivativeSizes sizes,
                                         OutputFiles outputs, MediaFormat format) {
        BufferedImage shared = Scaling.shrinkForAll(pixels, scaledSizes(pixels, main.size(), animated, sizes));
        Path thumb = ImageFiles.write(Scaling.cropToFill(shared, sizes.thumbWidth(), sizes.thumbHeight()),
                format, outputs.named("thumb", format));
        Path medium = medium(shared, main.size(), animated, sizes.mediumWidth())
                .map(scaled -> ImageFiles.write(scaled, format, outputs.named("medium", format)))
                .orElse(null);
        return new Rendition(main.file(), main.format(), main.size().width(), main.size().height(), main.resized(),
                thumb, medium);
    }

    /**
     * The largest n such that every n-th pixel still leaves at least twice the pixels of the largest derivative in
     * each direction: enough for the quality pass to work from.
     */
    static int subsampling(Size image, boolean animated, DerivativeSizes sizes) {
        double thumbScale = Math.max(sizes.thumbWidth() / (double) image.width(),
                sizes.thumbHeight() / (double) image.height());
        double mediumScale = needsMedium(image, animated, sizes.mediumWidth())
                ? Math.min(sizes.mediumWidth(), image.width()) / (double) image.width() : 0;
        double scale = Math.max(thumbScale, mediumScale);
        return Math.max(1, (int) Math.floor(1 / (2 * scale)));
    }

    /** The uploaded file, what the probe found, and for a JPEG its header segments. */
    private record Source(Path file, Probe probe, JpegHeader header) {
        Size upright() {
            return new Size(probe.width(), probe.height());
        }
    }

    /**
     * Re-encoded once when its pixels change (resize, turned upright on the way; BMP); else the source, metadata
     * edited, orientation tag kept.
     */
    private MainImage mainImage(Source source, BufferedImage decoded, int targetWidth, OutputFiles outputs) {
        MediaFormat format = source.probe().format();
        if (targetWidth > 0) {
            BufferedImage pixels = Scaling.exact(decoded, targetWidth, source.upright().heightForWidth(targetWidth));
            return encoded(pixels, format, source.header(), outputs, true);
        }
        if (format == MediaFormat.BMP) {
            return encoded(decoded, format, source.header(), outputs, false);
        }
        return new MainImage(withPolicy(source, outputs), format, source.upright(), false);
    }

    /** BMP is stored as PNG, as Chevereto does; WebP has no writer. All take their derivatives' format. */
    private MainImage encoded(BufferedImage pixels, MediaFormat sourceFormat, JpegHeader header, OutputFiles outputs,
                              boolean resized) {
        MediaFormat format = ChainMember.derivativeFormat(sourceFormat);
        Path target = outputs.named("main", format);
        if (format == MediaFormat.JPEG && header != null) {
            JpegReencoding.write(pixels, header, exifPolicy, target);
        } else {
            ImageFiles.write(pixels, format, target);
        }
        return new MainImage(target, format, new Size(pixels.getWidth(), pixels.getHeight()), resized);
    }

    /**
     * The source itself when the policy changes none of its metadata, else a copy with the metadata edited and
     * the pixel data copied byte for byte.
     */
    private Path withPolicy(Source source, OutputFiles outputs) {
        MediaFormat format = source.probe().format();
        Path target = outputs.named("main", format);
        boolean rewritten = switch (format) {
            case JPEG -> rewriteJpeg(source.file(), source.header(), target);
            case PNG -> PngMetadata.read(source.file()).map(png -> png.writeWithPolicy(exifPolicy, target))
                    .orElse(false);
            case WEBP -> WebpMetadata.read(source.file()).map(webp -> webp.writeWithPolicy(exifPolicy, target))
                    .orElse(false);
            default -> false;
        };
        return rewritten ? target : source.file();
    }

    private boolean rewriteJpeg(Path source, JpegHeader header, Path target) {
        List<JpegHeader.Segment> edited = JpegMetadata.apply(header.segments(), exifPolicy, false);
        if (!JpegMetadata.changed(header.segments(), edited)) {
            return false;
        }
        JpegHeader.rewrite(source, header.scanOffset(), edited, target);
        return true;
    }

    private static boolean needsMedium(Size main, boolean animated, int mediumWidth) {
        return mediumWidth > 0 && (animated || main.width() > mediumWidth);
    }

    /** The sizes thumb and medium are scaled to from {@code pixels}: the thumb's covering size, and the medium's. */
    private static List<Size> scaledSizes(BufferedImage pixels, Size main, boolean animated,
                                          DerivativeSizes derivatives) {
        List<Size> sizes = new ArrayList<>();
        sizes.add(Scaling.coverSize(pixels, derivatives.thumbWidth(), derivatives.thumbHeight()));
        if (needsMedium(main, animated, derivatives.mediumWidth())) {
            int width = Math.min(derivatives.mediumWidth(), main.width());
            sizes.add(new Size(width, main.heightForWidth(width)));
        }
        return sizes;
    }

    /** Chevereto makes a medium when the width exceeds the medium width, and always for animated images. */
    private static Optional<BufferedImage> medium(BufferedImage decoded, Size main, boolean animated,
                                                  int mediumWidth) {
        if (!needsMedium(main, animated, mediumWidth)) {
            return Optional.empty();
        }
        int width = Math.min(mediumWidth, main.width());
        return Optional.of(Scaling.exact(decoded, width, main.heightForWidth(width)));
    }
}
