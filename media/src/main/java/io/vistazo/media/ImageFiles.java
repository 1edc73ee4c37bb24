package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encodes pixels as JPEG, PNG or GIF files. */
final class ImageFiles {

    /** Thumbs and mediums. */
    static final float JPEG_QUALITY = 0.9f;
    /** A main file that had to be re-encoded (turned upright, resized): it is the picture people keep. */
    static final float MAIN_JPEG_QUALITY = 0.93f;
    /** Larger images are encoded straight to their file, so a huge PNG never sits in the heap whole. */
    private static final long IN_MEMORY_PIXELS = 4_000_000L;

    private ImageFiles() {
    }

    /**
     * Writes {@code image} to {@code target}, replacing it; JPEG loses any alpha (flattened onto white). Images up
     * to {@link #IN_MEMORY_PIXELS} (every thumb and medium) are encoded in memory and written at once: ImageIO's
     * file stream makes a system call for every 4 KB the encoder flushes.
     */
    static Path write(BufferedImage image, MediaFormat format, Path target) {
        try {
            if ((long) image.getWidth() * image.getHeight() <= IN_MEMORY_PIXELS) {
                Files.write(target, encoded(image, format, JPEG_QUALITY));
                return target;
            }
            // FileImageOutputStream does not truncate, so an old, longer file would leave a tail.
            Files.deleteIfExists(target);
            try (ImageOutputStream out = new FileImageOutputStream(target.toFile())) {
                encode(image, format, JPEG_QUALITY, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A JPEG of {@code image} in memory, at {@code quality}. */
    static byte[] jpeg(BufferedImage image, float quality) {
        return encoded(image, MediaFormat.JPEG, quality);
    }

    private static byte[] encoded(BufferedImage image, MediaFormat format, float quality) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            encode(image, format, quality, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void encode(BufferedImage image, MediaFormat format, float quality, ImageOutputStream out)
            throws IOException {
        BufferedImage encodable = format == MediaFormat.JPEG ? opaqueRgb(image) : image;
        ImageWriter writer = writerFor(format);
        try {
            writer.setOutput(out);
            writer.write(null, new IIOImage(encodable, null, null), parameters(writer, format, quality));
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter writerFor(MediaFormat format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.extension());
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return writers.next();
    }

    private static ImageWriteParam parameters(ImageWriter writer, MediaFormat format, float quality) {
        if (format != MediaFormat.JPEG) {
            return null;
        }
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(quality);
        return parameters;
    }

    /**
     * JPEG has no alpha: the JDK writer refuses it, and transparent areas should turn white, not black. Packed
     * ints are handed over as {@link RgbBytes}, which the writer copies by rows rather than sample by sample.
     */
    static BufferedImage opaqueRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return RgbBytes.fromIntRgb(image);
        }
        if (RgbBytes.is(image) || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }
}
