import java.awt.*;
import java.awt.color.*;
import java.awt.geom.*;
import java.awt.image.*;
import java.io.*;
import java.nio.file.*;
import javax.imageio.*;
import javax.imageio.metadata.*;
import javax.imageio.stream.*;
import org.w3c.dom.*;

/**
 * Writes the pixel side of the issue-3 fixtures (orientations, CMYK, YCCK, progressive, ICC, 16-bit and palette
 * PNG, metadata carriers) into the folder given as the first argument; pipeline-fixtures.sh then adds the
 * metadata with exiftool. Not compiled by Maven.
 */
public class GeneratePipelineFixtures {

    static final Color RED = new Color(220, 30, 30);
    static final Color GREEN = new Color(30, 200, 60);
    static final Color BLUE = new Color(30, 60, 220);
    static final Color YELLOW = new Color(240, 220, 40);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        // The upright picture: 120x80, red top-left, green top-right, blue bottom-left, yellow bottom-right.
        BufferedImage upright = quadrants(120, 80);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage stored = apply(inverse(orientation), upright);
            writeJpeg(stored, dir.resolve("orientation-" + orientation + ".jpg"), 0.9f, false);
        }
        writeJpeg(quadrants(160, 120), dir.resolve("progressive.jpg"), 0.85f, true);
        writeJpeg(quadrants(64, 48), dir.resolve("metadata-base.jpg"), 0.85f, false);
        writeJpeg(quadrants(200, 100), dir.resolve("pano-base.jpg"), 0.85f, false);
        writeJpeg(quadrants(120, 80), dir.resolve("icc-base.jpg"), 0.9f, false);
        Files.write(dir.resolve("../linear-rgb.icc"), ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData());
        writeYcck(dir.resolve("ycck.jpg"));
        writeRgb16Png(dir.resolve("rgb16.png"));
        writePalettePng(dir.resolve("palette.png"));
        ImageIO.write(quadrants(64, 48), "png", dir.resolve("../cmyk-input.png").toFile());
    }

    static BufferedImage quadrants(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(RED); g.fillRect(0, 0, w / 2, h / 2);
        g.setColor(GREEN); g.fillRect(w / 2, 0, w - w / 2, h / 2);
        g.setColor(BLUE); g.fillRect(0, h / 2, w / 2, h - h / 2);
        g.setColor(YELLOW); g.fillRect(w / 2, h / 2, w - w / 2, h - h / 2);
        g.dispose();
        return image;
    }

    /** Orientation 6 (90 CW) undoes 8 (270 CW) and the reverse; all others undo themselves. */
    static int inverse(int orientation) {
        return orientation == 6 ? 8 : orientation == 8 ? 6 : orientation;
    }

    /** Turns {@code image} the way EXIF orientation {@code o} tells a viewer to. */
    static BufferedImage apply(int o, BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        boolean swap = o >= 5;
        AffineTransform t = switch (o) {
            case 1 -> new AffineTransform();
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    static void writeJpeg(BufferedImage img, Path file, float q, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(q);
            if (progressive) {
                p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
    }

    /**
     * 64x48 YCCK (Adobe transform 2), left half orange-red, right half blue: C, M, Y through the YCC transform, K
     * inverted, as Photoshop writes it (and libvips and TwelveMonkeys read it). The JDK writer writes a raster's
     * samples as they are, so the transform is done here.
     */
    static void writeYcck(Path file) throws IOException {
        int w = 64, h = 48;
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] left = ycck(new int[] {0, 180, 200, 255 - 30});
        int[] right = ycck(new int[] {200, 120, 0, 255 - 30});
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) raster.setPixel(x, y, x < w / 2 ? left : right);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        IIOMetadata m = writer.getDefaultImageMetadata(
                new ImageTypeSpecifier(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)), p);
        String format = "javax_imageio_jpeg_image_1.0";
        Element root = (Element) m.getAsTree(format);
        Node jfif = root.getElementsByTagName("app0JFIF").item(0);
        jfif.getParentNode().removeChild(jfif);
        Element sequence = (Element) root.getElementsByTagName("markerSequence").item(0);
        IIOMetadataNode adobe = new IIOMetadataNode("app14Adobe");
        adobe.setAttribute("transform", "2");
        sequence.insertBefore(adobe, sequence.getFirstChild());
        Element sof = (Element) root.getElementsByTagName("sof").item(0);
        sof.setAttribute("numFrameComponents", "4");
        IIOMetadataNode k = new IIOMetadataNode("componentSpec");
        k.setAttribute("componentId", "4"); k.setAttribute("HsamplingFactor", "1");
        k.setAttribute("VsamplingFactor", "1"); k.setAttribute("QtableSelector", "0");
        sof.appendChild(k);
        Element sos = (Element) root.getElementsByTagName("sos").item(0);
        sos.setAttribute("numScanComponents", "4");
        IIOMetadataNode scanK = new IIOMetadataNode("scanComponentSpec");
        scanK.setAttribute("componentSelector", "4"); scanK.setAttribute("dcHuffTable", "0");
        scanK.setAttribute("acHuffTable", "0");
        sos.appendChild(scanK);
        m.setFromTree(format, root);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, m), p);
        } finally {
            writer.dispose();
        }
    }

    /** Adobe's YCCK: the C, M, Y samples go through the JFIF RGB to YCbCr transform; K stays. */
    static int[] ycck(int[] cmyk) {
        double r = cmyk[0], g = cmyk[1], b = cmyk[2];
        long y = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
        long cb = Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
        long cr = Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
        return new int[] {(int) y, (int) Math.min(255, cb), (int) Math.min(255, cr), cmyk[3]};
    }

    /** 48x32 RGB, 16 bits a sample: left half (65535, 0, 0), right half (0, 0, 65535). */
    static void writeRgb16Png(Path file) throws IOException {
        int w = 48, h = 32;
        ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(w, h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            raster.setPixel(x, y, x < w / 2 ? new int[] {65535, 0, 0} : new int[] {0, 0, 65535});
        }
        ImageIO.write(new BufferedImage(cm, raster, false, null), "png", file.toFile());
    }

    /** 40x40 palette PNG: index 0 fully transparent (left 10 columns), 1 green, 2 magenta (bottom half). */
    static void writePalettePng(Path file) throws IOException {
        byte[] r = {0, 30, (byte) 230}, g = {0, (byte) 200, 20}, b = {0, 60, (byte) 230}, a = {0, (byte) 255, (byte) 255};
        IndexColorModel palette = new IndexColorModel(8, 3, r, g, b, a);
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_INDEXED, palette);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < 40; y++) for (int x = 0; x < 40; x++) raster.setSample(x, y, 0, x < 10 ? 0 : y < 20 ? 1 : 2);
        ImageIO.write(image, "png", file.toFile());
    }
}
