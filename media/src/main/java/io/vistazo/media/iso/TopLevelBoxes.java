package io.vistazo.media.iso;

import io.vistazo.core.domain.Refusal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * The top-level boxes of an ISO base media file (MP4, QuickTime, HEIF, AVIF), read one header at a time without
 * trusting any size in them. Internal to the media module: this package is not exported.
 */
public final class TopLevelBoxes {

    /** Bounds the walk over a file's top-level boxes: real files have a handful. */
    public static final int MAX_BOXES = 10_000;
    private static final int HEADER = 8;
    private static final int LARGE_HEADER = 16;

    private TopLevelBoxes() {
    }

    /** One top-level box: {@code size} includes the header; a size of 0 in the file means "to the end". */
    public record Box(String type, long start, long size) {
        public long end() {
            return start + size;
        }
    }

    /** The header of the box at {@code position}; a header that is cut off or too small for itself is 610. */
    public static Box at(FileChannel channel, long position, long fileSize) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(LARGE_HEADER);
        header.limit((int) Math.min(LARGE_HEADER, fileSize - position));
        readFully(channel, header, position);
        header.flip();
        if (header.limit() < HEADER) {
            throw Refusal.undecodable();
        }
        long size = Integer.toUnsignedLong(header.getInt(0));
        String type = fourcc(header, 4);
        long headerSize = HEADER;
        if (size == 1) {
            if (header.limit() < LARGE_HEADER) {
                throw Refusal.undecodable();
            }
            size = header.getLong(HEADER);
            headerSize = LARGE_HEADER;
        } else if (size == 0) {
            size = fileSize - position;
        }
        if (size < headerSize) {
            throw Refusal.undecodable();
        }
        return new Box(type, position, size);
    }

    /**
     * The whole box, header included, as a buffer at its start; 610 when it ends past the file or is over
     * {@code limit}.
     */
    public static ByteBuffer load(FileChannel channel, Box box, long fileSize, long limit) throws IOException {
        if (box.end() > fileSize || box.size() > limit) {
            throw Refusal.undecodable();
        }
        ByteBuffer whole = ByteBuffer.allocate((int) box.size());
        readFully(channel, whole, box.start());
        return whole.flip();
    }

    public static String fourcc(ByteBuffer buffer, int offset) {
        byte[] bytes = new byte[4];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static void readFully(FileChannel channel, ByteBuffer target, long position) throws IOException {
        long at = position;
        while (target.hasRemaining()) {
            int read = channel.read(target, at);
            if (read < 0) {
                throw Refusal.undecodable();
            }
            at += read;
        }
    }
}
