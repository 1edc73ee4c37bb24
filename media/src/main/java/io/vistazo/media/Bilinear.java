package io.vistazo.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Bilinear reduction of opaque pixels, packed RGB ints in and {@link RgbBytes} out: the final step, of less than
 * two, after the box pre-shrink. It samples as Java2D's bilinear does (what imgscalr's BALANCED draws with) but
 * skips Java2D's detour through premultiplied ARGB tiles and a compositing blit, and writes the layout the JPEG
 * writer copies by rows; under upload load that step was the largest item left in the profile. It can produce a
 * window of the scaled image, so a thumb's crop costs only the pixels it keeps.
 */
final class Bilinear {

    /** Weights are fractions of 256; red and blue travel together in one int, eight bits apart from green. */
    private static final int ONE = 256;
    private static final int RED_BLUE = 0xFF00FF;
    private static final int GREEN = 0xFF00;

    private Bilinear() {
    }

    /**
     * The {@code window} at ({@code left}, {@code top}) of {@code source} scaled to {@code scaled}.
     *
     * @param source {@code TYPE_INT_RGB}, at least as large as {@code scaled} in both directions
     */
    static BufferedImage window(BufferedImage source, Size scaled, int left, int top, Size window) {
        int sourceWidth = source.getWidth();
        int sourceHeight = source.getHeight();
        int[] pixels = ((DataBufferInt) source.getRaster().getDataBuffer()).getData();
        Taps columns = Taps.of(sourceWidth, scaled.width(), left, window.width());
        Taps rows = Taps.of(sourceHeight, scaled.height(), top, window.height());
        BufferedImage target = RgbBytes.create(window.width(), window.height());
        byte[] out = RgbBytes.bytes(target);
        int[] blended = new int[sourceWidth];
        // Only the source columns the window reaches (a thumb's crop leaves out a quarter or more).
        int from = columns.first[0];
        int to = columns.second[window.width() - 1] + 1;
        for (int y = 0, at = 0; y < window.height(); y++) {
            blendRows(pixels, rows.first[y] * sourceWidth, rows.second[y] * sourceWidth, rows.weight[y], blended,
                    from, to);
            for (int x = 0; x < window.width(); x++, at += 3) {
                int pixel = blend(blended[columns.first[x]], blended[columns.second[x]], columns.weight[x]);
                out[at] = (byte) (pixel >> 16);
                out[at + 1] = (byte) (pixel >> 8);
                out[at + 2] = (byte) pixel;
            }
        }
        return target;
    }

    private static void blendRows(int[] pixels, int upper, int lower, int weight, int[] blended, int from, int to) {
        for (int x = from; x < to; x++) {
            blended[x] = blend(pixels[upper + x], pixels[lower + x], weight);
        }
    }

    /** {@code a} and {@code b} mixed, {@code weight}/256 of {@code b}, rounded; both channels pairs at once. */
    private static int blend(int a, int b, int weight) {
        int keep = ONE - weight;
        int redBlue = ((a & RED_BLUE) * keep + (b & RED_BLUE) * weight + 0x800080) >>> 8 & RED_BLUE;
        int green = ((a & GREEN) * keep + (b & GREEN) * weight + 0x8000) >>> 8 & GREEN;
        return redBlue | green;
    }

    /** For each output column (or row): the two source columns it lies between and the second one's weight. */
    private static final class Taps {
        final int[] first;
        final int[] second;
        final int[] weight;

        private Taps(int count) {
            first = new int[count];
            second = new int[count];
            weight = new int[count];
        }

        static Taps of(int sourceLength, int scaledLength, int start, int count) {
            Taps taps = new Taps(count);
            double step = sourceLength / (double) scaledLength;
            for (int i = 0; i < count; i++) {
                double position = Math.min(sourceLength - 1, Math.max(0, (start + i + 0.5) * step - 0.5));
                int index = (int) position;
                taps.first[i] = index;
                taps.second[i] = Math.min(index + 1, sourceLength - 1);
                taps.weight[i] = (int) Math.round((position - index) * ONE);
            }
            return taps;
        }
    }
}
