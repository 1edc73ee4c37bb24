package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.media.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RgbBytesTest {

    @TempDir
    Path folder;

    @Test
    void packedIntsRoundTripThroughRgbBytes() {
        BufferedImage packed = noise(37, 21, BufferedImage.TYPE_INT_RGB);

        BufferedImage bytes = RgbBytes.fromIntRgb(packed);
        BufferedImage back = RgbBytes.toIntRgb(bytes);

        assertThat(RgbBytes.is(bytes)).isTrue();
        assertSamePixels(bytes, packed);
        assertSamePixels(back, packed);
    }

    @Test
    void channelOffsetsNameWhereEachColourSits() {
        assertThat(RgbBytes.channelOffsets(RgbBytes.create(4, 4))).containsExactly(0, 1, 2);
        assertThat(RgbBytes.channelOffsets(new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR)))
                .containsExactly(2, 1, 0);
        assertThat(RgbBytes.channelOffsets(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB))).isNull();
        assertThat(RgbBytes.channelOffsets(new BufferedImage(4, 4, BufferedImage.TYPE_4BYTE_ABGR))).isNull();
        assertThat(RgbBytes.channelOffsets(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY))).isNull();
    }

    @Test
    void theBoxShrinkReadsBothByteOrdersAlike() {
        BufferedImage bgr = noise(64, 48, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage rgb = RgbBytes.fromIntRgb(copy(bgr, BufferedImage.TYPE_INT_RGB));

        BufferedImage fromBgr = BoxShrink.by(bgr, 4);
        BufferedImage fromRgb = BoxShrink.by(rgb, 4);

        assertSamePixels(fromRgb, fromBgr);
        int[] block = bgr.getRGB(4, 8, 4, 4, null, 0, 4);
        assertThat(fromBgr.getRGB(1, 2)).isEqualTo(meanOf(block));
    }

    @Test
    void halvingBytesOfEitherOrderMatchesHalvingPackedInts() {
        BufferedImage bgr = noise(65, 49, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage packed = copy(bgr, BufferedImage.TYPE_INT_RGB);
        BufferedImage rgb = RgbBytes.fromIntRgb(packed);

        BufferedImage expected = BoxShrink.by(packed, 2);

        assertThat(expected.getWidth()).isEqualTo(32);
        assertSamePixels(BoxShrink.by(bgr, 2), expected);
        assertSamePixels(BoxShrink.by(rgb, 2), expected);
        assertThat(expected.getRGB(5, 7)).isEqualTo(meanOf(packed.getRGB(10, 14, 2, 2, null, 0, 2)));
    }

    @Test
    void aPlainColourJpegDecodesIntoRgbBytesAndAGreyOneKeepsItsType() {
        Decoder decoder = new Decoder(ImageLimits.defaults());
        Path colour = Fixtures.write(noise(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg", folder.resolve("c.jpg"));
        Path grey = Fixtures.write(noise(40, 30, BufferedImage.TYPE_BYTE_GRAY), "jpeg", folder.resolve("g.jpg"));

        BufferedImage decodedColour = decoder.decode(colour, probe(40, 30), Orientation.NORMAL, 1);
        BufferedImage decodedGrey = decoder.decode(grey, probe(40, 30), Orientation.NORMAL, 1);

        assertThat(RgbBytes.is(decodedColour)).isTrue();
        assertSamePixels(decodedColour, Fixtures.decode(colour));
        assertThat(decodedGrey.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    }

    private static Probe probe(int width, int height) {
        return new Probe(MediaFormat.JPEG, width, height, false, 1);
    }

    private static int meanOf(int[] pixels) {
        int red = 0;
        int green = 0;
        int blue = 0;
        for (int pixel : pixels) {
            red += pixel >> 16 & 0xFF;
            green += pixel >> 8 & 0xFF;
            blue += pixel & 0xFF;
        }
        int half = pixels.length / 2;
        return 0xFF000000 | (red + half) / pixels.length << 16 | (green + half) / pixels.length << 8
                | (blue + half) / pixels.length;
    }

    private static BufferedImage noise(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static BufferedImage copy(BufferedImage image, int type) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        copy.setRGB(0, 0, image.getWidth(), image.getHeight(), pixels, 0, image.getWidth());
        return copy;
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int width = expected.getWidth();
        int height = expected.getHeight();
        assertThat(actual.getRGB(0, 0, width, height, null, 0, width))
                .containsExactly(expected.getRGB(0, 0, width, height, null, 0, width));
    }
}
