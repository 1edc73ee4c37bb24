package io.vistazo.media;

import java.awt.image.BufferedImage;
import java.util.List;
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
        BufferedImage drawable = RgbBytes.is(shrunk) ? RgbBytes.toIntRgb(shrunk) : shrunk;
        return Scalr.resize(drawable, method(shrunk, width), Scalr.Mode.FIT_EXACT, width, height);
    }

    /**
     * After the box pre-shrink a reduction is a single step of less than two, where bilinear (BALANCED) samples
     * the box means without aliasing, at a third of the cost of Java2D's bicubic (which was the largest item in a
     * profile of uploads). Enlargements keep bicubic (QUALITY), which stays sharper.
     */
    private static Scalr.Method method(BufferedImage shrunk, int width) {
        return width < shrunk.getWidth() ? Scalr.Method.BALANCED : Scalr.Method.QUALITY;
    }

    /**
     * One box pre-shrink that serves every target: by the largest whole factor that keeps the image at or above
     * each of them, so several derivatives of one image do not each average the full pixels again.
     */
    static BufferedImage shrinkForAll(BufferedImage source, List<Size> targets) {
        int factor = Integer.MAX_VALUE;
        for (Size target : targets) {
            factor = Math.min(factor, Math.min(source.getWidth() / target.width(), source.getHeight() / target.height()));
        }
        return BoxShrink.by(source, factor);
    }

    /** The size {@link #cropToFill} scales the source to before cropping. */
    static Size coverSize(BufferedImage source, int width, int height) {
        double scale = Math.max(width / (double) source.getWidth(), height / (double) source.getHeight());
        return new Size(Math.max(width, (int) Math.round(source.getWidth() * scale)),
                Math.max(height, (int) Math.round(source.getHeight() * scale)));
    }

    /** Covers the box (enlarging small images), then keeps its centre: Chevereto's "fit" thumbnail. */
    static BufferedImage cropToFill(BufferedImage source, int width, int height) {
        Size cover = coverSize(source, width, height);
        BufferedImage covering = exact(source, cover.width(), cover.height());
        if (cover.width() == width && cover.height() == height) {
            return covering;
        }
        return Scalr.crop(covering, (cover.width() - width) / 2, (cover.height() - height) / 2, width, height);
    }
}
