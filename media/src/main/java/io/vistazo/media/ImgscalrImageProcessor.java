package io.vistazo.media;

import io.vistazo.core.port.out.ImageProcessor;
import java.nio.file.Path;

/**
 * The {@link ImageProcessor} built on ImageIO (JPEG, PNG, GIF, BMP, and WebP through TwelveMonkeys) and imgscalr.
 * Dimensions are read from the headers and checked against {@link ImageLimits} before anything is decoded.
 */
public final class ImgscalrImageProcessor implements ImageProcessor {

    private final ProbeReader probes;
    private final Renderer renderer;

    public ImgscalrImageProcessor(ImageLimits limits) {
        this.probes = new ProbeReader(limits);
        this.renderer = new Renderer(new Decoder(limits));
    }

    /** With {@link ImageLimits#defaults()}. */
    public ImgscalrImageProcessor() {
        this(ImageLimits.defaults());
    }

    @Override
    public Probe probe(Path file) {
        return probes.probe(file);
    }

    @Override
    public Rendition render(Path source, Probe probe, RenderRequest request) {
        return renderer.render(source, probe, request);
    }
}
