package io.vistazo.media;

import io.vistazo.core.domain.Refusal;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The marker segments of a JPEG before its first scan (APPn metadata, tables, frame header), and where the scan
 * starts. A file can be rewritten with other segments and its compressed image data copied byte for byte.
 */
final class JpegHeader {

    static final int APP0 = 0xE0;
    static final int APP1 = 0xE1;
    static final int APP2 = 0xE2;
    static final int APP13 = 0xED;
    static final int APP14 = 0xEE;
    static final int COMMENT = 0xFE;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    /** A segment's payload is at most 65,533 bytes: its length field (which counts itself) is 16 bits. */
    static final int MAX_PAYLOAD = 0xFFFF - 2;
    /** Metadata beyond this is no photograph's; reading it would only cost memory. */
    private static final long MAX_HEADER_BYTES = 16L << 20;

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] EXTENDED_XMP =
            "http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

    /** One marker segment: its marker byte ({@code 0xE1} for APP1) and the bytes after its length field. */
    record Segment(int marker, byte[] payload) {

        boolean isExif() {
            return marker == APP1 && startsWith(payload, EXIF);
        }

        boolean isXmp() {
            return marker == APP1 && startsWith(payload, XMP);
        }

        boolean isExtendedXmp() {
            return marker == APP1 && startsWith(payload, EXTENDED_XMP);
        }

        boolean isIcc() {
            return marker == APP2 && startsWith(payload, ICC);
        }

        boolean isMetadata() {
            return marker == APP1 || marker == APP13 || marker == COMMENT;
        }

        /** EXIF's TIFF structure, after the {@code Exif\0\0} preamble. */
        byte[] tiff() {
            return Arrays.copyOfRange(payload, EXIF.length, payload.length);
        }

        /** The XMP packet, after its namespace preamble. */
        byte[] xmpPacket() {
            return Arrays.copyOfRange(payload, XMP.length, payload.length);
        }

        static Segment exif(byte[] tiff) {
            return new Segment(APP1, concat(EXIF, tiff));
        }

        static Segment xmp(byte[] packet) {
            return new Segment(APP1, concat(XMP, packet));
        }
    }

    private final List<Segment> segments;
    private final long scanOffset;

    JpegHeader(List<Segment> segments, long scanOffset) {
        this.segments = List.copyOf(segments);
        this.scanOffset = scanOffset;
    }

    List<Segment> segments() {
        return segments;
    }

    /** Where the first SOS marker starts: everything from here on is copied unchanged. */
    long scanOffset() {
        return scanOffset;
    }

    /** @throws Refusal 610 when the file ends, or is not a JPEG, before its first scan */
    static JpegHeader read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        } catch (EOFException e) {
            throw Refusal.undecodable();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a JPEG held in memory (one just encoded). */
    static JpegHeader read(byte[] jpeg) {
        try {
            return read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable JPEG header", e);
        }
    }

    private static JpegHeader read(InputStream in) throws IOException {
        if (in.read() != 0xFF || in.read() != 0xD8) {
            throw Refusal.undecodable();
        }
        List<Segment> segments = new ArrayList<>();
        long position = 2;
        long metadataBytes = 0;
        while (true) {
            if (readByte(in) != 0xFF) {
                throw Refusal.undecodable();
            }
            position++;
            int marker = readByte(in);
            position++;
            while (marker == 0xFF) {
                // Fill bytes: any number of 0xFF may precede a marker.
                marker = readByte(in);
                position++;
            }
            if (marker == SOS) {
                return new JpegHeader(segments, position - 2);
            }
            if (marker == EOI || marker == 0xD8 || marker == 0x00) {
                throw Refusal.undecodable();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            int length = readByte(in) << 8 | readByte(in);
            if (length < 2) {
                throw Refusal.undecodable();
            }
            metadataBytes += length;
            if (metadataBytes > MAX_HEADER_BYTES) {
                throw Refusal.invalidImage();
            }
            byte[] payload = in.readNBytes(length - 2);
            if (payload.length != length - 2) {
                throw new EOFException();
            }
            segments.add(new Segment(marker, payload));
            position += length;
        }
    }

    private static int readByte(InputStream in) throws IOException {
        int value = in.read();
        if (value < 0) {
            throw new EOFException();
        }
        return value;
    }

    /** Writes {@code source} to {@code target} with {@code header} in place of its own segments. */
    static void rewrite(Path source, long scanOffset, List<Segment> header, Path target) {
        try (OutputStream out = create(target)) {
            writeHeader(header, out);
            copyFrom(source, scanOffset, Channels.newChannel(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the JPEG held in {@code source} to {@code target} with {@code header} in place of its own. */
    static void rewrite(byte[] source, long scanOffset, List<Segment> header, Path target) {
        try (OutputStream out = create(target)) {
            writeHeader(header, out);
            out.write(source, Math.toIntExact(scanOffset), source.length - Math.toIntExact(scanOffset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream create(Path target) throws IOException {
        Files.deleteIfExists(target);
        return new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW));
    }

    private static void writeHeader(List<Segment> header, OutputStream out) throws IOException {
        out.write(0xFF);
        out.write(0xD8);
        for (Segment segment : header) {
            write(segment, out);
        }
        out.flush();
    }

    private static void write(Segment segment, OutputStream out) throws IOException {
        if (segment.payload().length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("segment too long: " + segment.payload().length);
        }
        int length = segment.payload().length + 2;
        out.write(0xFF);
        out.write(segment.marker());
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(segment.payload());
    }

    private static void copyFrom(Path source, long offset, WritableByteChannel out) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            long size = in.size();
            long position = offset;
            while (position < size) {
                position += in.transferTo(position, size - position, out);
            }
        }
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
