package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.imgscalr.Scalr;
import org.junit.jupiter.api.Test;

class BilinearTest {

    private final BufferedImage source = noise(64, 48);

    @Test
    void samplesAsJava2dBilinearDoes() {
        BufferedImage ours = Bilinear.window(source, new Size(50, 37), 0, 0, new Size(50, 37));
        BufferedImage java2d = Scalr.resize(source, Scalr.Method.BALANCED, Scalr.Mode.FIT_EXACT, 50, 37);

        assertThat(RgbBytes.is(ours)).isTrue();
        assertThat(largestChannelDifference(ours, java2d, 0, 0)).isLessThanOrEqualTo(2);
    }

    @Test
    void aWindowIsTheSamePixelsAsCroppingTheWholeScaledImage() {
        BufferedImage whole = Bilinear.window(source, new Size(50, 37), 0, 0, new Size(50, 37));

        BufferedImage window = Bilinear.window(source, new Size(50, 37), 7, 3, new Size(37, 30));

        assertThat(window.getWidth()).isEqualTo(37);
        assertThat(window.getHeight()).isEqualTo(30);
        assertThat(largestChannelDifference(window, whole, 7, 3)).isZero();
    }

    @Test
    void atTheSameSizeEveryPixelIsKept() {
        BufferedImage same = Bilinear.window(source, new Size(64, 48), 0, 0, new Size(64, 48));

        assertThat(largestChannelDifference(same, source, 0, 0)).isZero();
    }

    @Test
    void flatColourStaysExact() {
        BufferedImage flat = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 30; x++) {
                flat.setRGB(x, y, 0xFF8040);
            }
        }

        BufferedImage scaled = Bilinear.window(flat, new Size(17, 11), 0, 0, new Size(17, 11));

        for (int y = 0; y < 11; y++) {
            for (int x = 0; x < 17; x++) {
                assertThat(scaled.getRGB(x, y)).isEqualTo(0xFFFF8040);
            }
        }
    }

    /** The largest difference of any channel between {@code image} and {@code reference} offset by (dx, dy). */
    private static int largestChannelDifference(BufferedImage image, BufferedImage reference, int dx, int dy) {
        int largest = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = image.getRGB(x, y);
                int b = reference.getRGB(x + dx, y + dy);
                for (int shift = 0; shift <= 16; shift += 8) {
                    largest = Math.max(largest, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
                }
            }
        }
        return largest;
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }
}
