package io.vistazo.app;

import io.vistazo.media.testing.Fixtures;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** Files for the uploader's browser tests, written to a test's folder. */
final class UploaderFiles {

    private UploaderFiles() {
    }

    /**
     * A picture worth looking at in screenshots: a gradient, a sun and a label, with faint noise so each file is
     * a few hundred kilobytes (slow enough to watch when uploads are throttled) and unique.
     */
    static Path picture(Path dir, String name, Color top, Color bottom, long seed) {
        int width = 640;
        int height = 420;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(new GradientPaint(0, 0, top, 0, height, bottom));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(255, 236, 160));
        graphics.fillOval(width / 2 - 70, height / 3 - 70, 140, 140);
        graphics.setColor(new Color(0, 0, 0, 90));
        graphics.fillRect(0, height * 3 / 4, width, height / 4);
        graphics.setColor(Color.WHITE);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        int textWidth = graphics.getFontMetrics().stringWidth(name);
        graphics.drawString(name, (width - textWidth) / 2, height - 35);
        graphics.dispose();
        addNoise(image, new Random(seed));
        return write(dir, name, image, "png");
    }

    private static void addNoise(BufferedImage image, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                image.setRGB(x, y, rgb ^ (random.nextInt() & 0x0f0f0f));
            }
        }
    }

    /** Bytes no decoder reads, under a name and type the page accepts: only the server can refuse it. */
    static Path garbage(Path dir, String name) {
        byte[] bytes = new byte[3000];
        new Random(name.hashCode()).nextBytes(bytes);
        return write(dir, name, bytes);
    }

    static Path text(Path dir, String name) {
        return write(dir, name, "not a picture\n".getBytes(StandardCharsets.US_ASCII));
    }

    static Path fixture(Path dir, String fixture, String name) {
        return write(dir, name, Fixtures.bytes(fixture));
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path dir, String name, BufferedImage image, String format) {
        try {
            Path file = dir.resolve(name);
            ImageIO.write(image, format, file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
