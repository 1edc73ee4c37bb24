package io.vistazo.media;

import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.xmp.XmpReader;
import io.vistazo.media.HeifContainer.Extent;
import io.vistazo.media.HeifContainer.Item;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The EXIF and XMP items of a HEIF or AVIF file, read for the upload's facts and edited under an
 * {@link ExifPolicy}. Edits are made in place, in a copy: an edited block keeps its length (the GPS IFD is zeroed,
 * an XMP packet is padded with blanks), and a block that must go is overwritten with zeros (EXIF) or blanks (XMP),
 * so no box or item location changes.
 */
final class HeifMetadata {

    private static final ChunkEdits EDITS = new ChunkEdits(HeifMetadata::edited, HeifMetadata::withoutMetadata,
            HeifMetadata::metadataOf);
    private static final String EXIF = "Exif";
    private static final String XMP = "XMP";
    /** Larger blocks are not metadata worth reading; they are wiped like blocks that cannot be cleaned. */
    private static final long MAX_LOADED = 16L << 20;

    private final Path file;
    private final List<Chunk> chunks;
    private final Map<Long, List<Extent>> extents;

    private HeifMetadata(Path file, List<Chunk> chunks, Map<Long, List<Extent>> extents) {
        this.file = file;
        this.chunks = chunks;
        this.extents = extents;
    }

    /** Each metadata item as a {@link Chunk} whose start is the item's first byte. */
    static HeifMetadata read(Path file, HeifContainer container) {
        List<Chunk> chunks = new ArrayList<>();
        List<Item> items = new ArrayList<>(container.exifItems());
        items.addAll(container.xmpItems());
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            for (Item item : items) {
                if (item.extents().isEmpty()) {
                    continue;
                }
                long length = item.extents().stream().mapToLong(Extent::length).sum();
                byte[] data = length <= MAX_LOADED ? load(in, item.extents()) : null;
                chunks.add(new Chunk(item.type().equals(EXIF) ? EXIF : XMP, item.extents().get(0).offset(), length,
                        data));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Long, List<Extent>> extents = items.stream().filter(item -> !item.extents().isEmpty())
                .collect(Collectors.toMap(item -> item.extents().get(0).offset(), Item::extents, (a, b) -> a));
        return new HeifMetadata(file, chunks, extents);
    }

    Metadata metadata() {
        return metadataOf(chunks);
    }

    /** Writes a copy of the file as the policy keeps it and returns true, or returns false when nothing changes. */
    boolean writeWithPolicy(ExifPolicy policy, Path target) {
        List<Chunk> kept = EDITS.apply(chunks, policy);
        if (kept.equals(chunks)) {
            return false;
        }
        try {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
                for (Chunk chunk : chunks) {
                    Optional<Chunk> edited = kept.stream().filter(k -> k.start() == chunk.start()).findFirst();
                    if (edited.isEmpty() || edited.get() != chunk) {
                        overwrite(out, extents.get(chunk.start()), replacement(chunk, edited));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** The new bytes of an item, as long as the old: the edit padded, or blanks when it is gone or grew. */
    private static byte[] replacement(Chunk original, Optional<Chunk> edited) {
        byte filler = original.type().equals(EXIF) ? 0 : (byte) ' ';
        byte[] bytes = new byte[(int) original.length()];
        Arrays.fill(bytes, filler);
        edited.filter(chunk -> chunk.data().length <= bytes.length)
                .ifPresent(chunk -> System.arraycopy(chunk.data(), 0, bytes, 0, chunk.data().length));
        return bytes;
    }

    private static Optional<Chunk> edited(Chunk chunk) {
        if (!chunk.loaded()) {
            return Optional.empty();
        }
        if (chunk.type().equals(XMP)) {
            return MetadataEdits.xmp(chunk.data(), ExifPolicy.KEEP_GPS_FREE, false)
                    .map(data -> Arrays.equals(data, chunk.data()) ? chunk : chunk.with(data));
        }
        int tiffStart = tiffStart(chunk.data());
        if (tiffStart < 0) {
            return Optional.empty();
        }
        byte[] tiff = Arrays.copyOfRange(chunk.data(), tiffStart, chunk.data().length);
        return MetadataEdits.exif(tiff, ExifPolicy.KEEP_GPS_FREE, false).map(data -> {
            if (Arrays.equals(data, tiff)) {
                return chunk;
            }
            byte[] whole = chunk.data().clone();
            System.arraycopy(data, 0, whole, tiffStart, Math.min(data.length, whole.length - tiffStart));
            return chunk.with(whole);
        });
    }

    private static List<Chunk> withoutMetadata(List<Chunk> chunks) {
        return List.of();
    }

    private static Metadata metadataOf(List<Chunk> chunks) {
        Metadata metadata = new Metadata();
        try {
            for (Chunk chunk : chunks) {
                if (!chunk.loaded()) {
                    continue;
                }
                if (chunk.type().equals(EXIF)) {
                    int tiffStart = tiffStart(chunk.data());
                    if (tiffStart >= 0) {
                        new ExifReader().extract(new ByteArrayReader(chunk.data()), metadata, tiffStart);
                    }
                } else {
                    new XmpReader().extract(chunk.data(), metadata);
                }
            }
        } catch (RuntimeException e) {
            return new Metadata();
        }
        return metadata;
    }

    /** An EXIF item starts with the offset of its TIFF header (after an optional {@code Exif\0\0}), or -1. */
    private static int tiffStart(byte[] item) {
        if (item.length < 4) {
            return -1;
        }
        long offset = Integer.toUnsignedLong(ByteBuffer.wrap(item).getInt(0));
        return offset > item.length - 8 ? -1 : 4 + (int) offset;
    }

    private static byte[] load(FileChannel in, List<Extent> extents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Extent extent : extents) {
            bytes.write(ChunkCopy.read(in, extent.offset(), (int) extent.length()));
        }
        return bytes.toByteArray();
    }

    private static void overwrite(FileChannel out, List<Extent> extents, byte[] bytes) throws IOException {
        int done = 0;
        for (Extent extent : extents) {
            ByteBuffer part = ByteBuffer.wrap(bytes, done, (int) extent.length());
            while (part.hasRemaining()) {
                out.write(part, extent.offset() + (part.position() - done));
            }
            done += (int) extent.length();
        }
    }
}
