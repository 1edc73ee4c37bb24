package io.vistazo.media.video;

import io.vistazo.core.domain.Refusal;
import io.vistazo.media.iso.TopLevelBoxes;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;

/**
 * Walks a moov box and checks that every box fits in its parent and every table's entry count fits in its box.
 * JCodec allocates arrays of the declared count before reading the entries, so a forged count in a tiny file
 * could otherwise ask for gigabytes.
 */
final class SampleTableCheck {

    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "edts");
    /** Bytes per entry after the version, flags and entry count. */
    private static final Map<String, Integer> ENTRY_SIZES = Map.of("stts", 8, "ctts", 8, "stsc", 12, "stco", 4,
            "co64", 8, "stss", 4, "elst", 12);
    private static final int ELST_V1_ENTRY_SIZE = 20;
    private static final int MAX_DEPTH = 8;

    private SampleTableCheck() {
    }

    static void check(ByteBuffer moov) {
        walk(moov, moov.position(), moov.limit(), 0);
    }

    private static void walk(ByteBuffer buffer, int start, int end, int depth) {
        int position = start;
        while (position + 8 <= end) {
            long size = Integer.toUnsignedLong(buffer.getInt(position));
            int header = 8;
            if (size == 1) {
                requireRoom(position + 16, end);
                size = buffer.getLong(position + 8);
                header = 16;
            } else if (size == 0) {
                size = end - position;
            }
            if (size < header || size > end - position) {
                throw Refusal.undecodable();
            }
            String type = TopLevelBoxes.fourcc(buffer, position + 4);
            int payload = position + header;
            int boxEnd = (int) (position + size);
            if (CONTAINERS.contains(type) && depth < MAX_DEPTH) {
                walk(buffer, payload, boxEnd, depth + 1);
            } else if (type.equals("stsz")) {
                checkSampleSizes(buffer, payload, boxEnd);
            } else if (ENTRY_SIZES.containsKey(type)) {
                checkTable(buffer, type, payload, boxEnd);
            }
            position = boxEnd;
        }
    }

    private static void checkTable(ByteBuffer buffer, String type, int payload, int end) {
        requireRoom(payload + 8, end);
        int version = buffer.get(payload) & 0xFF;
        long entrySize = type.equals("elst") && version == 1 ? ELST_V1_ENTRY_SIZE : ENTRY_SIZES.get(type);
        long count = Integer.toUnsignedLong(buffer.getInt(payload + 4));
        requireRoom(payload + 8 + count * entrySize, end);
    }

    /** A non-zero default size means no per-sample table follows. */
    private static void checkSampleSizes(ByteBuffer buffer, int payload, int end) {
        requireRoom(payload + 12, end);
        int defaultSize = buffer.getInt(payload + 4);
        long count = Integer.toUnsignedLong(buffer.getInt(payload + 8));
        if (defaultSize == 0) {
            requireRoom(payload + 12 + count * 4, end);
        }
    }

    private static void requireRoom(long needed, int end) {
        if (needed > end) {
            throw Refusal.undecodable();
        }
    }
}
