package io.vistazo.media;

import io.vistazo.core.domain.Refusal;
import io.vistazo.media.iso.TopLevelBoxes;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the boxes of a HEIF or AVIF file (ISO/IEC 23008-12) say about its primary image: its stored size
 * ({@code ispe}), rotation ({@code irot}), alpha plane ({@code auxC}), whether it is a sequence ({@code moov}), and
 * where its EXIF and XMP items lie. Nothing is decoded; sizes in the file are never trusted, and a file whose
 * boxes or item data reach past its end (cut off) is refused with 610.
 */
final class HeifContainer {

    /** The meta box holds item descriptions and small properties; real ones are a few kilobytes. */
    private static final long MAX_META_BYTES = 16L << 20;
    private static final long MAX_MOOV_BYTES = 16L << 20;
    private static final String XMP_MIME = "application/rdf+xml";
    private static final Set<String> SEQUENCE_BRANDS = Set.of("avis", "msf1", "hevc", "hevx", "hevm", "hevs");

    /** A byte range of the file. */
    record Extent(long offset, long length) {
    }

    /** One item of the meta box: its type ({@code hvc1}, {@code av01}, {@code Exif}, {@code mime}…) and data. */
    record Item(int id, String type, String contentType, List<Extent> extents) {
    }

    private final List<String> brands;
    private final Size stored;
    private final int rotation;
    private final boolean alpha;
    private final int frames;
    private final boolean sequence;
    private final List<Item> exif;
    private final List<Item> xmp;

    private HeifContainer(List<String> brands, Size stored, int rotation, boolean alpha, boolean sequence,
                          int frames, List<Item> exif, List<Item> xmp) {
        this.brands = brands;
        this.stored = stored;
        this.rotation = rotation;
        this.alpha = alpha;
        this.sequence = sequence;
        this.frames = frames;
        this.exif = exif;
        this.xmp = xmp;
    }

