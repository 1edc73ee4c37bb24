package io.vistazo.media;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.UploadError;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns one decoded image into the chain's files: the main file (the source itself unless it is converted or
 * resized), a crop-to-fill thumb and, for large or animated images, a medium.
 */
final class Renderer {

    private final Decoder decoder;

    Renderer(Decoder decoder) {
        this.decoder = decoder;
    }

    /** The file to store as the image, and its pixels. */
    private record MainImage(Path file, MediaFormat format, BufferedImage pixels, boolean resized) {
        Size size() {
            return new Size(pixels.getWidth(), pixels.getHeight());
        }
    }

    Rendition render(Path source, Probe probe, RenderRequest request) {
        if (probe.format().kind() == MediaKind.VIDEO) {
            throw UploadError.videoNotSupportedYet();
        }
        BufferedImage decoded = decoder.decode(source, probe);
        OutputFiles outputs = new OutputFiles(request.workDir(), source);
        MainImage main = mainImage(source, probe, decoded, request, outputs);
        MediaFormat derivativeFormat = ChainMember.derivativeFormat(main.format());
        Path thumb = ImageFiles.write(Scaling.cropToFill(decoded, request.thumbWidth(), request.thumbHeight()),
                derivativeFormat, outputs.named("thumb", derivativeFormat));
        Path medium = medium(decoded, main.size(), probe.animated(), request.mediumWidth())
                .map(pixels -> ImageFiles.write(pixels, derivativeFormat, outputs.named("medium", derivativeFormat)))
                .orElse(null);
        return new Rendition(main.file(), main.format(), main.size().width(), main.size().height(), main.resized(),
                thumb, medium);
    }

    private static MainImage mainImage(Path source, Probe probe, BufferedImage decoded, RenderRequest request,
                                       OutputFiles outputs) {
        boolean resize = !probe.animated() && request.targetWidth() > 0 && request.targetWidth() != decoded.getWidth();
        if (!resize && probe.format() != MediaFormat.BMP) {
            return new MainImage(source, probe.format(), decoded, false);
        }
        BufferedImage pixels = resize ? resized(decoded, request.targetWidth()) : decoded;
        // BMP is stored as PNG, as Chevereto does; WebP and AVIF have no writer. All take their derivatives' format.
        MediaFormat format = ChainMember.derivativeFormat(probe.format());
        return new MainImage(ImageFiles.write(pixels, format, outputs.named("main", format)), format, pixels, resize);
    }

    private static BufferedImage resized(BufferedImage decoded, int targetWidth) {
        if (targetWidth > decoded.getWidth()) {
            throw UploadError.widthGreaterThanOriginal();
        }
        Size size = new Size(decoded.getWidth(), decoded.getHeight());
        return Scaling.exact(decoded, targetWidth, size.heightForWidth(targetWidth));
    }

    /** Chevereto makes a medium when the width exceeds the medium width, and always for animated images. */
    private static Optional<BufferedImage> medium(BufferedImage decoded, Size main, boolean animated,
                                                  int mediumWidth) {
        if (mediumWidth <= 0 || !(animated || main.width() > mediumWidth)) {
            return Optional.empty();
        }
        int width = Math.min(mediumWidth, main.width());
        return Optional.of(Scaling.exact(decoded, width, main.heightForWidth(width)));
    }
}
