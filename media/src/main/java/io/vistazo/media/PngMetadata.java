package io.vistazo.media;

import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.xmp.XmpReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A PNG's metadata chunks: {@code eXIf} (EXIF), {@code iTXt} {@code XML:com.adobe.xmp} (XMP) and the text chunks,
 * read without touching the pixel data and edited under an {@link ExifPolicy}.
 */
final class PngMetadata {

    private static final ChunkEdits EDITS = new ChunkEdits(PngMetadata::edited, PngMetadata::withoutMetadata,
            PngMetadata::metadataOf);

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> METADATA = Set.of("eXIf", "iTXt", "tEXt", "zTXt");
    private static final String XMP_KEYWORD = "XML:com.adobe.xmp";
    /** ImageMagick keeps EXIF, XMP and IPTC as hex text under these keywords; they cannot be cleaned in place. */
    private static final String RAW_PROFILE = "Raw profile type";
    private static final int MAX_LOADED = 16 << 20;

    private final Path file;
    private final List<Chunk> chunks;

    private PngMetadata(Path file, List<Chunk> chunks) {
        this.file = file;
        this.chunks = chunks;
    }

    /** The chunk list; empty when the file does not parse (the decoder refuses it later). */
    static Optional<PngMetadata> read(Path file) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            if (!Arrays.equals(ChunkCopy.read(in, 0, SIGNATURE.length), SIGNATURE)) {
                return Optional.empty();
            }
            List<Chunk> chunks = new ArrayList<>();
            long position = SIGNATURE.length;
            while (position + 8 <= in.size()) {
                byte[] header = ChunkCopy.read(in, position, 8);
                long length = Integer.toUnsignedLong(Sniffer.bigEndianInt(header, 0));
                String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
                boolean load = METADATA.contains(type) && length <= MAX_LOADED;
                byte[] data = load ? ChunkCopy.read(in, position + 8, (int) length) : null;
                chunks.add(new Chunk(type, position, length, data));
                position += 12 + length;
                if (type.equals("IEND")) {
                    break;
                }
            }
            if (position > in.size()) {
                return Optional.empty();
            }
            return Optional.of(new PngMetadata(file, chunks));
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
                if (chunk.type().equals("eXIf") && chunk.loaded()) {
                    new ExifReader().extract(new ByteArrayReader(chunk.data()), metadata);
                }
                xmpPacket(chunk).ifPresent(packet -> new XmpReader().extract(packet, metadata));
            }
        } catch (RuntimeException e) {
            return new Metadata();
        }
        return metadata;
    }

    /**
     * Writes the file as the policy keeps it to {@code target} and returns true, or returns false when the policy
     * changes nothing (the source is then stored as received).
     */
    boolean writeWithPolicy(ExifPolicy policy, Path target) {
        List<Chunk> edited = apply(policy);
        if (edited.equals(chunks)) {
            return false;
        }
        ChunkCopy.write(file, SIGNATURE, edited, FRAMING, target);
        return true;
    }

    private List<Chunk> apply(ExifPolicy policy) {
        return EDITS.apply(chunks, policy);
    }

    private static Optional<Chunk> edited(Chunk chunk) {
        if (!METADATA.contains(chunk.type())) {
            return Optional.of(chunk);
        }
        if (!chunk.loaded() || keyword(chunk).startsWith(RAW_PROFILE)) {
            return Optional.empty();
        }
        if (chunk.type().equals("eXIf")) {
            return MetadataEdits.exif(chunk.data(), ExifPolicy.KEEP_GPS_FREE, false)
                    .map(tiff -> Arrays.equals(tiff, chunk.data()) ? chunk : chunk.with(tiff));
        }
        if (keyword(chunk).equals(XMP_KEYWORD)) {
            return editedXmp(chunk);
        }
        return Optional.of(chunk);
    }

    /** Uncompressed XMP is cleaned; compressed XMP (rare) is dropped rather than inflated. */
    private static Optional<Chunk> editedXmp(Chunk chunk) {
        int textStart = xmpTextStart(chunk);
        if (textStart < 0) {
            return Optional.empty();
        }
        byte[] packet = Arrays.copyOfRange(chunk.data(), textStart, chunk.data().length);
        return MetadataEdits.xmp(packet, ExifPolicy.KEEP_GPS_FREE, false).map(cleaned -> {
            if (Arrays.equals(cleaned, packet)) {
                return chunk;
            }
            byte[] data = Arrays.copyOf(chunk.data(), textStart + cleaned.length);
            System.arraycopy(cleaned, 0, data, textStart, cleaned.length);
            return chunk.with(data);
        });
    }

    private static List<Chunk> withoutMetadata(List<Chunk> chunks) {
        return chunks.stream().filter(chunk -> !METADATA.contains(chunk.type())).toList();
    }

    private static Optional<byte[]> xmpPacket(Chunk chunk) {
        if (!chunk.type().equals("iTXt") || !chunk.loaded() || !keyword(chunk).equals(XMP_KEYWORD)) {
            return Optional.empty();
        }
        int textStart = xmpTextStart(chunk);
        return textStart < 0 ? Optional.empty()
                : Optional.of(Arrays.copyOfRange(chunk.data(), textStart, chunk.data().length));
    }

    /** iTXt: keyword, NUL, compression flag and method, language tag, NUL, translated keyword, NUL, text. */
    private static int xmpTextStart(Chunk chunk) {
        byte[] data = chunk.data();
        int afterKeyword = indexOfNul(data, 0) + 1;
        if (afterKeyword <= 0 || afterKeyword + 2 > data.length || data[afterKeyword] != 0) {
            return -1;
        }
        int afterLanguage = indexOfNul(data, afterKeyword + 2) + 1;
        int afterTranslated = afterLanguage <= 0 ? -1 : indexOfNul(data, afterLanguage) + 1;
        return afterTranslated <= 0 ? -1 : afterTranslated;
    }

    private static String keyword(Chunk chunk) {
        if (!chunk.loaded() || chunk.type().equals("eXIf")) {
            return "";
        }
        int end = indexOfNul(chunk.data(), 0);
        return new String(chunk.data(), 0, end < 0 ? Math.min(80, chunk.data().length) : end,
                StandardCharsets.ISO_8859_1);
    }

    private static int indexOfNul(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static final ChunkCopy.Framing FRAMING = new ChunkCopy.Framing() {
        @Override
        public long sourceSize(Chunk chunk) {
            return 12 + chunk.length();
        }

        @Override
        public byte[] serialise(Chunk chunk) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                byte[] type = chunk.type().getBytes(StandardCharsets.ISO_8859_1);
                out.writeInt(chunk.data().length);
                out.write(type);
                out.write(chunk.data());
                CRC32 crc = new CRC32();
                crc.update(type);
                crc.update(chunk.data());
                out.writeInt((int) crc.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    };
}
