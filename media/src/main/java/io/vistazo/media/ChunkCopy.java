package io.vistazo.media;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Writes a chunked file: edited chunks serialised, the others copied byte for byte from the source. */
final class ChunkCopy {

    /** How one format lays out a chunk: its full size in the source, and its bytes when edited. */
    interface Framing {
        long sourceSize(Chunk chunk);

        byte[] serialise(Chunk chunk);
    }

    private ChunkCopy() {
    }

    static void write(Path source, byte[] header, List<Chunk> chunks, Framing framing, Path target) {
        try {
            Files.deleteIfExists(target);
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                 OutputStream out = new BufferedOutputStream(
                         Files.newOutputStream(target, StandardOpenOption.CREATE_NEW))) {
                out.write(header);
                WritableByteChannel channel = Channels.newChannel(out);
                for (Chunk chunk : chunks) {
                    if (chunk.loaded()) {
                        out.write(framing.serialise(chunk));
                    } else {
                        out.flush();
                        copy(in, chunk.start(), framing.sourceSize(chunk), channel);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(FileChannel in, long position, long count, WritableByteChannel out) throws IOException {
        long done = 0;
        while (done < count) {
            long moved = in.transferTo(position + done, count - done, out);
            if (moved <= 0) {
                throw new EOFException("source ended while copying a chunk");
            }
            done += moved;
        }
    }

    /** Reads {@code length} bytes at {@code position}. */
    static byte[] read(FileChannel in, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException();
            }
        }
        return buffer.array();
    }
}
