package io.vistazo.storage;

import static java.nio.file.StandardOpenOption.READ;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * One part of a file for a multipart upload, read straight from the file each time the client asks (to sign it,
 * to send it, to retry it) rather than held in memory. A file that ends before the part does fails the read.
 */
final class FilePart implements ContentStreamProvider, AutoCloseable {

    private final Path file;
    private final long offset;
    private final long length;
    private InputStream current;

    FilePart(Path file, long offset, long length) {
        this.file = file;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public InputStream newStream() {
        closeCurrent();
        try {
            FileChannel channel = FileChannel.open(file, READ);
            channel.position(offset);
            current = new Exact(Channels.newInputStream(channel), length);
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException(new SourceFailure("cannot read " + file, e));
        }
    }

    /** The file, not the service, failed: not a reason to call the storage unavailable. */
    static boolean causedBySource(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SourceFailure) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        closeCurrent();
    }

    private void closeCurrent() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // A read-only file: nothing to lose.
            }
            current = null;
        }
    }

    /** A read of the file failed or found it shorter than it was. */
    static final class SourceFailure extends IOException {

        private static final long serialVersionUID = 1L;

        SourceFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Exactly {@code remaining} bytes of the stream: fewer is an error, more are not read. */
    private static final class Exact extends InputStream {

        private final InputStream in;
        private long remaining;

        Exact(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int from, int count) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int n;
            try {
                n = in.read(buffer, from, (int) Math.min(count, remaining));
            } catch (IOException e) {
                throw new SourceFailure("cannot read the file to upload", e);
            }
            if (n < 0) {
                throw new SourceFailure("the file ended " + remaining + " bytes before the part did", null);
            }
            remaining -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
