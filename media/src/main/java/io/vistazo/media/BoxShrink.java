package io.vistazo.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Shrinks by a whole factor, each output pixel the mean of a factor × factor block (alpha-weighted, so
 * transparent pixels lend no colour). Cheap and alias-free: the pre-shrink before imgscalr's quality pass.
 */
final class BoxShrink {

    private BoxShrink() {
    }

    static BufferedImage by(BufferedImage source, int factor) {
        if (factor < 2) {
            return source;
        }
        boolean alpha = source.getColorModel().hasAlpha();
        Rows rows = Rows.of(source, alpha);
        int width = source.getWidth() / factor;
        int height = source.getHeight() / factor;
        if (!alpha) {
            return opaque(source, rows, width, height, factor);
        }
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int[] row = new int[source.getWidth()];
        long[] sums = new long[width * 4];
        for (int y = 0; y < height; y++) {
            Arrays.fill(sums, 0);
            for (int sourceRow = y * factor; sourceRow < (y + 1) * factor; sourceRow++) {
                rows.read(sourceRow, row);
                accumulateRow(row, width, factor, alpha, sums);
            }
            writeRow(sums, out, y * width, width, factor * factor, alpha);
        }
        return target;
    }

    /**
     * Opaque images (almost every photo) need no alpha weighting: plain channel sums, and the rounded means come
     * from a table instead of three divisions per pixel, which dominated the shrink.
     */
    private static BufferedImage opaque(BufferedImage source, Rows rows, int width, int height, int factor) {
        int[] offsets = RgbBytes.channelOffsets(source);
        if (offsets != null) {
            return fromBytes(source, offsets, width, height, factor);
        }
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int[] sums = new int[width * 3];
        int[] mean = meanTable(factor * factor);
        int[] row = new int[source.getWidth()];
        for (int y = 0; y < height; y++) {
            Arrays.fill(sums, 0);
            for (int sourceRow = y * factor; sourceRow < (y + 1) * factor; sourceRow++) {
                rows.read(sourceRow, row);
                addPacked(row, width, factor, sums);
            }
            int offset = y * width;
            for (int x = 0, at = 0; x < width; x++, at += 3) {
                out[offset + x] = mean[sums[at]] << 16 | mean[sums[at + 1]] << 8 | mean[sums[at + 2]];
            }
        }
        return target;
    }

    /**
     * Straight from the decoder's interleaved bytes, summed in memory order with no packing into ints and back;
     * {@code offsets} says which of each pixel's three sums is red, green and blue.
     */
    private static BufferedImage fromBytes(BufferedImage source, int[] offsets, int width, int height, int factor) {
        boolean rgb = Arrays.equals(offsets, new int[] {0, 1, 2});
        if (factor == 2 && (rgb || Arrays.equals(offsets, new int[] {2, 1, 0}))) {
            return halved(source, rgb, width, height);
        }
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        byte[] in = RgbBytes.bytes(source);
        int[] sums = new int[width * 3];
        int[] mean = meanTable(factor * factor);
        int stride = source.getWidth() * 3;
        for (int y = 0; y < height; y++) {
            Arrays.fill(sums, 0);
            for (int sourceRow = y * factor; sourceRow < (y + 1) * factor; sourceRow++) {
                addBytes(in, sourceRow * stride, width, factor, sums);
            }
            int offset = y * width;
            for (int x = 0, at = 0; x < width; x++, at += 3) {
                out[offset + x] = mean[sums[at + offsets[0]]] << 16 | mean[sums[at + offsets[1]]] << 8
                        | mean[sums[at + offsets[2]]];
            }
        }
        return target;
    }

    /**
     * The common case, written out: images from about 1000 to 2000 pixels wide, and larger ones decoded at reduced
     * resolution, are halved on their way to the medium. Twice as fast as the general loop.
     */
    private static BufferedImage halved(BufferedImage source, boolean rgb, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        byte[] in = RgbBytes.bytes(source);
        int stride = source.getWidth() * 3;
        for (int y = 0; y < height; y++) {
            int top = 2 * y * stride;
            int bottom = top + stride;
            int offset = y * width;
            for (int x = 0; x < width; x++, top += 6, bottom += 6) {
                int first = in[top] & 0xFF;
                first += (in[top + 3] & 0xFF) + (in[bottom] & 0xFF) + (in[bottom + 3] & 0xFF);
                int second = in[top + 1] & 0xFF;
                second += (in[top + 4] & 0xFF) + (in[bottom + 1] & 0xFF) + (in[bottom + 4] & 0xFF);
                int third = in[top + 2] & 0xFF;
                third += (in[top + 5] & 0xFF) + (in[bottom + 2] & 0xFF) + (in[bottom + 5] & 0xFF);
                first = (first + 2) >> 2;
                second = (second + 2) >> 2;
                third = (third + 2) >> 2;
                out[offset + x] = rgb ? first << 16 | second << 8 | third : third << 16 | second << 8 | first;
            }
        }
        return target;
    }

