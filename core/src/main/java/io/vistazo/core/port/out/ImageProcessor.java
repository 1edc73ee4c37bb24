package io.vistazo.core.port.out;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaMetadata;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Sniffs, measures and renders uploaded images. Refusals are {@link io.vistazo.core.domain.Refusal}s
 * (610 undecodable, 613 unavailable format, pixel limits).
 */
public interface ImageProcessor {

    /** Type from the bytes and dimensions read without decoding the pixels. */
    Probe probe(Path file);

    /** Decodes once and writes the main file (converted or resized when needed), thumb and medium. */
    Rendition render(Path source, Probe probe, RenderRequest request);

    /**
     * What the bytes are. Width and height are as shown: after the EXIF orientation is applied.
     *
     * @param metadata never null; {@link MediaMetadata#NONE} when the file has none
     */
    record Probe(MediaFormat format, int width, int height, boolean animated, int frames, MediaMetadata metadata) {

        public Probe(MediaFormat format, int width, int height, boolean animated, int frames) {
            this(format, width, height, animated, frames, MediaMetadata.NONE);
        }
    }

    /**
     * @param targetWidth resize the main file to this width (never upscale), or 0 to keep it
     * @param sizes the thumb and medium to render
     * @param workDir where the rendered files are written; the caller deletes them
     */
    record RenderRequest(int targetWidth, DerivativeSizes sizes, Path workDir) {

        public RenderRequest {
            Objects.requireNonNull(sizes, "sizes");
        }
    }

    /**
     * @param main the file to store: {@code source} itself when nothing changed
     * @param medium null when no medium is needed
     * @param original the source as received (metadata under the policy) when {@code main} is a conversion that
     *                 keeps it for download (HEIC), else null
     */
    record Rendition(Path main, MediaFormat mainFormat, int width, int height, boolean resized, Path thumb,
                     Path medium, Path original) {

        public Rendition(Path main, MediaFormat mainFormat, int width, int height, boolean resized, Path thumb,
                         Path medium) {
            this(main, mainFormat, width, height, resized, thumb, medium, null);
        }
    }
}
