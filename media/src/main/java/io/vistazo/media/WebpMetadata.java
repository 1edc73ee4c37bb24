package io.vistazo.media;

import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.xmp.XmpReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A WebP's {@code EXIF} and {@code XMP } chunks, read without loading the frames and edited under an
 * {@link ExifPolicy}; the {@code VP8X} flags follow what is kept.
 */
final class WebpMetadata {

    private static final ChunkEdits EDITS = new ChunkEdits(WebpMetadata::edited, WebpMetadata::withoutMetadata,
            WebpMetadata::metadataOf);

    private static final Set<String> LOADED = Set.of("VP8X", "EXIF", "XMP ");
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;
    private static final byte[] EXIF_PREAMBLE = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int MAX_LOADED = 16 << 20;

    private final Path file;
    private final List<Chunk> chunks;

    private WebpMetadata(Path file, List<Chunk> chunks) {
        this.file = file;
        this.chunks = chunks;
    }

    static Optional<WebpMetadata> read(Path file) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] riff = ChunkCopy.read(in, 0, 12);
            if (!Sniffer.ascii(riff, 0, 4).equals("RIFF") || !Sniffer.ascii(riff, 8, 4).equals("WEBP")) {
                return Optional.empty();
            }
            long end = Math.min(in.size(), 8 + Integer.toUnsignedLong(Sniffer.littleEndianInt(riff, 4)));
            List<Chunk> chunks = new ArrayList<>();
            long position = 12;
            while (position + 8 <= end) {
                byte[] header = ChunkCopy.read(in, position, 8);
                String type = Sniffer.ascii(header, 0, 4);
                long length = Integer.toUnsignedLong(Sniffer.littleEndianInt(header, 4));
                boolean load = LOADED.contains(type) && length <= MAX_LOADED;
                chunks.add(new Chunk(type, position, length, load ? ChunkCopy.read(in, position + 8, (int) length)
                        : null));
                position += 8 + length + (length & 1);
            }
            return position > in.size() ? Optional.empty() : Optional.of(new WebpMetadata(file, chunks));
        } catch (EOFException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Metadata metadata() {
        return metadataOf(chunks);
    }

    private static Metadata metadataOf(List<Chunk> chunks) {
        Metadata metadata = new Metadata();
        try {
            for (Chunk chunk : chunks) {
                if (chunk.type().equals("EXIF") && chunk.loaded()) {
                    new ExifReader().extract(new ByteArrayReader(tiff(chunk.data())), metadata);
                } else if (chunk.type().equals("XMP ") && chunk.loaded()) {
                    new XmpReader().extract(chunk.data(), metadata);
                }
            }
        } catch (RuntimeException e) {
            return new Metadata();
        }
        return metadata;
    }

    /** Writes the file as the policy keeps it and returns true, or returns false when nothing changes. */
    boolean writeWithPolicy(ExifPolicy policy, Path target) {
        List<Chunk> edited = apply(policy);
        if (edited.equals(chunks)) {
            return false;
        }
        List<Chunk> flagged = withFlags(edited);
        ChunkCopy.write(file, riffHeader(flagged), flagged, FRAMING, target);
        return true;
    }

    private List<Chunk> apply(ExifPolicy policy) {
        return EDITS.apply(chunks, policy);
    }

    private static Optional<Chunk> edited(Chunk chunk) {
        boolean exif = chunk.type().equals("EXIF");
        if (!exif && !chunk.type().equals("XMP ")) {
            return Optional.of(chunk);
        }
        if (!chunk.loaded()) {
            return Optional.empty();
        }
        Optional<byte[]> cleaned = exif ? MetadataEdits.exif(tiff(chunk.data()), ExifPolicy.KEEP_GPS_FREE, false)
                : MetadataEdits.xmp(chunk.data(), ExifPolicy.KEEP_GPS_FREE, false);
        byte[] original = exif ? tiff(chunk.data()) : chunk.data();
        return cleaned.map(data -> Arrays.equals(data, original) ? chunk : chunk.with(data));
    }

    private static List<Chunk> withoutMetadata(List<Chunk> chunks) {
        return chunks.stream().filter(chunk -> !chunk.type().equals("EXIF") && !chunk.type().equals("XMP "))
                .toList();
    }

    /** The VP8X header must not promise EXIF or XMP that is gone. */
    private static List<Chunk> withFlags(List<Chunk> chunks) {
        boolean hasExif = chunks.stream().anyMatch(chunk -> chunk.type().equals("EXIF"));
        boolean hasXmp = chunks.stream().anyMatch(chunk -> chunk.type().equals("XMP "));
        return chunks.stream().map(chunk -> {
            if (!chunk.type().equals("VP8X") || !chunk.loaded() || chunk.data().length == 0) {
                return chunk;
            }
            byte[] data = chunk.data().clone();
            data[0] = (byte) (data[0] & ~((hasExif ? 0 : EXIF_FLAG) | (hasXmp ? 0 : XMP_FLAG)));
            return Arrays.equals(data, chunk.data()) ? chunk : chunk.with(data);
        }).toList();
    }

    private static byte[] riffHeader(List<Chunk> chunks) {
        long size = 4;
        for (Chunk chunk : chunks) {
            size += 8 + chunk.length() + (chunk.length() & 1);
        }
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt((int) size)
                .put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        return header.array();
    }

    /** Some writers put JPEG's {@code Exif\0\0} before the TIFF structure. */
    private static byte[] tiff(byte[] exifChunk) {
        return JpegHeader.startsWith(exifChunk, EXIF_PREAMBLE)
                ? Arrays.copyOfRange(exifChunk, EXIF_PREAMBLE.length, exifChunk.length) : exifChunk;
    }

    private static final ChunkCopy.Framing FRAMING = new ChunkCopy.Framing() {
        @Override
        public long sourceSize(Chunk chunk) {
            return 8 + chunk.length() + (chunk.length() & 1);
        }

        @Override
        public byte[] serialise(Chunk chunk) {
            int padded = chunk.data().length + (chunk.data().length & 1);
            ByteBuffer bytes = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
            bytes.put(chunk.type().getBytes(StandardCharsets.ISO_8859_1)).putInt(chunk.data().length)
                    .put(chunk.data());
            return bytes.array();
        }
    };
}
