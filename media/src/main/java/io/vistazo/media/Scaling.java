package io.vistazo.media;

import java.awt.image.BufferedImage;
import org.imgscalr.Scalr;

/** Resizing with imgscalr at its best quality (incremental bicubic steps when shrinking). */
final class Scaling {

    private Scaling() {
    }

    /** Exactly {@code width} × {@code height}; the caller keeps the ratio. */
    static BufferedImage exact(BufferedImage source, int width, int height) {
        return Scalr.resize(source, Scalr.Method.ULTRA_QUALITY, Scalr.Mode.FIT_EXACT, width, height);
    }

    /** Covers the box (enlarging small images), then keeps its centre: Chevereto's "fit" thumbnail. */
    static BufferedImage cropToFill(BufferedImage source, int width, int height) {
        double scale = Math.max(width / (double) source.getWidth(), height / (double) source.getHeight());
        int coverWidth = Math.max(width, (int) Math.round(source.getWidth() * scale));
        int coverHeight = Math.max(height, (int) Math.round(source.getHeight() * scale));
        BufferedImage covering = exact(source, coverWidth, coverHeight);
        if (coverWidth == width && coverHeight == height) {
            return covering;
        }
        return Scalr.crop(covering, (coverWidth - width) / 2, (coverHeight - height) / 2, width, height);
    }
}
