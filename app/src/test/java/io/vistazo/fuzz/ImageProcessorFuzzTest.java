package io.vistazo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.UploadError;
import io.vistazo.core.files.Folders;
import io.vistazo.core.port.out.ImageProcessor;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.media.ImgscalrImageProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sniffers and decoders against mutated images (seeded from real fixtures): the only outcomes are a rendition or
 * an {@link UploadError}.
 */
class ImageProcessorFuzzTest {

    private static final ImageProcessor IMAGES = new ImgscalrImageProcessor();

    @FuzzTest(maxDuration = "20s")
    void anyBytesAreRenderedOrCleanlyRefused(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-image-");
        try {
            Path file = dir.resolve("upload");
            Files.write(file, bytes);
            try {
                Probe probe = IMAGES.probe(file);
                if (probe.format().kind() == io.vistazo.core.domain.MediaKind.IMAGE) {
                    ImageProcessor.Rendition rendition = IMAGES.render(file, probe,
                            new ImageProcessor.RenderRequest(0, new DerivativeSizes(32, 32, 64), dir));
                    assertThat(rendition.thumb()).exists();
                }
            } catch (UploadError refused) {
                assertThat(refused.code()).isPositive();
            }
        } finally {
            Folders.deleteRecursively(dir);
        }
    }
}
