package io.vistazo.media.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/** Writes poster frames as JPEG and checks the ones ffmpeg writes. */
final class JpegFiles {

    static final float QUALITY = 0.9f;

    private JpegFiles() {
    }

    static Path write(BufferedImage image, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        Files.deleteIfExists(target);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return target;
    }

    /** Whether the file is a JPEG with a positive size in its header (nothing is decoded). */
    static boolean isJpeg(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return false;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return reader.getFormatName().equalsIgnoreCase("jpeg") && reader.getWidth(0) > 0
                        && reader.getHeight(0) > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return false;
        }
    }
}