    private static void addBytes(byte[] in, int at, int width, int factor, int[] sums) {
        for (int x = 0; x < width * 3; x += 3) {
            int first = 0;
            int second = 0;
            int third = 0;
            for (int i = 0; i < factor; i++, at += 3) {
                first += in[at] & 0xFF;
                second += in[at + 1] & 0xFF;
                third += in[at + 2] & 0xFF;
            }
            sums[x] += first;
            sums[x + 1] += second;
            sums[x + 2] += third;
        }
    }

    private static void addPacked(int[] row, int width, int factor, int[] sums) {
        int at = 0;
        for (int x = 0; x < width * 3; x += 3) {
            for (int i = 0; i < factor; i++) {
                int rgb = row[at++];
                sums[x] += rgb >> 16 & 0xFF;
                sums[x + 1] += rgb >> 8 & 0xFF;
                sums[x + 2] += rgb & 0xFF;
            }
        }
    }

    /** {@code table[sum]} is {@code sum / count} rounded half up, for every sum of {@code count} bytes. */
    private static int[] meanTable(int count) {
        int[] table = new int[255 * count + 1];
        for (int sum = 0; sum < table.length; sum++) {
            table[sum] = (sum + count / 2) / count;
        }
        return table;
    }

    /** Source rows as packed ARGB ints, read straight from the common rasters. */
    private interface Rows {
        void read(int y, int[] row);

        static Rows of(BufferedImage source, boolean alpha) {
            int[] offsets = RgbBytes.channelOffsets(source);
            if (offsets != null) {
                byte[] in = RgbBytes.bytes(source);
                int width = source.getWidth();
                return (y, row) -> {
                    int at = y * width * 3;
                    for (int x = 0; x < width; x++, at += 3) {
                        row[x] = 0xFF000000 | (in[at + offsets[0]] & 0xFF) << 16 | (in[at + offsets[1]] & 0xFF) << 8
                                | in[at + offsets[2]] & 0xFF;
                    }
                };
            }
            BufferedImage packed = packed(source, alpha);
            int[] pixels = ((DataBufferInt) packed.getRaster().getDataBuffer()).getData();
            int width = packed.getWidth();
            return (y, row) -> System.arraycopy(pixels, y * width, row, 0, width);
        }
    }

    /** Adds one source row to the block sums: alpha, then red, green and blue weighted by alpha. */
    private static void accumulateRow(int[] in, int width, int factor, boolean alpha, long[] sums) {
        int at = 0;
        for (int x = 0; x < width; x++) {
            int sum = x * 4;
            for (int i = 0; i < factor; i++) {
                int argb = in[at++];
                int a = alpha ? argb >>> 24 : 255;
                sums[sum] += a;
                sums[sum + 1] += (long) (argb >> 16 & 0xFF) * a;
                sums[sum + 2] += (long) (argb >> 8 & 0xFF) * a;
                sums[sum + 3] += (long) (argb & 0xFF) * a;
            }
        }
    }

    private static void writeRow(long[] sums, int[] out, int offset, int width, int count, boolean alpha) {
        for (int x = 0; x < width; x++) {
            long a = sums[x * 4];
            if (a == 0) {
                out[offset + x] = 0;
                continue;
            }
            int r = (int) ((sums[x * 4 + 1] + a / 2) / a);
            int g = (int) ((sums[x * 4 + 2] + a / 2) / a);
            int b = (int) ((sums[x * 4 + 3] + a / 2) / a);
            int meanAlpha = alpha ? (int) ((a + count / 2) / count) : 255;
            out[offset + x] = meanAlpha << 24 | r << 16 | g << 8 | b;
        }
    }

    /** The pixels as packed ints (Java2D converts any other layout, colour space included, in native loops). */
    private static BufferedImage packed(BufferedImage source, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (source.getType() == type) {
            return source;
        }
        BufferedImage packed = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D graphics = packed.createGraphics();
        try {
            graphics.drawImage(source, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return packed;
    }
}
