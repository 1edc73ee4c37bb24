package io.vistazo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.files.Folders;
import io.vistazo.core.port.out.ImageProcessor;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.media.ImgscalrImageProcessor;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sniffers and decoders against mutated images (seeded from real fixtures): the only outcomes are a rendition or
 * an {@link Refusal}.
 */
class ImageProcessorFuzzTest {

    private static final ImageProcessor IMAGES = new ImgscalrImageProcessor();
    /** The fixtures the fuzzer starts from, beside the inputs of {@code ImageProcessorFuzzTestInputs}. */
    private static final List<String> SEEDS = List.of("alpha.png", "anim.gif", "bomb.png", "polyglot.jpg",
            "small.tiff", "still.webp");

    static Stream<Arguments> fixtures() {
        return SEEDS.stream().map(name -> Arguments.of(Named.of(name, Fixtures.bytes(name))));
    }

    @MethodSource("fixtures")
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
            } catch (Refusal refused) {
                assertThat(refused.code()).isPositive();
            }
        } finally {
            Folders.deleteRecursively(dir);
        }
    }
}