    /** @throws Refusal 610 when the file is cut off, has no primary image or no size for it */
    static HeifContainer read(Path file) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(in);
        } catch (EOFException | BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            // Fields beyond the end of their box.
            throw Refusal.undecodable();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size as displayed: after the rotation libheif applies when decoding. */
    Size upright() {
        return rotation % 2 == 1 ? new Size(stored.height(), stored.width()) : stored;
    }

    boolean hasAlpha() {
        return alpha;
    }

    /** An image sequence (animated AVIF, HEIF burst or animation): only its first frame is shown. */
    boolean sequence() {
        return sequence;
    }

    int frames() {
        return frames;
    }

    /** A sequence's major brand ({@code avis}, {@code msf1}…), which libheif 1.15 refuses even with a still image. */
    boolean sequenceBrand() {
        return !brands.isEmpty() && SEQUENCE_BRANDS.contains(brands.get(0));
    }

    List<Item> exifItems() {
        return exif;
    }

    List<Item> xmpItems() {
        return xmp;
    }

    private static HeifContainer read(FileChannel in) throws IOException {
        long fileSize = in.size();
        List<String> brands = List.of();
        ByteBuffer meta = null;
        long metaStart = 0;
        int frames = 0;
        boolean sequence = false;
        long position = 0;
        for (int i = 0; i < TopLevelBoxes.MAX_BOXES && position < fileSize; i++) {
            TopLevelBoxes.Box box = TopLevelBoxes.at(in, position, fileSize);
            if (box.end() > fileSize) {
                throw Refusal.undecodable();
            }
            switch (box.type()) {
                case "ftyp" -> brands = brands(TopLevelBoxes.load(in, box, fileSize, 4096));
                case "meta" -> {
                    meta = TopLevelBoxes.load(in, box, fileSize, MAX_META_BYTES);
                    metaStart = box.start();
                }
                case "moov" -> {
                    sequence = true;
                    frames = sampleCount(TopLevelBoxes.load(in, box, fileSize, MAX_MOOV_BYTES));
                }
                default -> {
                }
            }
            position = box.end();
        }
        if (meta == null) {
            throw Refusal.undecodable();
        }
        return parseMeta(meta, metaStart, fileSize, brands, sequence, Math.max(1, frames));
    }


    private static List<String> brands(ByteBuffer ftyp) {
        List<String> brands = new ArrayList<>();
        brands.add(fourcc(ftyp, 8));
        for (int at = 16; at + 4 <= ftyp.limit(); at += 4) {
            brands.add(fourcc(ftyp, at));
        }
        return brands;
    }

    /** The meta box's items, properties and their associations, resolved for the primary item. */
    private static HeifContainer parseMeta(ByteBuffer meta, long metaStart, long fileSize, List<String> brands,
                                           boolean sequence, int frames) {
        int primary = -1;
        Map<Integer, String[]> types = new HashMap<>();
        Map<Integer, List<Extent>> locations = new HashMap<>();
        List<Box> properties = new ArrayList<>();
        Map<Integer, List<Integer>> associations = new HashMap<>();
        long idat = -1;
        for (Box child : Box.children(meta, 12, meta.limit())) {
            ByteBuffer body = meta.slice(child.bodyStart(), child.bodyLength());
            switch (child.type()) {
                case "pitm" -> primary = body.get(0) == 0 ? Short.toUnsignedInt(body.getShort(4)) : body.getInt(4);
                case "iinf" -> readItemInfo(body, types);
                case "iloc" -> readLocations(body, locations);
                case "iprp" -> readProperties(body, properties, associations, child.bodyStart());
                case "idat" -> idat = metaStart + child.bodyStart();
                default -> {
                }
            }
        }
        long idatStart = idat;
        List<Item> items = new ArrayList<>();
        for (Map.Entry<Integer, String[]> type : types.entrySet()) {
            List<Extent> extents = locations.getOrDefault(type.getKey(), List.of()).stream()
                    .map(extent -> extent.offset() < 0 && idatStart >= 0
                            ? new Extent(idatStart + (-extent.offset() - 1), extent.length()) : extent)
                    .toList();
            for (Extent extent : extents) {
                if (extent.offset() < 0 || extent.offset() + extent.length() > fileSize) {
                    throw Refusal.undecodable();
                }
            }
            items.add(new Item(type.getKey(), type.getValue()[0], type.getValue()[1], extents));
        }
        Size stored = null;
        int rotation = 0;
        for (int index : associations.getOrDefault(primary, List.of())) {
            if (index < 1 || index > properties.size()) {
                continue;
            }
            Box property = properties.get(index - 1);
            ByteBuffer body = meta.slice(property.bodyStart(), property.bodyLength());
            if (property.type().equals("ispe") && body.limit() >= 12) {
                stored = new Size(body.getInt(4), body.getInt(8));
            } else if (property.type().equals("irot") && body.limit() >= 1) {
                rotation = body.get(0) & 3;
            }
        }
        if (stored == null || !types.containsKey(primary)) {
            throw Refusal.undecodable();
        }
        boolean alpha = properties.stream().anyMatch(property -> property.type().equals("auxC")
                && text(meta.slice(property.bodyStart(), property.bodyLength()), 4).contains("alpha"));
        return new HeifContainer(brands, stored, rotation, alpha, sequence, frames,
                items.stream().filter(item -> item.type().equals("Exif")).toList(),
                items.stream().filter(item -> item.type().equals("mime") && XMP_MIME.equals(item.contentType()))
                        .toList());
    }

    /** {@code infe} boxes of version 2 and 3: id, protection index, type, name, and for {@code mime} the type. */
    private static void readItemInfo(ByteBuffer iinf, Map<Integer, String[]> types) {
        int start = iinf.get(0) == 0 ? 6 : 8;
        for (Box infe : Box.children(iinf, start, iinf.limit())) {
            ByteBuffer body = iinf.slice(infe.bodyStart(), infe.bodyLength());
            int version = body.get(0);
            if (!infe.type().equals("infe") || version < 2) {
                continue;
            }
            int at = 4;
            int id = version == 2 ? Short.toUnsignedInt(body.getShort(at)) : body.getInt(at);
            at += (version == 2 ? 2 : 4) + 2;
            String type = fourcc(body, at);
            at += 4;
            String name = text(body, at);
            at += name.getBytes(StandardCharsets.UTF_8).length + 1;
            String contentType = type.equals("mime") && at < body.limit() ? text(body, at) : null;
            types.put(id, new String[] {type, contentType});
        }
    }

    /**
     * {@code iloc} versions 0 to 2. Extents in the meta box's {@code idat} (construction method 1) are returned with
     * a negative offset, {@code -(offset + 1)}, resolved once the idat is found.
     */
    private static void readLocations(ByteBuffer iloc, Map<Integer, List<Extent>> locations) {
        int version = iloc.get(0);
        int offsetSize = (iloc.get(4) & 0xFF) >> 4;
        int lengthSize = iloc.get(4) & 0x0F;
        int baseOffsetSize = (iloc.get(5) & 0xFF) >> 4;
        int indexSize = version == 0 ? 0 : iloc.get(5) & 0x0F;
        iloc.position(6);
        long count = version < 2 ? Short.toUnsignedInt(iloc.getShort()) : Integer.toUnsignedLong(iloc.getInt());
        for (long i = 0; i < count; i++) {
            int id = version < 2 ? Short.toUnsignedInt(iloc.getShort()) : iloc.getInt();
            int construction = version == 0 ? 0 : iloc.getShort() & 0x0F;
            iloc.getShort();
            long base = sized(iloc, baseOffsetSize);
            int extentCount = Short.toUnsignedInt(iloc.getShort());
            List<Extent> extents = new ArrayList<>();
            for (int e = 0; e < extentCount; e++) {
                sized(iloc, indexSize);
                long offset = base + sized(iloc, offsetSize);
                long length = sized(iloc, lengthSize);
                extents.add(construction == 1 ? new Extent(-offset - 1, length) : new Extent(offset, length));
            }
            if (construction <= 1) {
                locations.put(id, extents);
            }
        }
    }

    /** {@code ipco} properties in order (indexes count from 1) and {@code ipma}'s item to index lists. */
    private static void readProperties(ByteBuffer iprp, List<Box> properties,
                                       Map<Integer, List<Integer>> associations, int iprpBodyStart) {
        for (Box child : Box.children(iprp, 0, iprp.limit())) {
            if (child.type().equals("ipco")) {
                for (Box property : Box.children(iprp, child.bodyStart(), child.end())) {
                    properties.add(property.shifted(iprpBodyStart));
                }
            } else if (child.type().equals("ipma")) {
                readAssociations(iprp.slice(child.bodyStart(), child.bodyLength()), associations);
            }
        }
    }

    private static void readAssociations(ByteBuffer ipma, Map<Integer, List<Integer>> associations) {
        int version = ipma.get(0);
        boolean wide = (ipma.get(3) & 1) != 0;
        ipma.position(4);
        long count = Integer.toUnsignedLong(ipma.getInt());
        for (long i = 0; i < count; i++) {
            int id = version < 1 ? Short.toUnsignedInt(ipma.getShort()) : ipma.getInt();
            int associationCount = ipma.get() & 0xFF;
            List<Integer> indexes = new ArrayList<>();
            for (int a = 0; a < associationCount; a++) {
                indexes.add(wide ? ipma.getShort() & 0x7FFF : ipma.get() & 0x7F);
            }
            associations.put(id, indexes);
        }
    }

    /** The sample count of the first track's {@code stsz}: the number of frames of a sequence. */
    private static int sampleCount(ByteBuffer moov) {
        return sampleCount(moov, 8, moov.limit());
    }

    private static int sampleCount(ByteBuffer buffer, int from, int to) {
        for (Box box : Box.children(buffer, from, to)) {
            switch (box.type()) {
                case "trak", "mdia", "minf", "stbl" -> {
                    int count = sampleCount(buffer, box.bodyStart(), box.end());
                    if (count > 0) {
                        return count;
                    }
                }
                case "stsz" -> {
                    return box.bodyLength() >= 12 ? buffer.getInt(box.bodyStart() + 8) : 0;
                }
                default -> {
                }
            }
        }
        return 0;
    }

    private static long sized(ByteBuffer buffer, int size) {
        return switch (size) {
            case 0 -> 0;
            case 4 -> Integer.toUnsignedLong(buffer.getInt());
            case 8 -> buffer.getLong();
            default -> throw Refusal.undecodable();
        };
    }

    static String fourcc(ByteBuffer buffer, int offset) {
        if (offset + 4 > buffer.limit()) {
            return "";
        }
        byte[] bytes = new byte[4];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A NUL-terminated UTF-8 string (or the rest of the buffer). */
    private static String text(ByteBuffer buffer, int offset) {
        int end = offset;
        while (end < buffer.limit() && buffer.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[Math.max(0, end - offset)];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A box within a buffer (or, for top-level boxes, the file): offsets of its start, body and end. */
    private record Box(String type, int start, int headerLength, long size) {

        static Box at(ByteBuffer buffer, int offset, int to) {
            long size = Integer.toUnsignedLong(buffer.getInt(offset));
            int headerLength = 8;
            if (size == 1) {
                size = buffer.getLong(offset + 8);
                headerLength = 16;
            } else if (size == 0) {
                size = to - offset;
            }
            if (size < headerLength || offset + size > to) {
                throw Refusal.undecodable();
            }
            return new Box(fourcc(buffer, offset + 4), offset, headerLength, size);
        }

        /** The boxes between {@code from} and {@code to} of {@code buffer}; one that overruns {@code to} is 610. */
        static List<Box> children(ByteBuffer buffer, int from, int to) {
            List<Box> boxes = new ArrayList<>();
            int at = from;
            while (at + 8 <= to) {
                Box box = at(buffer, at, to);
                boxes.add(box);
                at = box.end();
            }
            return boxes;
        }

        Box shifted(int by) {
            return new Box(type, start + by, headerLength, size);
        }

        int bodyStart() {
            return start + headerLength;
        }

        int bodyLength() {
            return (int) size - headerLength;
        }

        int end() {
            return (int) Math.min(Integer.MAX_VALUE, start + size);
        }
    }
}
