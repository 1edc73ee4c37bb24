import java.awt.*;
import java.awt.image.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.*;
import javax.imageio.*;
import javax.imageio.metadata.*;
import javax.imageio.stream.*;
import org.w3c.dom.*;

/**
 * Writes the test fixtures into the folder given as the first argument. Run once with
 * {@code java GenerateFixtures.java ../resources/fixtures}, then the WebP commands in README.md. Not compiled by Maven.
 */
public class GenerateFixtures {
    static Path dir;

    public static void main(String[] args) throws Exception {
        dir = Path.of(args[0]);
        Files.createDirectories(dir);
        // wide.jpg 800x400: red left half, blue right half
        BufferedImage wide = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wide.createGraphics();
        g.setColor(Color.RED); g.fillRect(0, 0, 400, 400);
        g.setColor(Color.BLUE); g.fillRect(400, 0, 400, 400);
        g.dispose();
        writeJpeg(wide, dir.resolve("wide.jpg"), 0.6f);

        // tall.png 300x600 RGBA: transparent left 30px column, green top half, yellow bottom half
        BufferedImage tall = new BufferedImage(300, 600, BufferedImage.TYPE_INT_ARGB);
        g = tall.createGraphics();
        g.setColor(Color.GREEN); g.fillRect(30, 0, 270, 300);
        g.setColor(Color.YELLOW); g.fillRect(30, 300, 270, 300);
        g.dispose();
        ImageIO.write(tall, "png", dir.resolve("tall.png").toFile());
        ImageIO.write(tall, "png", dir.resolve("../webp-input-tall.png").toFile());

        // tiny.png 10x10 quadrants
        BufferedImage tiny = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        g = tiny.createGraphics();
        g.setColor(Color.RED); g.fillRect(0, 0, 5, 5);
        g.setColor(Color.GREEN); g.fillRect(5, 0, 5, 5);
        g.setColor(Color.BLUE); g.fillRect(0, 5, 5, 5);
        g.setColor(Color.WHITE); g.fillRect(5, 5, 5, 5);
        g.dispose();
        ImageIO.write(tiny, "png", dir.resolve("tiny.png").toFile());

        // still.gif 64x48
        BufferedImage still = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        g = still.createGraphics();
        g.setColor(Color.ORANGE); g.fillRect(0, 0, 64, 48);
        g.setColor(Color.BLACK); g.fillRect(16, 12, 32, 24);
        g.dispose();
        ImageIO.write(still, "gif", dir.resolve("still.gif").toFile());

        // animated.gif 120x80, 3 frames
        writeAnimatedGif(dir.resolve("animated.gif"), 120, 80, new Color[] {Color.RED, Color.GREEN, Color.BLUE});

        // image.bmp 40x30 24-bit, magenta with a white square
        BufferedImage bmp = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
        g = bmp.createGraphics();
        g.setColor(Color.MAGENTA); g.fillRect(0, 0, 40, 30);
        g.setColor(Color.WHITE); g.fillRect(10, 10, 10, 10);
        g.dispose();
        ImageIO.write(bmp, "bmp", dir.resolve("image.bmp").toFile());

        // Inputs for cwebp / img2webp
        BufferedImage w1 = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        g = w1.createGraphics();
        g.setColor(Color.CYAN); g.fillRect(0, 0, 200, 100);
        g.dispose();
        ImageIO.write(w1, "png", dir.resolve("../webp-input-1.png").toFile());
        BufferedImage w2 = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        g = w2.createGraphics();
        g.setColor(Color.PINK); g.fillRect(0, 0, 200, 100);
        g.dispose();
        ImageIO.write(w2, "png", dir.resolve("../webp-input-2.png").toFile());

        // sample.tiff 8x8
        BufferedImage t = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(t, "tiff", dir.resolve("sample.tiff").toFile());

        // sample.ico: one 16x16 entry holding a PNG
        ByteArrayOutputStream icoPng = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB), "png", icoPng);
        ByteArrayOutputStream ico = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ico);
        d.write(new byte[] {0, 0, 1, 0, 1, 0});
        d.write(new byte[] {16, 16, 0, 0, 1, 0, 32, 0});
        writeIntLE(d, icoPng.size());
        writeIntLE(d, 22);
        d.write(icoPng.toByteArray());
        Files.write(dir.resolve("sample.ico"), ico.toByteArray());

        Files.writeString(dir.resolve("sample.svg"), "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script>"
                + "<rect width=\"10\" height=\"10\" fill=\"red\"/></svg>\n", StandardCharsets.UTF_8);

        // truncated.jpg: the first half of wide.jpg
        byte[] wideBytes = Files.readAllBytes(dir.resolve("wide.jpg"));
        Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(wideBytes, wideBytes.length / 2));

        // jpeg-garbage.jpg: wide.jpg's headers up to and including SOS, then random bytes
        int sos = indexOf(wideBytes, new byte[] {(byte) 0xFF, (byte) 0xDA});
        int sosLen = ((wideBytes[sos + 2] & 0xFF) << 8) | (wideBytes[sos + 3] & 0xFF);
        byte[] head = Arrays.copyOf(wideBytes, sos + 2 + sosLen);
        byte[] rnd = new byte[4000];
        new Random(42).nextBytes(rnd);
        Files.write(dir.resolve("jpeg-garbage.jpg"), concat(head, rnd));

        // png-garbage.png: signature + IHDR 64x64 RGB, then random bytes
        ByteArrayOutputStream pg = new ByteArrayOutputStream();
        pg.write(pngSignature());
        pg.write(chunk("IHDR", ihdr(64, 64, 8, 2)));
        byte[] rnd2 = new byte[2000];
        new Random(7).nextBytes(rnd2);
        pg.write(rnd2);
        Files.write(dir.resolve("png-garbage.png"), pg.toByteArray());

        // polyglot.jpg: a valid small JPEG with a PHP payload appended
        BufferedImage poly = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream pj = new ByteArrayOutputStream();
        writeJpeg(poly, pj, 0.8f);
        pj.write("<?php system($_GET['c']); ?>\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("polyglot.jpg"), pj.toByteArray());

        // bomb.png: declares 50000x50000 grayscale, IDAT is a tiny deflate stream
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.write(pngSignature());
        bomb.write(chunk("IHDR", ihdr(50000, 50000, 8, 0)));
        bomb.write(chunk("IDAT", deflate(new byte[1024])));
        bomb.write(chunk("IEND", new byte[0]));
        Files.write(dir.resolve("bomb.png"), bomb.toByteArray());

        // transparent.gif 60x60: palette index 0 transparent (left 20 columns), the rest red
        IndexColorModel twoColours = new IndexColorModel(1, 2, new byte[] {0, (byte) 255}, new byte[] {0, 0},
                new byte[] {0, 0}, 0);
        BufferedImage transparentGif = new BufferedImage(60, 60, BufferedImage.TYPE_BYTE_BINARY, twoColours);
        for (int y = 0; y < 60; y++) for (int x = 20; x < 60; x++) transparentGif.getRaster().setSample(x, y, 0, 1);
        ImageIO.write(transparentGif, "gif", dir.resolve("transparent.gif").toFile());

        // animated.png (APNG): two 40x20 frames
        writeApng(dir.resolve("animated.png"));

        // Container headers only: enough to sniff, nothing to decode
        Files.write(dir.resolve("sample.avif"), ftyp("avif", "avif", "mif1", "miaf"));
        Files.write(dir.resolve("sample.heic"), ftyp("heic", "mif1", "heic"));
        Files.write(dir.resolve("sample.mp4"), ftyp("isom", "isom", "iso2", "mp41"));
        Files.write(dir.resolve("sample.mov"), ftyp("qt  ", "qt  "));
        Files.write(dir.resolve("sample.webm"), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3,
                (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01, 0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm'});
        Files.write(dir.resolve("random.bin"), rnd);
    }

    static byte[] ftyp(String major, String... compatible) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(16 + 4 * compatible.length);
        d.writeBytes("ftyp");
        d.writeBytes(major);
        d.writeInt(0);
        for (String c : compatible) d.writeBytes(c);
        d.writeInt(8);
        d.writeBytes("free");
        return out.toByteArray();
    }

    static void writeApng(Path file) throws IOException {
        byte[] idat1 = idatOf(solid(40, 20, Color.RED));
        byte[] idat2 = idatOf(solid(40, 20, Color.BLUE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(pngSignature());
        out.write(chunk("IHDR", ihdr(40, 20, 8, 2)));
        out.write(chunk("acTL", ints(2, 0)));
        out.write(chunk("fcTL", fctl(0, 40, 20)));
        out.write(chunk("IDAT", idat1));
        out.write(chunk("fcTL", fctl(1, 40, 20)));
        out.write(chunk("fdAT", concat(ints(2), idat2)));
        out.write(chunk("IEND", new byte[0]));
        Files.write(file, out.toByteArray());
    }

    static byte[] fctl(int seq, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(seq); d.writeInt(w); d.writeInt(h); d.writeInt(0); d.writeInt(0);
        d.writeShort(1); d.writeShort(10); d.writeByte(0); d.writeByte(0);
        return out.toByteArray();
    }

    static BufferedImage solid(int w, int h, Color c) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(c); g.fillRect(0, 0, w, h); g.dispose();
        return img;
    }

    /** Raw RGB scanlines with filter byte 0, deflated. */
    static byte[] idatOf(BufferedImage img) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < img.getHeight(); y++) {
            raw.write(0);
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                raw.write(rgb >> 16 & 0xFF); raw.write(rgb >> 8 & 0xFF); raw.write(rgb & 0xFF);
            }
        }
        return deflate(raw.toByteArray());
    }

    static byte[] ints(int... values) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        for (int v : values) d.writeInt(v);
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(9);
        deflater.setInput(data);
        deflater.finish();
        byte[] buf = new byte[data.length + 64];
        int n = deflater.deflate(buf);
        deflater.end();
        return Arrays.copyOf(buf, n);
    }

    static byte[] pngSignature() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    }

    static byte[] ihdr(int w, int h, int depth, int colorType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(w); d.writeInt(h); d.writeByte(depth); d.writeByte(colorType);
        d.writeByte(0); d.writeByte(0); d.writeByte(0);
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
        return out.toByteArray();
    }

    static void writeAnimatedGif(Path file, int w, int h, Color[] colors) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Color c : colors) {
                BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                g.setColor(c); g.fillRect(0, 0, w, h); g.dispose();
                ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(img);
                IIOMetadata meta = writer.getDefaultImageMetadata(type, null);
                String format = meta.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
                gce.setAttribute("disposalMethod", "none");
                gce.setAttribute("userInputFlag", "FALSE");
                gce.setAttribute("transparentColorFlag", "FALSE");
                gce.setAttribute("delayTime", "20");
                gce.setAttribute("transparentColorIndex", "0");
                root.appendChild(gce);
                meta.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(img, null, meta), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    static void writeJpeg(BufferedImage img, Path file, float q) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) { writeJpeg(img, out, q); }
    }

    static void writeJpeg(BufferedImage img, OutputStream os, float q) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(q);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
    }

    static void writeIntLE(DataOutputStream d, int v) throws IOException {
        d.writeByte(v); d.writeByte(v >> 8); d.writeByte(v >> 16); d.writeByte(v >> 24);
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
