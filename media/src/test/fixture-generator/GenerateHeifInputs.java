import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Inputs for heif-fixtures.sh, and the byte patches it applies to the encoders' output.
 *
 * <pre>
 * java GenerateHeifInputs.java inputs DIR      # iphone-input.jpg, frame-1.png, frame-2.png
 * java GenerateHeifInputs.java iphone FILE     # pixi property turned into irot 3 (+ free), EXIF orientation 1 -> 6
 * java GenerateHeifInputs.java huge IN OUT     # ispe claims 60000x60000
 * </pre>
 */
public class GenerateHeifInputs {

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "inputs" -> inputs(Path.of(args[1]));
            case "iphone" -> iphone(Path.of(args[1]));
            case "huge" -> huge(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** 96x72 as the sensor sees it: green left, blue right, a red square in the top-left corner. */
    static void inputs(Path dir) throws IOException {
        BufferedImage photo = new BufferedImage(96, 72, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        graphics.setColor(new Color(0, 160, 0));
        graphics.fillRect(0, 0, 48, 72);
        graphics.setColor(new Color(0, 0, 200));
        graphics.fillRect(48, 0, 48, 72);
        graphics.setColor(new Color(220, 0, 0));
        graphics.fillRect(0, 0, 24, 24);
        graphics.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exif()));
        segment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
                xmp().getBytes(StandardCharsets.UTF_8)));
        out.write(plain, 2, plain.length - 2);
        Files.write(dir.resolve("iphone-input.jpg"), out.toByteArray());
        frame(dir.resolve("frame-1.png"), new Color(220, 0, 0));
        frame(dir.resolve("frame-2.png"), new Color(0, 0, 220));
    }

    private static void frame(Path file, Color color) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 64, 48);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(40, 30, 24, 18);
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** Big-endian TIFF: IFD0 (Make, Model, Orientation 1, EXIF and GPS pointers), EXIF IFD, GPS IFD. */
    static byte[] exif() {
        ByteBuffer tiff = ByteBuffer.allocate(512);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        int ifd0 = 8;
        int ifd0Size = 2 + 5 * 12 + 4;
        int exifIfd = ifd0 + ifd0Size;
        int exifSize = 2 + 12 + 4;
        int gpsIfd = exifIfd + exifSize;
        int gpsSize = 2 + 4 * 12 + 4;
        int data = gpsIfd + gpsSize;
        byte[] make = "Apple\0".getBytes(StandardCharsets.US_ASCII);
        byte[] model = "iPhone 15 Pro\0".getBytes(StandardCharsets.US_ASCII);
        byte[] date = "2024:05:01 10:20:30\0".getBytes(StandardCharsets.US_ASCII);
        int makeAt = data;
        int modelAt = makeAt + make.length;
        int dateAt = modelAt + model.length;
        int latAt = dateAt + date.length;
        int lonAt = latAt + 24;
        tiff.position(ifd0);
        tiff.putShort((short) 5);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        entry(tiff, 0x0110, 2, model.length, modelAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 1).putShort((short) 0);
        entry(tiff, 0x8769, 4, 1, exifIfd);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        entry(tiff, 0x9003, 2, date.length, dateAt);
        tiff.putInt(0);
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        entry(tiff, 2, 5, 3, latAt);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'W', 0, 0, 0});
        entry(tiff, 4, 5, 3, lonAt);
        tiff.putInt(0);
        tiff.put(make).put(model).put(date);
        tiff.putInt(40).putInt(1).putInt(25).putInt(1).putInt(1234).putInt(100);
        tiff.putInt(3).putInt(1).putInt(42).putInt(1).putInt(5678).putInt(100);
        byte[] bytes = new byte[tiff.position()];
        tiff.flip().get(bytes);
        return bytes;
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    static String xmp() {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"40,25.0N\""
                + " exif:GPSLongitude=\"3,42.0W\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Café con leche en Tōkyō 東京</rdf:li></rdf:Alt></dc:title>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    /**
     * An iPhone stores the sensor's landscape pixels with an {@code irot} property and EXIF orientation 6.
     * heif-enc writes neither; its 16-byte {@code pixi} property (the last in ipco, associated with the image only)
     * becomes a 16-byte {@code irot} (angle 3: 270° anticlockwise, then 7 bytes readers skip), so no offset moves.
     */
    static void iphone(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int pixi = indexOf(bytes, "pixi".getBytes(StandardCharsets.ISO_8859_1)) - 4;
        if (pixi < 0 || ByteBuffer.wrap(bytes).getInt(pixi) != 16) {
            throw new IllegalStateException("no 16-byte pixi box");
        }
        ByteBuffer patch = ByteBuffer.wrap(bytes, pixi, 16);
        patch.putInt(16).put("irot".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 3).put(new byte[7]);
        byte[] orientation1 = {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 1};
        int tag = indexOf(bytes, orientation1);
        if (tag < 0) {
            throw new IllegalStateException("no EXIF orientation 1");
        }
        bytes[tag + 9] = 6;
        Files.write(file, bytes);
    }

    static void huge(Path in, Path out) throws IOException {
        byte[] bytes = Files.readAllBytes(in);
        int ispe = indexOf(bytes, "ispe".getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer.wrap(bytes, ispe + 8, 8).putInt(60000).putInt(60000);
        Files.write(out, bytes);
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        int length = payload.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
    }
}
