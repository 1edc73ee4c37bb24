package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input the probe or the render refuses, with nothing written for it. */
class RefusalTest {

    private final ImgscalrImageProcessor processor = new ImgscalrImageProcessor();

    @TempDir
    Path dir;

    private Refusal refusal(Path file) {
        Path work = dir.resolve("work");
        Refusal error = catchThrowableOfType(Refusal.class, () -> {
            Files.createDirectories(work);
            processor.render(file, processor.probe(file),
                    new RenderRequest(0, new DerivativeSizes(320, 320, 500), work));
        });
        assertThat(error).as("refusal of %s", file).isNotNull();
        return error;
    }

    @Test
    void emptyFile() throws IOException {
        assertThat(refusal(Files.write(dir.resolve("empty.jpg"), new byte[0])).code()).isEqualTo(610);
    }

    @Test
    void jpegSignatureOnSomethingElse() throws IOException {
        byte[] png = Files.readAllBytes(Fixtures.path("tall.png"));
        byte[] liar = new byte[png.length + 3];
        liar[0] = (byte) 0xFF;
        liar[1] = (byte) 0xD8;
        liar[2] = (byte) 0xFF;
        System.arraycopy(png, 0, liar, 3, png.length);

        assertThat(refusal(Files.write(dir.resolve("liar.jpg"), liar)).code()).isEqualTo(610);
    }

    @Test
    void pngCutInHalf() throws IOException {
        byte[] png = Files.readAllBytes(Fixtures.path("tall.png"));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));

        assertThat(refusal(cut).code()).isEqualTo(610);
    }

    @Test
    void jpegCutBeforeItsFirstScan() throws IOException {
        byte[] jpeg = Files.readAllBytes(Fixtures.path("gps.jpg"));
        Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, 300));

        assertThat(refusal(cut).code()).isEqualTo(610);
    }

    @Test
    void jpegWhoseMetadataLiesAboutItsLength() throws IOException {
        byte[] jpeg = Files.readAllBytes(Fixtures.path("gps.jpg"));
        // The APP0 length (bytes 4-5) made to run past the end of the file.
        jpeg[4] = (byte) 0xFF;
        jpeg[5] = (byte) 0xFF;

        assertThat(refusal(Files.write(dir.resolve("lying.jpg"), jpeg)).code()).isEqualTo(610);
    }

    @Test
    void animationOverTheFramePixelBudgetIsRefusedFromItsHeader() {
        ImgscalrImageProcessor strict = new ImgscalrImageProcessor(
                new MediaSettings(100_000_000, 30_000, ExifPolicy.KEEP_GPS_FREE, 1));

        Refusal error = catchThrowableOfType(Refusal.class,
                () -> strict.probe(Fixtures.path("animated.webp")));

        assertThat(error.getMessage()).contains("2 frames of 200x100");
    }

    @Test
    void rotatedJpegOverThePixelLimitIsRefused() {
        ImgscalrImageProcessor strict = new ImgscalrImageProcessor(
                new MediaSettings(9_000, 9_000, ExifPolicy.KEEP_GPS_FREE, 1));

        assertThat(catchThrowableOfType(Refusal.class,
                () -> strict.probe(Fixtures.path("orientation-6.jpg"))).getMessage()).contains("80x120");
    }

    @Test
    void settingsMustMakeSense() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new MediaSettings(0, 1, ExifPolicy.KEEP_ALL, 1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new MediaSettings(1, 1, ExifPolicy.KEEP_ALL, 0));
        assertThat(ExifPolicy.parse(" Keep-GPS-Free ")).isEqualTo(ExifPolicy.KEEP_GPS_FREE);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ExifPolicy.parse("keep-some"));
    }
}
