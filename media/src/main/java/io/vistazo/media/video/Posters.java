package io.vistazo.media.video;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The stand-in frame for a video no decoder could read: dark, with a play button, at the video's shape. */
final class Posters {

    static final int MAX_SIDE = 1280;
    static final Color BACKGROUND = new Color(0x1E, 0x1F, 0x24);
    private static final Color BUTTON = new Color(0xFF, 0xFF, 0xFF, 0xE0);

    private Posters() {
    }

    static BufferedImage paint(int videoWidth, int videoHeight) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(videoWidth, videoHeight));
        int width = Math.max(1, (int) Math.round(videoWidth * scale));
        int height = Math.max(1, (int) Math.round(videoHeight * scale));
        BufferedImage poster = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = poster.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(BACKGROUND);
            graphics.fillRect(0, 0, width, height);
            drawPlayButton(graphics, width, height);
        } finally {
            graphics.dispose();
        }
        return poster;
    }

    private static void drawPlayButton(Graphics2D graphics, int width, int height) {
        double radius = Math.min(width, height) * 0.18;
        double centerX = width / 2.0;
        double centerY = height / 2.0;
        graphics.setColor(BUTTON);
        graphics.setStroke(new BasicStroke((float) Math.max(1, radius / 8)));
        graphics.drawOval((int) Math.round(centerX - radius), (int) Math.round(centerY - radius),
                (int) Math.round(2 * radius), (int) Math.round(2 * radius));
        // A triangle pointing right, nudged right so it looks centred in the ring.
        double side = radius * 0.9;
        int left = (int) Math.round(centerX - side * 0.35);
        int right = (int) Math.round(centerX + side * 0.65);
        Polygon triangle = new Polygon();
        triangle.addPoint(left, (int) Math.round(centerY - side * 0.6));
        triangle.addPoint(left, (int) Math.round(centerY + side * 0.6));
        triangle.addPoint(right, (int) Math.round(centerY));
        graphics.fill(triangle);
    }
}
