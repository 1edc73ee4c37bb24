package io.vistazo.media;

import static io.vistazo.media.testing.Fixtures.assertColour;
import static io.vistazo.media.testing.Fixtures.decode;
import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.media.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each {@code orientation-N.jpg} stores the same 120×80 picture (red, green / blue, yellow quadrants) turned so
 * that EXIF orientation N shows it upright.
 */
class OrientationTest {

    static final int RED = 0xDC1E1E;
    static final int GREEN = 0x1EC83C;
    static final int BLUE = 0x1E3CDC;
    static final int YELLOW = 0xF0DC28;

    private final ImgscalrImageProcessor processor = new ImgscalrImageProcessor();

    @TempDir
    Path workDir;

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void originalIsKeptAsSentWhileReportedSizeAndDerivativesAreUpright(int orientation) throws Exception {
        Path source = Fixtures.path("orientation-" + orientation + ".jpg");

        Probe probe = processor.probe(source);
        Rendition rendition = processor.render(source, probe,
                new RenderRequest(0, new DerivativeSizes(320, 320, 100), workDir));

        assertUprightFixtureRendition(probe, rendition);
        // Nothing to edit under the default policy: the file as sent, which browsers turn by its tag.
        assertThat(rendition.main()).isEqualTo(source);
        Integer storedOrientation = ImageMetadataReader.readMetadata(rendition.main().toFile())
                .getDirectoriesOfType(ExifIFD0Directory.class).stream()
                .map(exif -> exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION)).findFirst().orElse(null);
        assertThat(storedOrientation).isEqualTo(orientation);
        assertQuadrants(Orientation.of(orientation).orElseThrow().apply(decode(rendition.main())));
    }

    @ParameterizedTest(name = "orientation {0} with width")
    @ValueSource(ints = {3, 6, 8})
    void widthResizesTheUprightPicture(int orientation) {
        Path source = Fixtures.path("orientation-" + orientation + ".jpg");

        Rendition rendition = processor.render(source, processor.probe(source),
                new RenderRequest(60, new DerivativeSizes(320, 320, 500), workDir));

        assertThat(rendition.resized()).isTrue();
        BufferedImage main = decode(rendition.main());
        assertThat(main.getWidth()).isEqualTo(60);
        assertThat(main.getHeight()).isEqualTo(40);
        assertQuadrants(main);
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void threeBytePixelsAreTurnedByCopyLikeJava2dTurnsThem(int value) {
        Orientation orientation = Orientation.of(value).orElseThrow();
        // Larger than one tile of the copy, and no multiple of it.
        BufferedImage rgb = RgbBytes.create(70, 45);
        BufferedImage bgr = new BufferedImage(70, 45, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(value);
        for (int y = 0; y < 45; y++) {
            for (int x = 0; x < 70; x++) {
                int pixel = random.nextInt(1 << 24);
                rgb.setRGB(x, y, pixel);
                bgr.setRGB(x, y, pixel);
            }
        }

        for (BufferedImage stored : List.of(rgb, bgr)) {
            BufferedImage copied = orientation.apply(stored, byte[]::new);
            BufferedImage drawn = orientation.apply(stored);
            assertThat(copied.getWidth()).isEqualTo(drawn.getWidth());
            assertThat(copied.getHeight()).isEqualTo(drawn.getHeight());
            assertThat(copied.getRGB(0, 0, copied.getWidth(), copied.getHeight(), null, 0, copied.getWidth()))
                    .isEqualTo(drawn.getRGB(0, 0, drawn.getWidth(), drawn.getHeight(), null, 0, drawn.getWidth()));
            assertThat(RgbBytes.channelOffsets(copied)).isEqualTo(RgbBytes.channelOffsets(stored));
        }
    }

    /**
     * A fixture rendered with a 320×320 thumb and a 100-wide medium: reported upright at 120×80, not resized, thumb
     * and 100×67 medium upright.
     */
    static void assertUprightFixtureRendition(Probe probe, Rendition rendition) {
        assertThat(probe.width()).isEqualTo(120);
        assertThat(probe.height()).isEqualTo(80);
        assertThat(rendition.width()).isEqualTo(120);
        assertThat(rendition.height()).isEqualTo(80);
        assertThat(rendition.resized()).isFalse();
        assertQuadrants(decode(rendition.thumb()));
        BufferedImage medium = decode(rendition.medium());
        assertThat(medium.getWidth()).isEqualTo(100);
        assertThat(medium.getHeight()).isEqualTo(67);
        assertQuadrants(medium);
    }

    /** A 320×320 thumb and a 500-wide medium {@code mediumHeight} high, both showing the quadrants upright. */
    static void assertUprightThumbAndMedium(Rendition rendition, int mediumHeight) {
        BufferedImage thumb = decode(rendition.thumb());
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(320);
        assertQuadrants(thumb);
        BufferedImage medium = decode(rendition.medium());
        assertThat(medium.getWidth()).isEqualTo(500);
        assertThat(medium.getHeight()).isEqualTo(mediumHeight);
        assertQuadrants(medium);
    }

    /** Samples the middle of each quadrant. */
    static void assertQuadrants(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        assertColour(image, w / 4, h / 4, RED);
        assertColour(image, 3 * w / 4, h / 4, GREEN);
        assertColour(image, w / 4, 3 * h / 4, BLUE);
        assertColour(image, 3 * w / 4, 3 * h / 4, YELLOW);
    }
}
