package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.port.out.ImageProcessor;
import java.nio.file.Path;

/**
 * The {@link ImageProcessor} built on ImageIO (JPEG through TwelveMonkeys, PNG, GIF, BMP, and WebP through
 * TwelveMonkeys), metadata-extractor and imgscalr, with HEIC/HEIF and AVIF decoded by libheif's command-line tool
 * when it is installed. Dimensions are read from the headers and checked against the pixel limits before anything
 * is decoded; at most {@link MediaSettings#maxConcurrentDecodes()} renders run at once.
 */
public final class ImgscalrImageProcessor implements ImageProcessor {

    private final ProbeReader probes;
    private final Renderer renderer;
    private final DecodeGate gate;
    private final HeifImages heif;

    public ImgscalrImageProcessor(MediaSettings settings) {
        this.heif = new HeifImages(settings.heif(), settings.limits(), settings.exifPolicy());
        this.probes = new ProbeReader(settings.limits(), settings.exifPolicy(), heif);
        this.renderer = new Renderer(new Decoder(settings.limits(), settings.maxConcurrentDecodes()),
                settings.exifPolicy());
        this.gate = new DecodeGate(settings.maxConcurrentDecodes());
    }

    /** {@link MediaSettings#defaults()} with other pixel limits. */
    public ImgscalrImageProcessor(ImageLimits limits) {
        this(MediaSettings.defaults().withLimits(limits));
    }

    /** With {@link MediaSettings#defaults()}. */
    public ImgscalrImageProcessor() {
        this(MediaSettings.defaults());
    }

    @Override
    public Probe probe(Path file) {
        return probes.probe(file);
    }

    @Override
    public Rendition render(Path source, Probe probe, RenderRequest request) {
        if (HeifImages.handles(probe.format())) {
            return gate.run(() -> heif.render(source, probe, request, renderer));
        }
        return gate.run(() -> renderer.render(source, probe, request));
    }

    /** Whether uploads in {@code format} are stored: every available format, AVIF and HEIC only with libheif. */
    public boolean stores(MediaFormat format) {
        return format.available() && (!HeifImages.handles(format) || heif.available());
    }
}
