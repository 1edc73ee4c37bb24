package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tells the format of a file from its first bytes; names and declared types are never consulted. */
final class Sniffer {

    /** Enough for every signature, and for an SVG root element behind an XML declaration and a comment. */
    static final int HEAD_LENGTH = 1024;

    private static final Set<Integer> BMP_INFO_HEADER_SIZES = Set.of(12, 16, 40, 52, 56, 64, 108, 124);
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
            "msf1");
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41",
            "mp42", "mp4x", "mp4v", "avc1", "dash", "M4V ", "M4VH", "M4VP", "f4v ");
    private static final Set<String> OLD_MOV_ATOMS = Set.of("moov", "mdat", "wide");

    private Sniffer() {
    }

    static byte[] readHead(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<MediaFormat> sniff(Path file) {
        return sniff(readHead(file));
    }

    static Optional<MediaFormat> sniff(byte[] head) {
        MediaFormat binary = sniffBinary(head);
        if (binary != null) {
            return Optional.of(binary);
        }
        return isoMediaFormat(head).or(() -> isSvg(head) ? Optional.of(MediaFormat.SVG) : Optional.empty());
    }

    private static MediaFormat sniffBinary(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return MediaFormat.JPEG;
        } else if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return MediaFormat.PNG;
        } else if (ascii(head, 0, 6).equals("GIF87a") || ascii(head, 0, 6).equals("GIF89a")) {
            return MediaFormat.GIF;
        } else if (ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return MediaFormat.WEBP;
        } else if (isBmp(head)) {
            return MediaFormat.BMP;
        } else if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return MediaFormat.WEBM;
        } else if (isTiff(head)) {
            return MediaFormat.TIFF;
        } else if (startsWith(head, 0, 0, 0, 1, 0) && head.length >= 6 && (head[4] != 0 || head[5] != 0)) {
            return MediaFormat.ICO;
        }
        return null;
    }

    /** "BM" alone is too common in text; the info header size must also be one BMP defines. */
    private static boolean isBmp(byte[] head) {
        return ascii(head, 0, 2).equals("BM") && head.length >= 18
                && BMP_INFO_HEADER_SIZES.contains(littleEndianInt(head, 14));
    }

    private static boolean isTiff(byte[] head) {
        return startsWith(head, 0, 'I', 'I', 0x2A, 0) || startsWith(head, 0, 'M', 'M', 0, 0x2A)
                || startsWith(head, 0, 'I', 'I', 0x2B, 0) || startsWith(head, 0, 'M', 'M', 0, 0x2B);
    }

    /** ISO base media files (AVIF, HEIF, MP4, QuickTime) name what they are in the brands of their ftyp box. */
    private static Optional<MediaFormat> isoMediaFormat(byte[] head) {
        String firstAtom = ascii(head, 4, 4);
        if (OLD_MOV_ATOMS.contains(firstAtom)) {
            return Optional.of(MediaFormat.MOV);
        }
        if (!firstAtom.equals("ftyp")) {
            return Optional.empty();
        }
        List<String> brands = ftypBrands(head);
        if (brands.stream().anyMatch(AVIF_BRANDS::contains)) {
            return Optional.of(MediaFormat.AVIF);
        } else if (brands.stream().anyMatch(HEIF_BRANDS::contains)) {
            return Optional.of(MediaFormat.HEIC);
        } else if (brands.get(0).equals("qt  ")) {
            return Optional.of(MediaFormat.MOV);
        } else if (brands.stream().anyMatch(MP4_BRANDS::contains)) {
            return Optional.of(MediaFormat.MP4);
        }
        return Optional.empty();
    }

    /** The major brand first, then the compatible brands (the minor version between them is skipped). */
    private static List<String> ftypBrands(byte[] head) {
        List<String> brands = new ArrayList<>();
        brands.add(ascii(head, 8, 4));
        int boxEnd = Math.min(head.length, bigEndianInt(head, 0));
        for (int offset = 16; offset + 4 <= boxEnd; offset += 4) {
            brands.add(ascii(head, offset, 4));
        }
        return brands;
    }

    /** Text that opens (after a BOM, blanks, an XML declaration and comments) with an SVG root or doctype. */
    private static boolean isSvg(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int at = text.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            at = skipBlanks(text, at);
            if (text.startsWith("<?xml", at)) {
                at = skipPast(text, at, "?>");
            } else if (text.startsWith("<!--", at)) {
                at = skipPast(text, at, "-->");
            } else {
                break;
            }
            if (at < 0) {
                return false;
            }
        }
        return text.regionMatches(true, at, "<!DOCTYPE svg", 0, 13) || isSvgTag(text, at);
    }

    private static boolean isSvgTag(String text, int at) {
        if (!text.startsWith("<svg", at)) {
            return false;
        }
        int next = at + 4;
        return next == text.length() || Character.isWhitespace(text.charAt(next))
                || ">/:".indexOf(text.charAt(next)) >= 0;
    }

    private static int skipBlanks(String text, int at) {
        int position = at;
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return position;
    }

    private static int skipPast(String text, int at, String end) {
        int found = text.indexOf(end, at);
        return found < 0 ? -1 : found + end.length();
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static String ascii(byte[] data, int offset, int length) {
        if (data.length < offset + length) {
            return "";
        }
        return new String(data, offset, length, StandardCharsets.ISO_8859_1);
    }

    static int littleEndianInt(byte[] data, int offset) {
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF) << 16
                | (data[offset + 3] & 0xFF) << 24;
    }

    static int bigEndianInt(byte[] data, int offset) {
        if (data.length < offset + 4) {
            return 0;
        }
        return (data[offset] & 0xFF) << 24 | (data[offset + 1] & 0xFF) << 16 | (data[offset + 2] & 0xFF) << 8
                | (data[offset + 3] & 0xFF);
    }
}
