package io.vistazo.media;

import java.awt.image.BufferedImage;
import org.imgscalr.Scalr;

/**
 * Resizing: a cheap box pre-shrink by the largest whole factor that stays at or above the target, then one quality
 * pass with imgscalr. The pre-shrink averages whole blocks, so it cannot alias, and it leaves imgscalr a single
 * bicubic step of less than two.
 */
final class Scaling {

    private Scaling() {
    }

    /** Exactly {@code width} × {@code height}; the caller keeps the ratio. */
    static BufferedImage exact(BufferedImage source, int width, int height) {
        int factor = Math.min(source.getWidth() / width, source.getHeight() / height);
        BufferedImage shrunk = BoxShrink.by(source, factor);
        if (shrunk.getWidth() == width && shrunk.getHeight() == height) {
            return shrunk;
        }
        // Within twice the target, QUALITY is a single bicubic step; ULTRA_QUALITY's steps of a seventh would
        // cost five times as much for no visible gain.
        return Scalr.resize(shrunk, Scalr.Method.QUALITY, Scalr.Mode.FIT_EXACT, width, height);
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
