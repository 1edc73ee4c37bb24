package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProbeTest {

    private final ImgscalrImageProcessor processor = new ImgscalrImageProcessor();

    @ParameterizedTest(name = "{0}: {1} {2}x{3} animated={4} frames={5}")
    @CsvSource({
        "wide.jpg, JPEG, 800, 400, false, 1",
        "polyglot.jpg, JPEG, 32, 32, false, 1",
        "tall.png, PNG, 300, 600, false, 1",
        "tiny.png, PNG, 10, 10, false, 1",
        "animated.png, PNG, 40, 20, true, 2",
        "still.gif, GIF, 64, 48, false, 1",
        "transparent.gif, GIF, 60, 60, false, 1",
        "animated.gif, GIF, 120, 80, true, 3",
        "image.bmp, BMP, 40, 30, false, 1",
        "still.webp, WEBP, 200, 100, false, 1",
        "alpha.webp, WEBP, 300, 600, false, 1",
        "animated.webp, WEBP, 200, 100, true, 2",
    })
    void readsDimensionsAndAnimationFromHeaders(String fixture, MediaFormat format, int width, int height,
                                                boolean animated, int frames) {
        assertThat(processor.probe(Fixtures.path(fixture)))
                .isEqualTo(new Probe(format, width, height, animated, frames));
    }

    @ParameterizedTest
    @CsvSource({"sample.mp4, MP4", "sample.mov, MOV", "sample.webm, WEBM"})
    void videosAreRecognisedWithoutDimensions(String fixture, MediaFormat format) {
        assertThat(processor.probe(Fixtures.path(fixture))).isEqualTo(new Probe(format, 0, 0, false, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample.tiff", "sample.ico", "sample.svg"})
    void refusesFormatsWeCannotDecodeWith613(String fixture) {
        assertThat(refusal(Fixtures.path(fixture)).code()).isEqualTo(613);
    }

    @Test
    void refusesUnknownBytesWith610() {
        assertThat(refusal(Fixtures.path("random.bin")).code()).isEqualTo(610);
    }

    @Test
    void refusesDecompressionBombFromItsHeader() {
        Refusal error = refusal(Fixtures.path("bomb.png"));

        assertThat(error.code()).isEqualTo(610);
        assertThat(error.getMessage()).contains("50000x50000");
    }

    @Test
    void refusesGifWhoseCanvasIsABomb(@TempDir Path dir) throws IOException {
        byte[] gif = Files.readAllBytes(Fixtures.path("still.gif"));
        // Logical screen width and height (little-endian at offset 6) set to 65535.
        for (int i = 6; i < 10; i++) {
            gif[i] = (byte) 0xFF;
        }
        Path file = Files.write(dir.resolve("canvas.gif"), gif);

        assertThat(refusal(file).getMessage()).contains("65535x65535");
    }

    @Test
    void refusesZeroWidthWithInvalidImage(@TempDir Path dir) throws IOException {
        byte[] gif = Files.readAllBytes(Fixtures.path("still.gif"));
        // still.gif's image descriptor starts at 19 (after header and a two-colour palette); width is at 24.
        assertThat(gif[19]).isEqualTo((byte) 0x2C);
        gif[24] = 0;
        gif[25] = 0;
        Path file = Files.write(dir.resolve("zero.gif"), gif);

        assertThat(refusal(file).code()).isEqualTo(400);
    }

    @Test
    void refusesUnreadableHeaderWith610(@TempDir Path dir) throws IOException {
        byte[] bmp = Files.readAllBytes(Fixtures.path("image.bmp"));
        // BITMAPINFOHEADER width, little-endian at offset 18: the BMP reader refuses a zero width outright.
        for (int i = 18; i < 22; i++) {
            bmp[i] = 0;
        }
        Path file = Files.write(dir.resolve("zero.bmp"), bmp);

        assertThat(refusal(file).code()).isEqualTo(610);
    }

    @Test
    void appliesConfiguredPixelLimits() {
        ImgscalrImageProcessor strict = new ImgscalrImageProcessor(new ImageLimits(10_000, 20_000));

        assertThat(strict.probe(Fixtures.path("tiny.png")).width()).isEqualTo(10);
        assertThat(catchThrowableOfType(Refusal.class, () -> strict.probe(Fixtures.path("wide.jpg")))
                .getMessage()).contains("800x400");
        // 120x80 fits 10 000 pixels, but three frames of it do not fit 20 000.
        assertThat(catchThrowableOfType(Refusal.class, () -> strict.probe(Fixtures.path("animated.gif")))
                .getMessage()).contains("3 frames");
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ImageLimits(0, 1));
        assertThat(ImageLimits.defaults().maxPixels()).isEqualTo(100_000_000L);
    }

    private Refusal refusal(Path file) {
        Refusal error = catchThrowableOfType(Refusal.class, () -> processor.probe(file));
        assertThat(error).as("refusal of %s", file).isNotNull();
        return error;
    }
}
