package io.vistazo.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rect;
import org.jcodec.scale.ColorUtil;
import org.junit.jupiter.api.Test;

/** JCodec pictures to AWT: colour conversion, the signed sample offset, channel order, crop and rotation. */
class PicturesTest {

    @Test
    void coloursSurviveTheTripThroughYuv() {
        // Left half red, right half blue: a swapped R and B, or a missing +128, shows at once.
        Picture rgb = Picture.create(32, 16, ColorSpace.RGB);
        byte[] samples = rgb.getPlaneData(0);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 32; x++) {
                int at = (y * 32 + x) * 3;
                boolean left = x < 16;
                samples[at] = (byte) ((left ? 255 : 0) - 128);
                samples[at + 1] = (byte) -128;
                samples[at + 2] = (byte) ((left ? 0 : 255) - 128);
            }
        }
        Picture yuv = Picture.create(32, 16, ColorSpace.YUV420);
        ColorUtil.getTransform(ColorSpace.RGB, ColorSpace.YUV420).transform(rgb, yuv);

        BufferedImage image = Pictures.toImage(yuv);

        VideoFixtures.assertColour(image, 4, 8, 0xFF0000);
        VideoFixtures.assertColour(image, 28, 8, 0x0000FF);
    }

    @Test
    void onlyTheCroppedAreaIsKept() {
        // H.264 codes 120 lines as 128 and crops.
        Picture picture = Picture.createCropped(160, 128, ColorSpace.YUV420, new Rect(0, 0, 160, 120));
        BufferedImage image = Pictures.toImage(picture);
        assertThat(image.getWidth()).isEqualTo(160);
        assertThat(image.getHeight()).isEqualTo(120);
    }

    @Test
    void quarterTurnsSwapTheSides() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, 0xFF0000);
        BufferedImage clockwise = Pictures.rotate(image, 90);
        assertThat(clockwise.getWidth()).isEqualTo(2);
        assertThat(clockwise.getHeight()).isEqualTo(4);
        assertThat(clockwise.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        BufferedImage counter = Pictures.rotate(image, 270);
        assertThat(counter.getRGB(0, 3) & 0xFFFFFF).isEqualTo(0xFF0000);
        BufferedImage half = Pictures.rotate(image, 180);
        assertThat(half.getRGB(3, 1) & 0xFFFFFF).isEqualTo(0xFF0000);
    }
}
