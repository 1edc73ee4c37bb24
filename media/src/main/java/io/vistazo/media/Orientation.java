package io.vistazo.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.IntFunction;

/** The eight EXIF orientations: how the stored pixels must be turned to show the picture upright. */
enum Orientation {
    NORMAL(false),
    MIRROR_HORIZONTAL(false),
    ROTATE_180(false),
    MIRROR_VERTICAL(false),
    TRANSPOSE(true),
    ROTATE_90_CW(true),
    TRANSVERSE(true),
    ROTATE_270_CW(true);

    private final boolean swapsAxes;

    Orientation(boolean swapsAxes) {
        this.swapsAxes = swapsAxes;
    }

    /** The orientation of EXIF value 1 to 8. */
    static Optional<Orientation> of(int exifValue) {
        if (exifValue < 1 || exifValue > 8) {
            return Optional.empty();
        }
        return Optional.of(values()[exifValue - 1]);
    }

    /** The EXIF value, 1 to 8. */
    int exifValue() {
        return ordinal() + 1;
    }

    /** Orientations 5 to 8 turn the picture a quarter: width and height trade places. */
    boolean swapsAxes() {
        return swapsAxes;
    }

    Size upright(Size stored) {
        return swapsAxes ? new Size(stored.height(), stored.width()) : stored;
    }

    /** The upright pixels; {@code image} itself for {@link #NORMAL}. */
    BufferedImage apply(BufferedImage image) {
        if (this == NORMAL) {
            return image;
        }
        Size size = upright(new Size(image.getWidth(), image.getHeight()));
        int type = image.getType() == BufferedImage.TYPE_CUSTOM ? defaultType(image) : image.getType();
        BufferedImage upright = type == BufferedImage.TYPE_BYTE_INDEXED || type == BufferedImage.TYPE_BYTE_BINARY
                ? new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB)
                : new BufferedImage(size.width(), size.height(), type);
        Graphics2D graphics = upright.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            graphics.drawImage(image, transform(image.getWidth(), image.getHeight()), null);
        } finally {
            graphics.dispose();
        }
        return upright;
    }

    /**
     * The upright pixels, for three-byte pixels ({@link RgbBytes}, {@code TYPE_3BYTE_BGR}) moved byte by byte into
     * an array from {@code arrays} in the same layout: a plain copy, where Java2D would convert every pixel. Other
     * layouts go through {@link #apply(BufferedImage)}.
     */
    BufferedImage apply(BufferedImage image, IntFunction<byte[]> arrays) {
        if (this == NORMAL || RgbBytes.channelOffsets(image) == null) {
            return apply(image);
        }
        Size size = upright(new Size(image.getWidth(), image.getHeight()));
        BufferedImage upright = image.getType() == BufferedImage.TYPE_3BYTE_BGR
                ? new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_3BYTE_BGR)
                : RgbBytes.over(arrays.apply(size.width() * size.height() * 3), size.width(), size.height());
        copyUpright(RgbBytes.bytes(image), image.getWidth(), image.getHeight(), RgbBytes.bytes(upright));
        return upright;
    }

    /**
     * Writes the upright picture's pixels in order, each read from where the stored picture ({@code width} ×
     * {@code height}, three bytes a pixel) holds it: stored x = a·u + b·v + c, stored y = d·u + e·v + f for upright
     * column u and row v.
     */
    private void copyUpright(byte[] stored, int width, int height, byte[] out) {
        int w = width - 1;
        int h = height - 1;
        int[] m = switch (this) {
            case NORMAL -> new int[] {1, 0, 0, 0, 1, 0};
            case MIRROR_HORIZONTAL -> new int[] {-1, 0, w, 0, 1, 0};
            case ROTATE_180 -> new int[] {-1, 0, w, 0, -1, h};
            case MIRROR_VERTICAL -> new int[] {1, 0, 0, 0, -1, h};
            case TRANSPOSE -> new int[] {0, 1, 0, 1, 0, 0};
            case ROTATE_90_CW -> new int[] {0, 1, 0, -1, 0, h};
            case TRANSVERSE -> new int[] {0, -1, w, -1, 0, h};
            case ROTATE_270_CW -> new int[] {0, -1, w, 1, 0, 0};
        };
        Size size = upright(new Size(width, height));
        int step = (m[0] + m[3] * width) * 3;
        int at = 0;
        for (int v = 0; v < size.height(); v++) {
            int from = ((m[4] * v + m[5]) * width + m[1] * v + m[2]) * 3;
            for (int u = 0; u < size.width(); u++, from += step, at += 3) {
                out[at] = stored[from];
                out[at + 1] = stored[from + 1];
                out[at + 2] = stored[from + 2];
            }
        }
    }

    private static int defaultType(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    /** Maps stored coordinates (a {@code width} × {@code height} image) onto the upright image. */
    AffineTransform transform(int width, int height) {
        return switch (this) {
            case NORMAL -> new AffineTransform();
            case MIRROR_HORIZONTAL -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case ROTATE_180 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case MIRROR_VERTICAL -> new AffineTransform(1, 0, 0, -1, 0, height);
            case TRANSPOSE -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case ROTATE_90_CW -> new AffineTransform(0, 1, -1, 0, height, 0);
            case TRANSVERSE -> new AffineTransform(0, -1, -1, 0, height, width);
            case ROTATE_270_CW -> new AffineTransform(0, -1, 1, 0, 0, width);
        };
    }
}
