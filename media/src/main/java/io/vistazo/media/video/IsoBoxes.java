package io.vistazo.media.video;

import io.vistazo.core.domain.UploadError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/** The top-level boxes of an ISO base media file (MP4, QuickTime), read without trusting any size in them. */
final class IsoBoxes {

    /** An hour of 60 fps video with audio needs under 10 MB of sample tables. */
    static final long MAX_MOOV_BYTES = 16L << 20;
    private static final int MAX_TOP_LEVEL_BOXES = 10_000;
    private static final int HEADER = 8;
    private static final int LARGE_HEADER = 16;

    private IsoBoxes() {
    }

    /** One box header: {@code size} includes the header; a size of 0 in the file means "to the end". */
    private record Box(String type, long start, long size) {
        long end() {
            return start + size;
        }
    }

    /** The whole moov box, header included, as a buffer positioned at its start. */
    static ByteBuffer readMoov(FileChannel channel) throws IOException {
        long fileSize = channel.size();
        long position = 0;
        for (int i = 0; i < MAX_TOP_LEVEL_BOXES && position + HEADER <= fileSize; i++) {
            Box box = boxAt(channel, position, fileSize);
            if (box.type().equals("moov")) {
                if (box.end() > fileSize || box.size() > MAX_MOOV_BYTES) {
                    throw UploadError.undecodable();
                }
                ByteBuffer moov = ByteBuffer.allocate((int) box.size());
                readFully(channel, moov, box.start());
                return moov.flip();
            }
            position = box.end();
        }
        throw UploadError.undecodable();
    }

    private static Box boxAt(FileChannel channel, long position, long fileSize) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(LARGE_HEADER);
        header.limit((int) Math.min(LARGE_HEADER, fileSize - position));
        readFully(channel, header, position);
        header.flip();
        long size = Integer.toUnsignedLong(header.getInt(0));
        String type = fourcc(header, 4);
        long headerSize = HEADER;
        if (size == 1) {
            if (header.limit() < LARGE_HEADER) {
                throw UploadError.undecodable();
            }
            size = header.getLong(HEADER);
            headerSize = LARGE_HEADER;
        } else if (size == 0) {
            size = fileSize - position;
        }
        if (size < headerSize) {
            throw UploadError.undecodable();
        }
        return new Box(type, position, size);
    }

    static String fourcc(ByteBuffer buffer, int offset) {
        byte[] bytes = new byte[4];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static void readFully(FileChannel channel, ByteBuffer target, long position) throws IOException {
        long at = position;
        while (target.hasRemaining()) {
            int read = channel.read(target, at);
            if (read < 0) {
                throw UploadError.undecodable();
            }
            at += read;
        }
    }
}
