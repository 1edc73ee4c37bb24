package io.vistazo.media;

import java.awt.image.BufferedImage;
import java.util.List;
import org.imgscalr.Scalr;

/**
 * Resizing: a cheap box pre-shrink by the largest whole factor that stays at or above the target, then one step
 * of less than two. The pre-shrink averages whole blocks, so it cannot alias; the last step is bilinear when it
 * reduces and imgscalr's bicubic when it enlarges.
 */
final class Scaling {

    private Scaling() {
    }

    /** Exactly {@code width} × {@code height}; the caller keeps the ratio. */
    static BufferedImage exact(BufferedImage source, int width, int height) {
        Size size = new Size(width, height);
        return window(source, size, 0, 0, size);
    }

    /** The {@code window} at ({@code left}, {@code top}) of {@code source} scaled to {@code scaled}. */
    private static BufferedImage window(BufferedImage source, Size scaled, int left, int top, Size window) {
        int factor = Math.min(source.getWidth() / scaled.width(), source.getHeight() / scaled.height());
        BufferedImage shrunk = BoxShrink.by(source, factor);
        boolean sameSize = shrunk.getWidth() == scaled.width() && shrunk.getHeight() == scaled.height();
        if (!sameSize && reducesOpaque(shrunk, scaled)) {
            return Bilinear.window(packed(shrunk), scaled, left, top, window);
        }
        BufferedImage resized = sameSize ? shrunk : Scalr.resize(packed(shrunk), method(shrunk, scaled.width()),
                Scalr.Mode.FIT_EXACT, scaled.width(), scaled.height());
        return window.equals(scaled) ? resized
                : Scalr.crop(packed(resized), left, top, window.width(), window.height());
    }

    /** What {@link Bilinear} takes: opaque RGB, no larger in either direction. */
    private static boolean reducesOpaque(BufferedImage shrunk, Size scaled) {
        boolean opaqueRgb = shrunk.getType() == BufferedImage.TYPE_INT_RGB || RgbBytes.is(shrunk);
        return opaqueRgb && scaled.width() <= shrunk.getWidth() && scaled.height() <= shrunk.getHeight();
    }

    /** Java2D (so imgscalr) and {@link Bilinear} draw from packed ints. */
    private static BufferedImage packed(BufferedImage image) {
        return RgbBytes.is(image) ? RgbBytes.toIntRgb(image) : image;
    }

    /**
     * After the box pre-shrink a reduction is a single step of less than two, where bilinear samples the box means
     * without aliasing, at a third of the cost of Java2D's bicubic (which was the largest item in a profile of
     * uploads): {@link Bilinear} for opaque pixels, imgscalr's BALANCED for the others. Enlargements keep bicubic
     * (QUALITY), which stays sharper.
     */
    private static Scalr.Method method(BufferedImage shrunk, int width) {
        return width < shrunk.getWidth() ? Scalr.Method.BALANCED : Scalr.Method.QUALITY;
    }

    /**
     * One box pre-shrink that serves every target: by the largest whole factor that keeps the image at or above
     * each of them, so several derivatives of one image do not each average the full pixels again. Handed back as
     * packed ints, so that decoded bytes (when no shrink is due) are not converted once per derivative.
     */
    static BufferedImage shrinkForAll(BufferedImage source, List<Size> targets) {
        int factor = Integer.MAX_VALUE;
        for (Size target : targets) {
            factor = Math.min(factor,
                    Math.min(source.getWidth() / target.width(), source.getHeight() / target.height()));
        }
        return packed(BoxShrink.by(source, factor));
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
        return window(source, cover, (cover.width() - width) / 2, (cover.height() - height) / 2,
                new Size(width, height));
    }
}
