package io.vistazo.media.video;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rect;
import org.jcodec.scale.ColorUtil;
import org.jcodec.scale.Transform;

/**
 * JCodec pictures as AWT images. jcodec-javase's AWTUtil does this but splits packages with the core jar, so it
 * is banned ({@code docs/ARCHITECTURE.md} §6).
 */
final class Pictures {

    /** JCodec stores 8-bit samples as signed bytes offset by -128. */
    private static final int SAMPLE_OFFSET = 128;

    private Pictures() {
    }

    /** The visible (cropped) area of a decoded picture as 8-bit BGR. */
    static BufferedImage toImage(Picture picture) {
        Picture rgb = toRgb(picture);
        Rect crop = picture.getCrop();
        int left = crop == null ? 0 : crop.getX();
        int top = crop == null ? 0 : crop.getY();
        int width = crop == null ? picture.getWidth() : crop.getWidth();
        int height = crop == null ? picture.getHeight() : crop.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] source = rgb.getPlaneData(0);
        int stride = rgb.getWidth() * 3;
        for (int y = 0; y < height; y++) {
            int from = (top + y) * stride + left * 3;
            int to = y * width * 3;
            for (int x = 0; x < width * 3; x += 3) {
                // RGB in, BGR out.
                target[to + x] = (byte) (source[from + x + 2] + SAMPLE_OFFSET);
                target[to + x + 1] = (byte) (source[from + x + 1] + SAMPLE_OFFSET);
                target[to + x + 2] = (byte) (source[from + x] + SAMPLE_OFFSET);
            }
        }
        return image;
    }

    private static Picture toRgb(Picture picture) {
        if (picture.getColor() == ColorSpace.RGB) {
            return picture;
        }
        Transform transform = ColorUtil.getTransform(picture.getColor(), ColorSpace.RGB);
        if (transform == null) {
            throw new IllegalArgumentException("no RGB transform from " + picture.getColor());
        }
        Picture rgb = Picture.create(picture.getWidth(), picture.getHeight(), ColorSpace.RGB);
        transform.transform(picture, rgb);
        return rgb;
    }

    /** The image turned clockwise by a quarter-turn multiple, as a player shows it. */
    static BufferedImage rotate(BufferedImage image, int clockwiseDegrees) {
        if (clockwiseDegrees % 360 == 0) {
            return image;
        }
        boolean quarter = clockwiseDegrees % 180 != 0;
        int width = quarter ? image.getHeight() : image.getWidth();
        int height = quarter ? image.getWidth() : image.getHeight();
        BufferedImage turned = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        AffineTransform transform = new AffineTransform();
        transform.translate(width / 2.0, height / 2.0);
        transform.quadrantRotate(clockwiseDegrees / 90);
        transform.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }
}
