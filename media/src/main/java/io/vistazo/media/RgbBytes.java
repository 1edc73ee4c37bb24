package io.vistazo.media;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Opaque sRGB pixels stored as three bytes in red, green, blue order: the order libjpeg hands ImageIO its rows
 * in and takes them back. Decoding into and encoding from this layout lets ImageIO copy whole rows, where Java2D's
 * own {@code TYPE_3BYTE_BGR} and {@code TYPE_INT_RGB} make it move every sample one by one (a profile of uploads
 * showed those copies costing as much as the JPEG decoding itself).
 */
final class RgbBytes {

    private static final ColorModel SRGB_BYTES = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
            false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);

    private RgbBytes() {
    }

    static BufferedImage create(int width, int height) {
        return over(new byte[width * height * 3], width, height);
    }

    /** An image whose pixels are the first width × height × 3 bytes of {@code array}. */
    static BufferedImage over(byte[] array, int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(array, width * height * 3),
                width, height, width * 3, 3, new int[] {0, 1, 2}, null);
        return new BufferedImage(SRGB_BYTES, raster, false, null);
    }

    /** True for an image {@link #create} made (or one laid out the same way). */
    static boolean is(BufferedImage image) {
        int[] offsets = channelOffsets(image);
        return offsets != null && offsets[0] == 0 && offsets[1] == 1 && offsets[2] == 2;
    }

    /**
     * Where red, green and blue sit within each pixel's three bytes, for an opaque sRGB image whose raster is one
     * plain byte array of width × 3 bytes per row ({@code TYPE_3BYTE_BGR} or this layout); else null.
     */
    static int[] channelOffsets(BufferedImage image) {
        if (image.getColorModel().hasAlpha() || !image.getColorModel().getColorSpace().isCS_sRGB()
                || !(image.getSampleModel() instanceof PixelInterleavedSampleModel)) {
            return null;
        }
        PixelInterleavedSampleModel layout = (PixelInterleavedSampleModel) image.getSampleModel();
        WritableRaster raster = image.getRaster();
        boolean plain = layout.getNumBands() == 3 && layout.getPixelStride() == 3
                && layout.getScanlineStride() == image.getWidth() * 3 && layout.getDataType() == DataBuffer.TYPE_BYTE
                && raster.getDataBuffer().getNumBanks() == 1 && raster.getDataBuffer().getOffset() == 0
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
        return plain ? layout.getBandOffsets() : null;
    }

    static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** The same pixels in this layout; {@code image} must be {@code TYPE_INT_RGB}. */
    static BufferedImage fromIntRgb(BufferedImage image) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        BufferedImage rgb = create(image.getWidth(), image.getHeight());
        byte[] out = bytes(rgb);
        for (int i = 0, at = 0; i < pixels.length; i++, at += 3) {
            int pixel = pixels[i];
            out[at] = (byte) (pixel >> 16);
            out[at + 1] = (byte) (pixel >> 8);
            out[at + 2] = (byte) pixel;
        }
        return rgb;
    }

    /** The same pixels as {@code TYPE_INT_RGB}, which Java2D (and so imgscalr) draws from with its fast loops. */
    static BufferedImage toIntRgb(BufferedImage image) {
        byte[] in = bytes(image);
        BufferedImage packed = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) packed.getRaster().getDataBuffer()).getData();
        for (int i = 0, at = 0; i < out.length; i++, at += 3) {
            out[i] = (in[at] & 0xFF) << 16 | (in[at + 1] & 0xFF) << 8 | in[at + 2] & 0xFF;
        }
        return packed;
    }
}
