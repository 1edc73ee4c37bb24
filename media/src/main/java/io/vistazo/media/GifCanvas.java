package io.vistazo.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A GIF frame may be smaller than the logical screen and offset on it; browsers show the whole screen. */
final class GifCanvas {

    private static final String NATIVE_FORMAT = "javax_imageio_gif_image_1.0";

    private GifCanvas() {
    }

    /** {@code canvas} and the frame are already reduced by {@code subsampling}; the frame offsets are not. */
    static BufferedImage place(BufferedImage frame, IIOMetadata metadata, Size canvas, int subsampling) {
        int left = Decoder.ceilDiv(descriptorAttribute(metadata, "imageLeftPosition"), subsampling);
        int top = Decoder.ceilDiv(descriptorAttribute(metadata, "imageTopPosition"), subsampling);
        if (left == 0 && top == 0 && frame.getWidth() == canvas.width() && frame.getHeight() == canvas.height()) {
            return frame;
        }
        BufferedImage placed = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = placed.createGraphics();
        try {
            graphics.drawImage(frame, left, top, null);
        } finally {
            graphics.dispose();
        }
        return placed;
    }

    private static int descriptorAttribute(IIOMetadata metadata, String name) {
        if (metadata == null || !NATIVE_FORMAT.equals(metadata.getNativeMetadataFormatName())) {
            return 0;
        }
        NodeList descriptors = ((Element) metadata.getAsTree(NATIVE_FORMAT)).getElementsByTagName("ImageDescriptor");
        Node descriptor = descriptors.item(0);
        if (descriptor == null) {
            return 0;
        }
        String value = ((Element) descriptor).getAttribute(name);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }
}
