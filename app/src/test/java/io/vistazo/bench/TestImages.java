package io.vistazo.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Photo-like JPEGs of about a given size, and cheap distinct copies of them. */
final class TestImages {

    private TestImages() {
    }

    static List<byte[]> distinctJpegs(int count, int targetBytes) {
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            images.add(jpeg(new Random(i), targetBytes));
        }
        return images;
    }

    /** The same pixels with a different JPEG comment, so every upload has its own md5. */
    static byte[] distinct(byte[] jpeg, int serial) {
        byte[] comment = ("vistazo bench " + serial).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + comment.length + 4);
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xFE);
        out.write((comment.length + 2) >> 8);
        out.write((comment.length + 2) & 0xFF);
        out.writeBytes(comment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] jpeg(Random random, int targetBytes) {
        BufferedImage image = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(1280), random.nextInt(960), 20 + random.nextInt(200), 20 + random.nextInt(200));
        }
        g.dispose();
        for (int y = 0; y < 960; y += 2) {
            for (int x = 0; x < 1280; x += 3) {
                image.setRGB(x, y, image.getRGB(x, y) ^ random.nextInt(0x1F1F1F));
            }
        }
        float quality = 0.9f;
        byte[] bytes = encode(image, quality);
        while (bytes.length > targetBytes * 1.15 && quality > 0.3f) {
            quality -= 0.1f;
            bytes = encode(image, quality);
        }
        return bytes;
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
