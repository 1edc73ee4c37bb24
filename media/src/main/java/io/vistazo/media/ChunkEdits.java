package io.vistazo.media;

import com.drew.metadata.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The EXIF policy applied to a chunked container (PNG, WebP): keep everything, drop every metadata chunk, or
 * edit each one and, should a location survive the edits, drop them all.
 */
final class ChunkEdits {

    private final Function<Chunk, Optional<Chunk>> edit;
    private final UnaryOperator<List<Chunk>> withoutMetadata;
    private final Function<List<Chunk>, Metadata> metadataOf;

    ChunkEdits(Function<Chunk, Optional<Chunk>> edit, UnaryOperator<List<Chunk>> withoutMetadata,
               Function<List<Chunk>, Metadata> metadataOf) {
        this.edit = edit;
        this.withoutMetadata = withoutMetadata;
        this.metadataOf = metadataOf;
    }

    List<Chunk> apply(List<Chunk> chunks, ExifPolicy policy) {
        if (policy == ExifPolicy.KEEP_ALL) {
            return chunks;
        }
        if (policy == ExifPolicy.STRIP_ALL) {
            return withoutMetadata.apply(chunks);
        }
        List<Chunk> kept = new ArrayList<>();
        for (Chunk chunk : chunks) {
            edit.apply(chunk).ifPresent(kept::add);
        }
        return MetadataReading.hasGps(metadataOf.apply(kept)) ? withoutMetadata.apply(kept) : kept;
    }
}
