package io.vistazo.media.video;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/** Element headers and small values of a Matroska/WebM file, read with every length checked. */
final class EbmlReader {

    private static final int MAX_ID_BYTES = 4;
    private static final int MAX_SIZE_BYTES = 8;
    private static final int MAX_STRING_BYTES = 64;

    private final FileChannel channel;
    private final long fileSize;

    EbmlReader(FileChannel channel) throws IOException {
        this.channel = channel;
        this.fileSize = channel.size();
    }

    /**
     * One element. {@code dataSize} is -1 for the "unknown size" streaming writers use (a browser's
     * MediaRecorder), which means: until the parent ends or an element that cannot be a child begins.
     */
    record Element(long id, long dataStart, long dataSize) {

        boolean unknownSize() {
            return dataSize < 0;
        }

        /** Where the element ends, never past {@code limit}. */
        long end(long limit) {
            return unknownSize() ? limit : Math.min(limit, dataStart + dataSize);
        }

        /** Whether the element's declared data lies within {@code limit}. */
        boolean fitsIn(long limit) {
            return !unknownSize() && dataStart + dataSize <= limit;
        }
    }

    long fileSize() {
        return fileSize;
    }

    /** The element starting at {@code position}, or null at the end of the file or where no element can start. */
    Element elementAt(long position) throws IOException {
        ByteBuffer head = read(position, MAX_ID_BYTES + MAX_SIZE_BYTES);
        if (head.remaining() == 0) {
            return null;
        }
        int idLength = lengthOf(head.get(0), MAX_ID_BYTES);
        if (idLength == 0 || head.remaining() <= idLength) {
            return null;
        }
        long id = 0;
        for (int i = 0; i < idLength; i++) {
            id = id << 8 | head.get(i) & 0xFF;
        }
        int sizeLength = lengthOf(head.get(idLength), MAX_SIZE_BYTES);
        if (sizeLength == 0 || head.remaining() < idLength + sizeLength) {
            return null;
        }
        long size = head.get(idLength) & (0xFF >> sizeLength);
        boolean allOnes = size == 0xFF >> sizeLength;
        for (int i = 1; i < sizeLength; i++) {
            int next = head.get(idLength + i) & 0xFF;
            allOnes &= next == 0xFF;
            size = size << 8 | next;
        }
        return new Element(id, position + idLength + sizeLength, allOnes ? -1 : size);
    }

    /** A variable-length integer's length from its first byte: the position of the first set bit. */
    private static int lengthOf(byte first, int maxLength) {
        int leadingZeros = Integer.numberOfLeadingZeros(first & 0xFF) - 24;
        return leadingZeros < maxLength ? leadingZeros + 1 : 0;
    }

    long unsigned(Element element) throws IOException {
        ByteBuffer data = value(element, 8);
        long value = 0;
        while (data.hasRemaining()) {
            value = value << 8 | data.get() & 0xFF;
        }
        return value;
    }

    double floatValue(Element element) throws IOException {
        ByteBuffer data = value(element, 8);
        return switch (data.remaining()) {
            case 4 -> data.getFloat();
            case 8 -> data.getDouble();
            default -> 0;
        };
    }

    String string(Element element) throws IOException {
        ByteBuffer data = value(element, MAX_STRING_BYTES);
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1).replace("\0", "");
    }

    /** The first bytes of a block: its track number and 16-bit relative timecode. */
    ByteBuffer blockHead(Element block) throws IOException {
        return read(block.dataStart(), Math.min(MAX_SIZE_BYTES + 2, Math.max(0, block.dataSize())));
    }

    private ByteBuffer value(Element element, int maxBytes) throws IOException {
        if (element.unknownSize() || element.dataSize() > maxBytes) {
            return ByteBuffer.allocate(0);
        }
        ByteBuffer data = read(element.dataStart(), (int) element.dataSize());
        return data.remaining() == element.dataSize() ? data : ByteBuffer.allocate(0);
    }

    /** Up to {@code length} bytes at {@code position}, fewer at the end of the file. */
    private ByteBuffer read(long position, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, Math.min(length, fileSize - position)));
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        return buffer.flip();
    }
}
