package io.vistazo.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Optional;

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
