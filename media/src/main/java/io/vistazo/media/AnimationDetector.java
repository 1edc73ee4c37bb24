package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Chevereto's {@code is_animated} rules ({@code docs/chevereto-compat.md} §3.12), read from the container without
 * decoding: GIF by its graphic control extensions, PNG by an {@code acTL} chunk before {@code IDAT}, WebP by the
 * VP8X animation flag.
 */
final class AnimationDetector {

    /** Whether the file animates, and how many frames it declares (1 for a still image). */
    record Animation(boolean animated, int frames) {
        static final Animation STILL = new Animation(false, 1);
    }

    private static final int GIF_CHUNK = 100 * 1024;
    /** {@code 00 21 F9 04}, four bytes, {@code 00}, then an image descriptor {@code 2C} or extension {@code 21}. */
    private static final int GCE_PATTERN_LENGTH = 10;
    private static final int PNG_SIGNATURE_LENGTH = 8;
    private static final int RIFF_HEADER_LENGTH = 12;
    private static final int VP8X_FLAGS_OFFSET = 20;
    private static final int VP8X_ANIMATION_FLAG = 0x02;

    private AnimationDetector() {
    }

    static Animation detect(Path file, MediaFormat format) {
        try {
            return switch (format) {
                case GIF -> gif(file);
                case PNG -> png(file);
                case WEBP -> webp(file);
                default -> Animation.STILL;
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts graphic control extensions; two or more mean an animation. */
    private static Animation gif(Path file) throws IOException {
        int count = 0;
        byte[] carried = new byte[0];
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk;
            while ((chunk = in.readNBytes(GIF_CHUNK)).length > 0) {
                byte[] window = concat(carried, chunk);
                int lastStart = window.length - GCE_PATTERN_LENGTH;
                for (int start = 0; start <= lastStart; start++) {
                    if (isGraphicControlExtension(window, start)) {
                        count++;
                    }
                }
                // Starts too close to the end to hold a whole pattern are tried again with the next chunk.
                carried = Arrays.copyOfRange(window, Math.max(0, lastStart + 1), window.length);
            }
        }
        return new Animation(count >= 2, Math.max(1, count));
    }

    private static boolean isGraphicControlExtension(byte[] data, int at) {
        return data[at] == 0x00 && data[at + 1] == 0x21 && data[at + 2] == (byte) 0xF9 && data[at + 3] == 0x04
                && data[at + 8] == 0x00 && (data[at + 9] == 0x2C || data[at + 9] == 0x21);
    }

    /** APNG: an {@code acTL} chunk (frame count first) before the first {@code IDAT}. */
    private static Animation png(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long position = PNG_SIGNATURE_LENGTH;
            ByteBuffer header = ByteBuffer.allocate(12);
            while (readAt(channel, position, header)) {
                long length = Integer.toUnsignedLong(header.getInt(0));
                String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
                if (type.equals("acTL")) {
                    return new Animation(true, Math.max(1, header.getInt(8)));
                } else if (type.equals("IDAT") || type.equals("IEND")) {
                    break;
                }
                position += 12 + length;
            }
        }
        return Animation.STILL;
    }

    /** Animated when the VP8X header's animation flag is set; frames are the {@code ANMF} chunks. */
    private static Animation webp(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer vp8x = ByteBuffer.allocate(VP8X_FLAGS_OFFSET + 1);
            if (!readAt(channel, 0, vp8x) || !fourCc(vp8x, RIFF_HEADER_LENGTH).equals("VP8X")
                    || (vp8x.get(VP8X_FLAGS_OFFSET) & VP8X_ANIMATION_FLAG) == 0) {
                return Animation.STILL;
            }
            return new Animation(true, Math.max(1, countAnimationFrames(channel)));
        }
    }

    private static int countAnimationFrames(SeekableByteChannel channel) throws IOException {
        int frames = 0;
        long position = RIFF_HEADER_LENGTH;
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        while (readAt(channel, position, header)) {
            if (fourCc(header, 0).equals("ANMF")) {
                frames++;
            }
            long size = Integer.toUnsignedLong(header.getInt(4));
            // RIFF chunks are padded to an even size.
            position += 8 + size + (size & 1);
        }
        return frames;
    }

    /** Fills {@code buffer} from {@code position}; false when the file ends first. */
    private static boolean readAt(SeekableByteChannel channel, long position, ByteBuffer buffer) throws IOException {
        buffer.clear();
        channel.position(position);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String fourCc(ByteBuffer buffer, int offset) {
        return new String(buffer.array(), offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
